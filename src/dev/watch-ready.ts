// npm start: the server opens once chokidar watches every template, since chokidar 4 reports "ready" before its scan
// of nested folders ends (paulmillr/chokidar#1367) and a save to a file not yet watched is lost.
import path from "node:path";

/** The part of Eleventy's chokidar watcher read here. */
export interface ScanningWatcher {
  getWatched(): Record<string, string[]>;
  options: { cwd?: string };
}

/** Resolves with the files still not watched: none, or those left when `timeoutMs` ran out. */
export async function untilWatched(watcher: ScanningWatcher, files: string[], timeoutMs = 60_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let missing = unwatched(watcher, files);
  while (missing.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    missing = unwatched(watcher, missing);
  }
  return missing;
}

function unwatched(watcher: ScanningWatcher, files: string[]): string[] {
  const base = path.resolve(watcher.options.cwd ?? ".");
  const watched = new Map(Object.entries(watcher.getWatched()).map(([folder, names]) => [path.resolve(base, folder), new Set(names)]));
  return files.filter((file) => {
    const absolute = path.resolve(file);
    return !watched.get(path.dirname(absolute))?.has(path.basename(absolute));
  });
}
