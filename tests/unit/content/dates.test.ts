import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatLongDate, parseCalendarDate } from "../../../src/content/dates.ts";

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

test.run();
