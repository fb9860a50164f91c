// Dates mean one thing: a day or a date-time with its offset, shown in the site's time zone (Europe/Moscow) on every
// page, feed and metadata, and an article whose pubDate is still ahead is left out of the production build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, hasFile, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

// Two days ahead, written as a Moscow editor would: the moment and the day as Moscow's clocks show them.
const moscow = (date: Date): { day: string; time: string } => {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Moscow",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "";
  return { day: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
};
const later = moscow(new Date(Date.now() + 2 * 86_400_000));
const scheduledAt = `${later.day}T${later.time}:00+03:00`;

const dates = suite<{ result: BuildResult }>("dates in the site's time zone");

dates.before((context) => {
  context.result = build({
    files: {
      [sampleHero]: projectFile(sampleHero),
      // 01:30 in Moscow is 22:30 UTC the day before: shown as 1 March, never 28 February.
      "content/ru/blog/night-news.md": article({ title: "Ночная новость", pubDate: "2026-03-01T01:30:00+03:00" }),
      "content/ru/blog/day-news.md": article({ title: "Дневная новость", pubDate: "2026-02-27", updatedDate: "2026-03-02T09:15:00Z" }),
      "content/ru/blog/scheduled.md": article({ title: "Статья на завтра", pubDate: scheduledAt }),
    },
  });
});
dates.after((context) => removeSite(context.result));

const jsonLd = (result: BuildResult, url: string): Record<string, string> =>
  JSON.parse(page(result, url).querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");

dates("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stdout + result.stderr);
});

dates("a late-night date-time is shown on its own day, with its moment and offset in the metadata", ({ result }) => {
  const doc = page(result, "/ru/blog/night-news/");
  const time = doc.querySelector(".article-meta time");
  assert.is(time?.text, "1 марта 2026 г.");
  assert.is(time?.getAttribute("datetime"), "2026-03-01");
  assert.is(jsonLd(result, "/ru/blog/night-news/").datePublished, "2026-03-01T01:30:00+03:00");
  assert.is(doc.querySelector('meta[property="article:published_time"]')?.getAttribute("content"), "2026-03-01T01:30:00+03:00");
  const card = page(result, "/ru/")
    .querySelectorAll(".card")
    .find((item) => item.querySelector("a")?.getAttribute("href") === "/ru/blog/night-news/");
  assert.is(card?.querySelector("time")?.text, "1 марта 2026 г.");
});

dates("a day is midnight in Moscow, and an update in UTC is shown as Moscow's time of it", ({ result }) => {
  const data = jsonLd(result, "/ru/blog/day-news/");
  assert.is(data.datePublished, "2026-02-27T00:00:00+03:00");
  assert.is(data.dateModified, "2026-03-02T12:15:00+03:00");
  const times = page(result, "/ru/blog/day-news/")
    .querySelectorAll(".article-meta time")
    .map((time) => time.text);
  // The update was written with its time, so the page shows that time, in Moscow.
  assert.is(times[0], "27 февраля 2026 г.");
  assert.match(times[1] ?? "", /^2 марта 2026 г\.,? (в )?12:15$/);
});

dates("feeds and the sitemap give the same moments and days", ({ result }) => {
  const { feed } = parseXml(readFileSync(path.join(result.output, "ru/feed.xml"), "utf8"));
  const entries = [feed.entry].flat() as Parsed[];
  const night = entries.find((entry) => entry.title === "Ночная новость");
  assert.is(night?.published, "2026-03-01T01:30:00+03:00");
  const json = JSON.parse(readFileSync(path.join(result.output, "ru/feed.json"), "utf8"));
  const day = json.items.find((item: { title: string }) => item.title === "Дневная новость");
  assert.is(day.date_modified, "2026-03-02T12:15:00+03:00");
  const { urlset } = parseXml(readFileSync(path.join(result.output, "sitemap.xml"), "utf8"));
  const entry = ([urlset.url].flat() as Parsed[]).find((url) => String(url.loc).endsWith("/ru/blog/night-news/"));
  assert.is(entry?.lastmod, "2026-03-01");
});

dates("a scheduled article is in no page, list, feed, sitemap or search index of the production build", ({ result }) => {
  assert.not.ok(hasFile(result, "ru/blog/scheduled/index.html"));
  const everything = ["ru/index.html", "ru/feed.xml", "ru/feed.json", "sitemap.xml"].map((file) =>
    readFileSync(path.join(result.output, file), "utf8"),
  );
  for (const text of everything) {
    assert.not.match(text, "Статья на завтра");
    assert.not.match(text, "/ru/blog/scheduled/");
  }
  const entry = JSON.parse(readFileSync(path.join(result.output, "pagefind/pagefind-entry.json"), "utf8"));
  assert.is(entry.languages.ru.page_count, 2, "the two published articles only");
});

dates("the build says how many are scheduled and when the next comes out", ({ result }) => {
  const line = `1 article scheduled (left out until a build after their pubDate); the next comes out on ${later.day} at ${later.time} (Europe/Moscow): content/ru/blog/scheduled.md`;
  assert.ok((result.stdout + result.stderr).split("\n").includes(line), result.stdout);
});

dates.run();
