// Merges Pagefind bundles of separate languages into one: their files side by side, their entry files joined.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { filesUnder } from "../publish/file-count.ts";

const entryFile = "pagefind-entry.json";

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: unknown;
}

/**
 * Pagefind names every index file by a hash of its content and keeps each language's index to itself, so two
 * languages' bundles share only the files every bundle has (its script, worker and WebAssembly), byte for byte. A
 * file of the same name with other bytes means the bundles do not belong together, and is refused.
 */
export async function mergeBundles(bundleDirs: readonly string[], targetDir: string): Promise<void> {
  const entries: PagefindEntry[] = [];
  const placed = new Map<string, string>(); // relative path → hash of its bytes
  for (const bundleDir of bundleDirs) {
    for (const file of filesUnder(bundleDir)) {
      const source = path.join(bundleDir, file);
      if (file === entryFile) {
        entries.push(JSON.parse(await readFile(source, "utf8")) as PagefindEntry);
        continue;
      }
      const hash = createHash("sha256")
        .update(await readFile(source))
        .digest("hex");
      const known = placed.get(file);
      if (known === hash) continue;
      if (known) throw new Error(`search bundles disagree on ${file}: two languages' indexes wrote different files there`);
      placed.set(file, hash);
      await mkdir(path.dirname(path.join(targetDir, file)), { recursive: true });
      await rename(source, path.join(targetDir, file));
    }
  }
  await mkdir(targetDir, { recursive: true });
  await writeFile(path.join(targetDir, entryFile), JSON.stringify(joinEntries(entries)));
}

/** One entry naming every language, in a stable order (by code), whichever bundle came first. */
export function joinEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error(`no ${entryFile} in the search bundles to merge`);
  for (const entry of entries) {
    if (entry.version !== first.version)
      throw new Error(`search bundles of Pagefind ${first.version} and ${entry.version} cannot be merged`);
  }
  const languages = Object.fromEntries(
    entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...first, languages };
}
