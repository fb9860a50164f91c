// Combines the sites of one-language builds (npm run build -- --lang) into the site a full build publishes.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { joinEntries } from "../search/bundle-merge.ts";
import { searchBundleFolder } from "../search/shared/page-config.ts";
import { BuildFailure } from "./build-failure.ts";
import { filesUnder } from "./file-count.ts";

const searchEntry = path.join(searchBundleFolder, "pagefind-entry.json");

/**
 * Every file of every site, once. A file two sites both wrote (the sitemap, the search pages, shared images) must be
 * the same bytes, or the builds were not of the same content and nothing is combined; the search index's entry file
 * is the one file each language writes its own way, and is joined.
 */
export function combineSites(siteDirs: readonly string[], targetDir: string): number {
  const sources = new Map<string, string>(); // relative path → the site it comes from
  const entries: string[] = [];
  for (const siteDir of siteDirs) {
    if (!existsSync(siteDir)) throw new BuildFailure(`combine: ${siteDir}: expected a built site folder, found nothing there`);
    for (const file of filesUnder(siteDir)) {
      if (file === searchEntry) {
        entries.push(path.join(siteDir, file));
        continue;
      }
      const first = sources.get(file);
      if (first === undefined) sources.set(file, siteDir);
      else if (!readFileSync(path.join(first, file)).equals(readFileSync(path.join(siteDir, file)))) {
        throw new BuildFailure(
          `combine: ${file}: expected the same bytes from every build, found different files in ${first} and ${siteDir} (were they built from the same content?)`,
        );
      }
    }
  }
  if (existsSync(targetDir) && readdirSync(targetDir).length > 0) {
    throw new BuildFailure(`combine: ${targetDir}: expected an empty or new folder to combine into, found files there`);
  }
  for (const [file, siteDir] of sources) {
    mkdirSync(path.dirname(path.join(targetDir, file)), { recursive: true });
    copyFileSync(path.join(siteDir, file), path.join(targetDir, file));
  }
  if (entries.length > 0) {
    const joined = joinEntries(entries.map((file) => JSON.parse(readFileSync(file, "utf8"))));
    mkdirSync(path.join(targetDir, searchBundleFolder), { recursive: true });
    writeFileSync(path.join(targetDir, searchEntry), JSON.stringify(joined));
  }
  return sources.size + (entries.length > 0 ? 1 : 0);
}
