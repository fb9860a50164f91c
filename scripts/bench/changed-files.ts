// Compares two builds of a site file by file: what a CDN deploy would upload (changed and added) and delete (removed).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file of a built site (its path relative to the site, with "/") and a digest of its bytes. */
export type SiteFiles = Map<string, string>;

export interface ChangedFiles {
  changed: string[];
  added: string[];
  removed: string[];
}

/** Reads every file under `siteDir`: taken after each build, since the next one replaces the folder. */
export function siteFiles(siteDir: string): SiteFiles {
  const files: SiteFiles = new Map();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(siteDir, full).split(path.sep).join("/"), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(siteDir);
  return files;
}

/** Each list sorted, so two comparisons of the same builds read the same. */
export function changedFiles(before: SiteFiles, after: SiteFiles): ChangedFiles {
  const changed: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [file, digest] of after) {
    const old = before.get(file);
    if (old === undefined) added.push(file);
    else if (old !== digest) changed.push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) removed.push(file);
  return { changed: changed.sort(), added: added.sort(), removed: removed.sort() };
}

/** Every file the comparison names, once: what a deploy of the second build touches. */
export function touchedFiles(changes: ChangedFiles): string[] {
  return [...changes.changed, ...changes.added, ...changes.removed].sort();
}

/** What a published file is, by its place in the site, for the bench's "files changed, by kind" line. */
export function fileKind(file: string): string {
  if (file.startsWith("pagefind/")) {
    if (file.startsWith("pagefind/fragment/")) return "search fragment";
    if (file.startsWith("pagefind/index/")) return "search word chunk";
    if (file.startsWith("pagefind/filter/")) return "search filter chunk";
    if (file.endsWith(".pf_meta")) return "search metadata";
    if (file === "pagefind/pagefind-entry.json") return "search entry";
    return "search script";
  }
  if (file.startsWith("images/")) return "image";
  if (/^[^/]+\/(feed\.xml|rss\.xml|feed\.json)$/.test(file)) return "feed";
  if (/^[^/]+\/blog\/[^/]+\/index\.html$/.test(file)) return "article page";
  if (file.endsWith(".html")) return "other page";
  return "other file";
}

/** { kind: count }, kinds in order of their first file. */
export function countByKind(files: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const kind = fileKind(file);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}
