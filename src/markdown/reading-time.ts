// Reading time, with the unit's plural form from Intl (1 минута, 3 минуты, 5 минут).

const wordsPerMinute = 180;

/** Words of visible text in rendered HTML: tags are dropped, code counts like prose. */
export function countWords(html: string): number {
  const text = html.replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(html: string): number {
  return Math.max(1, Math.round(countWords(html) / wordsPerMinute));
}

const minuteFormats = new Map<string, Intl.NumberFormat>();

/** "3 минуты" / "3 minutes": the unit's long form in the given locale. */
export function formatMinutes(minutes: number, locale: string): string {
  let format = minuteFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" });
    minuteFormats.set(locale, format);
  }
  return format.format(minutes);
}
