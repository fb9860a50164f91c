// The same corpus as a minimal Hugo multilingual site plus the same Pagefind index: the bench's outside reference.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../tests/helpers/site-folder.ts";

export function hugoAvailable(): boolean {
  return spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0;
}

/** Builds `<root>/content/<lang>/` with Hugo, then indexes it with Pagefind; undefined when hugo is not installed. */
export function buildHugo(root: string, languages: string[]): { seconds: number } | undefined {
  if (!hugoAvailable()) return undefined;
  const site = path.join(root, "hugo");
  mkdirSync(path.join(site, "layouts/_default"), { recursive: true });
  const languageTable = languages
    .map(
      (code, index) =>
        `[languages.${code}]\ncontentDir = ${JSON.stringify(path.join(root, "content", code))}\nweight = ${index + 1}\nlanguageCode = "${code}"`,
    )
    .join("\n");
  writeFileSync(
    path.join(site, "hugo.toml"),
    `baseURL = "https://bench.example/"\ndefaultContentLanguage = "${languages[0]}"\ndefaultContentLanguageInSubdir = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[frontmatter]\ndate = ["pubDate", "date"]\n${languageTable}\n`,
  );
  const page = (body: string): string =>
    `<!DOCTYPE html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>`;
  writeFileSync(
    path.join(site, "layouts/_default/single.html"),
    page("<main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main>"),
  );
  writeFileSync(
    path.join(site, "layouts/_default/list.html"),
    page('<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'),
  );
  const start = process.hrtime.bigint();
  const hugo = spawnSync("hugo", ["--quiet", "--source", site, "--destination", path.join(site, "public")], { encoding: "utf8" });
  if (hugo.status !== 0) throw new Error(`hugo failed: ${hugo.stderr}`);
  const pagefind = spawnSync(path.join(projectRoot, "node_modules/.bin/pagefind"), ["--site", path.join(site, "public")], {
    encoding: "utf8",
  });
  if (pagefind.status !== 0) throw new Error(`pagefind failed: ${pagefind.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
