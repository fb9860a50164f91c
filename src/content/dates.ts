// Dates: front matter's days and date-times read in the site's time zone, and their display, all through Intl.

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
  if (zone === undefined) {
    // Date.UTC reads years 0–99 as 1900–1999: the year is set on its own.
    const date = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds));
    date.setUTCFullYear(year);
    return date;
  }
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

/** An article date as pages, feeds and metadata show it: its day and its moment, both in the site's time zone. */
export interface SiteDate {
  /** The calendar day in the site's time zone, `2026-03-01`: what readers see and `<time datetime>` holds. */
  day: string;
  /** RFC 3339 with the site's offset, `2026-03-01T01:30:00+03:00`: JSON-LD, feeds, OpenGraph. */
  dateTime: string;
}

/** True for a time zone Intl knows (an IANA name such as Europe/Moscow). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

const offsets = new Map<string, number>();

/**
 * Milliseconds the zone's wall clock is ahead of UTC at `instant` (+3 h for Moscow). Remembered per instant: every
 * build asks for the same few thousand days again and again, and formatToParts was 3% of a build's CPU.
 */
function zoneOffset(instant: number, timeZone: string): number {
  const key = `${timeZone} ${instant}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = measureZoneOffset(instant, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function measureZoneOffset(instant: number, timeZone: string): number {
  let clock = wallClocks.get(timeZone);
  if (!clock) {
    const parts = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" } as const;
    clock = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", ...parts });
    wallClocks.set(timeZone, clock);
  }
  const value = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(value.year ?? 0, (value.month ?? 1) - 1, value.day ?? 1, value.hour ?? 0, value.minute ?? 0, value.second ?? 0);
  return wall - (instant - (instant % 1000));
}

/** `date` as the site's zone writes it: its day and RFC 3339 with the zone's offset. */
export function siteDate(date: Date, timeZone: string): SiteDate {
  const offset = zoneOffset(date.getTime(), timeZone);
  const wall = new Date(date.getTime() - (date.getTime() % 1000) + offset).toISOString().slice(0, 19);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const zone = `${sign}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  return { day: wall.slice(0, 10), dateTime: `${wall}${zone}` };
}

export type ArticleDate = { ok: true; date: Date } | { ok: false; expected: string };

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const zonelessDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
export const earliestYear = 1990;

/**
 * A front matter date: `2026-03-01` is that day's midnight in the site's zone; a date-time must carry its offset
 * (`2026-03-01T01:30:00+03:00`), since a bare time could mean any zone. Before 1990 or more than a year ahead of
 * `now` it is a typing mistake (0000-01-01 had come out as 1900, 2099 topped the home page for 73 years).
 */
export function parseArticleDate(value: string, timeZone: string, now = new Date()): ArticleDate {
  const text = value.trim();
  if (zonelessDateTime.test(text)) {
    return { ok: false, expected: "a date-time with its offset, such as 2026-03-01T10:30:00+03:00 (or a day, YYYY-MM-DD)" };
  }
  const parsed = parseCalendarDate(text);
  if (!parsed) return { ok: false, expected: "a real calendar date written as YYYY-MM-DD" };
  // Checked on the year as written: Intl's wall clock has no year 0 to convert (it is 1 BC).
  if (parsed.getUTCFullYear() < earliestYear) return { ok: false, expected: `a date from ${earliestYear} on` };
  let date = parsed;
  if (dayPattern.test(text)) {
    // Midnight where the site is: the UTC midnight moved back by the zone's offset (asked twice, for DST changes).
    const first = parsed.getTime() - zoneOffset(parsed.getTime(), timeZone);
    date = new Date(parsed.getTime() - zoneOffset(first, timeZone));
  }
  if (siteDate(date, timeZone).day < `${earliestYear}-01-01`) return { ok: false, expected: `a date from ${earliestYear} on` };
  const yearAhead = new Date(now.getTime() + 366 * 86_400_000);
  if (date > yearAhead) return { ok: false, expected: `a date at most a year ahead (before ${siteDate(yearAhead, timeZone).day})` };
  return { ok: true, date };
}

/** True when a front matter date gives a time of day (`2026-03-01T10:30:00+03:00`), not only a day. */
export function hasTimeOfDay(value: string): boolean {
  return !dayPattern.test(value.trim());
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** «1 марта 2026 г., 10:30» for ru-RU, "March 1, 2026 at 10:30 AM" for en-US: the moment's wall clock in the site's zone. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  const key = `${locale} ${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}

/** A date as a page shows it: the day, or the day and the time of day where the editor gave one. */
export function formatShownDate(date: SiteDate & { withTime?: true }, locale: string, timeZone: string): string {
  return date.withTime ? formatDateTime(new Date(date.dateTime), locale, timeZone) : formatDay(date.day, locale);
}

/** The `datetime` of a shown date's <time>: the instant where the editor gave a time of day, else the day. */
export function shownDateTime(date: SiteDate & { withTime?: true }): string {
  return date.withTime ? date.dateTime : date.day;
}

/** A day string (`2026-03-01`) as readers of the locale write it: «1 марта 2026 г.», "March 1, 2026". */
export function formatDay(day: string, locale: string): string {
  const date = parseCalendarDate(day);
  return date ? formatLongDate(date, locale) : day;
}
