import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDay, formatLongDate, isTimeZone, parseArticleDate, parseCalendarDate, siteDate } from "../../../src/content/dates.ts";

test("a real date parses to midnight UTC of that day", () => {
  assert.is(parseCalendarDate("2026-02-27")?.toISOString(), "2026-02-27T00:00:00.000Z");
});

test("impossible dates are refused instead of rolling over", () => {
  for (const impossible of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "27.02.2026", "2026-2-7"]) {
    assert.is(parseCalendarDate(impossible), undefined, impossible);
  }
});

test("29 February exists in leap years only", () => {
  assert.ok(parseCalendarDate("2024-02-29"));
  assert.is(parseCalendarDate("2100-02-29"), undefined);
});

test("dates read as readers of each language expect", () => {
  const date = parseCalendarDate("2026-02-27");
  if (!date) throw new Error("unparsed");
  assert.is(formatLongDate(date, "ru-RU"), "27 февраля 2026 г.");
  assert.is(formatLongDate(date, "en-US"), "February 27, 2026");
});

// The site's zone: Moscow is UTC+3 all year; New York changes its clocks (EST −5, EDT −4).
test("a front matter day is midnight of that day where the site is", () => {
  const day = parseArticleDate("2026-03-01", "Europe/Moscow");
  assert.is(day.ok && day.date.toISOString(), "2026-02-28T21:00:00.000Z");
  const summer = parseArticleDate("2026-07-01", "America/New_York");
  assert.is(summer.ok && summer.date.toISOString(), "2026-07-01T04:00:00.000Z");
  const winter = parseArticleDate("2026-01-15", "America/New_York");
  assert.is(winter.ok && winter.date.toISOString(), "2026-01-15T05:00:00.000Z");
});

test("a date-time keeps its own offset and is shown on the site's day, never shifted to UTC", () => {
  const early = parseArticleDate("2026-03-01T01:30:00+03:00", "Europe/Moscow");
  if (!early.ok) throw new Error(early.expected);
  assert.equal(siteDate(early.date, "Europe/Moscow"), { day: "2026-03-01", dateTime: "2026-03-01T01:30:00+03:00" });
  assert.is(formatDay(siteDate(early.date, "Europe/Moscow").day, "ru-RU"), "1 марта 2026 г.");
  // The same moment for a newsroom in New York is still the evening of 28 February.
  assert.equal(siteDate(early.date, "America/New_York"), { day: "2026-02-28", dateTime: "2026-02-28T17:30:00-05:00" });
  const utc = parseArticleDate("2026-03-01T10:00:00Z", "Europe/Moscow");
  assert.is(utc.ok && siteDate(utc.date, "Europe/Moscow").dateTime, "2026-03-01T13:00:00+03:00");
});

test("a date-time without an offset, a year before 1990 and one more than a year ahead are refused", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const noOffset = parseArticleDate("2026-03-01T10:30:00", "Europe/Moscow", now);
  assert.is(!noOffset.ok && noOffset.expected, "a date-time with its offset, such as 2026-03-01T10:30:00+03:00 (or a day, YYYY-MM-DD)");
  for (const early of ["0000-01-01", "1989-12-31"]) {
    const result = parseArticleDate(early, "Europe/Moscow", now);
    assert.is(!result.ok && result.expected, "a date from 1990 on", early);
  }
  assert.ok(parseArticleDate("1990-01-01", "Europe/Moscow", now).ok);
  assert.ok(parseArticleDate("2027-12-01", "Europe/Moscow", now).ok);
  const far = parseArticleDate("2099-01-01", "Europe/Moscow", now);
  assert.is(!far.ok && far.expected, "a date at most a year ahead (before 2027-12-03)");
});

test("year 0 is year 0, not 1900 (Date.UTC's two-digit years)", () => {
  assert.is(parseCalendarDate("0000-01-01")?.getUTCFullYear(), 0);
  assert.is(parseCalendarDate("0099-06-01")?.getUTCFullYear(), 99);
});

test("time zones are checked against Intl", () => {
  assert.ok(isTimeZone("Europe/Moscow"));
  assert.not.ok(isTimeZone("Mars/Base"));
});

test.run();
