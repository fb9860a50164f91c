// npm start and deleted files: Eleventy only forgets a deleted file, so its page stayed served and listed everywhere.
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The part of Eleventy's chokidar watcher used here. */
export interface Watcher {
  on(event: "unlink", listener: (file: string) => void): unknown;
  emit(event: "change", file: string): unknown;
}

/**
 * A deleted (or renamed-away) file is handed to Eleventy as a change, so a build follows: a full one for an article
 * (src/dev/rebuild-scope.ts counts a deleted article as a change to every list), which rewrites the homes, lists,
 * feeds and search index without it. removeOrphanPages then takes its own page away.
 */
export function rebuildOnDelete(watcher: Watcher): void {
  watcher.on("unlink", (file) => watcher.emit("change", file));
}

/**
 * After a dev build: every <lang>/blog/<slug>/ page whose slug no article has in any language is removed (a "not yet
 * translated" page stays while some language has the slug). A build that began before the deletion may write the
 * page once more, so this runs after every build, not once on the deletion.
 */
export function removeOrphanPages(inputDir: string, outputDir: string): string[] {
  const slugs = new Set<string>();
  for (const lang of listFolder(inputDir)) {
    for (const name of listFolder(path.join(inputDir, lang, "blog"))) if (name.endsWith(".md")) slugs.add(name.slice(0, -3));
  }
  const removed: string[] = [];
  for (const lang of listFolder(outputDir)) {
    for (const slug of listFolder(path.join(outputDir, lang, "blog"))) {
      const page = path.join(outputDir, lang, "blog", slug);
      if (slugs.has(slug) || !existsSync(path.join(page, "index.html"))) continue;
      rmSync(page, { recursive: true, force: true });
      removed.push(page);
    }
  }
  return removed;
}

function listFolder(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}
