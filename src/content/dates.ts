// Calendar dates from front matter (YYYY-MM-DD strings) and their localized display, all through Intl.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses `2026-02-27` (optionally with a time) into a Date, or returns undefined for impossible dates such as 2026-02-30. */
export function parseCalendarDate(value: string): Date | undefined {
  const match = isoDatePattern.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d, hh = "0", mm = "0", ss = "0", zone] = match;
  const year = Number(y),
    month = Number(m),
    day = Number(d);
  const hours = Number(hh),
    minutes = Number(mm),
    seconds = Number(ss);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  if (zone === undefined) return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  const date = new Date(value.trim().replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Building an Intl formatter costs far more than using one: one per locale for the whole build.
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** «27 февраля 2026 г.» for ru-RU, "February 27, 2026" for en-US. */
export function formatLongDate(date: Date, locale: string): string {
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    longDateFormats.set(locale, format);
  }
  return format.format(date);
}

/** `2026-02-27` for the `datetime` attribute. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
