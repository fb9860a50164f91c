// npm run lighthouse: builds the site, serves it on loopback and runs Lighthouse 12.2.3 in Debian's Chromium on the
// home, an article and the search page of every language, printing the four category scores of each.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { loadLanguages } from "../src/content/languages.ts";
import { chromiumFlags, chromiumPath } from "../tests/helpers/chromium.ts";
import { eleventyCommand, projectRoot } from "../tests/helpers/site-folder.ts";
import { serveSite } from "../tests/helpers/static-server.ts";

const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false }, json: { type: "boolean", default: false } } });

if (!existsSync(chromiumPath)) {
  console.error(`lighthouse: Chromium: expected ${chromiumPath}, found nothing (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}
if (!values["no-build"]) {
  const eleventy = eleventyCommand(["--quiet"]);
  const build = spawnSync(eleventy.command, eleventy.args, {
    cwd: projectRoot,
    env: { ...process.env, ...eleventy.env },
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const siteDir = path.join(projectRoot, "_site");
const { languages } = loadLanguages(path.join(projectRoot, "_data"));

/** The newest article of a language, read from its built home page. */
function newestArticle(lang: string): string | undefined {
  const home = readFileSync(path.join(siteDir, lang, "index.html"), "utf8");
  return new RegExp(`href="(/${lang}/blog/[^"]+/)"`).exec(home)?.[1];
}

const pages = languages.flatMap(({ code }) =>
  [`/${code}/`, newestArticle(code), `/${code}/search/?q=${code === "ru" ? "модели" : "model"}`].filter((url): url is string =>
    Boolean(url),
  ),
);
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const server = await serveSite(siteDir);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumFlags] });
const results: Array<{ url: string; scores: Record<string, number>; blocking: number; longTasks: string[] }> = [];
try {
  for (const url of pages) {
    const run = await lighthouse(`${server.url}${url}`, {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: [...categories],
    });
    const lhr = run?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    // Below 100 the score is almost always blocking time: its total and its longest tasks say where it went.
    const blocking = Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0);
    const items = (lhr.audits["long-tasks"]?.details as { items?: Array<{ url?: string; duration?: number }> } | undefined)?.items ?? [];
    const longTasks = items.map(({ url: source, duration }) => `${Math.round(duration ?? 0)} ms ${source?.replace(server.url, "") ?? "?"}`);
    results.push({ url: decodeURI(url), scores, blocking, longTasks });
    if (!values.json) {
      console.log(`${decodeURI(url).padEnd(48)} ${categories.map((category) => `${category} ${scores[category]}`).join("  ")}`);
      if (scores.performance !== 100)
        console.log(`${"".padEnd(48)} blocking ${blocking} ms; long tasks: ${longTasks.join(", ") || "none"}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (values.json) console.log(JSON.stringify(results, null, 2));
