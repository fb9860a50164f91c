// Times npm start's rebuilds: from saving one article to Eleventy's "Wrote … files", for a body edit and a title edit.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDevServer } from "../../tests/helpers/dev-server.ts";

export interface RebuildTimes {
  /** A sentence added to the body: the front matter, so every list, is unchanged. */
  bodySeconds: number[];
  /** The title changed: lists, neighbours and feeds show it, so everything is rendered. */
  titleSeconds: number[];
}

export async function measureRebuilds(siteRoot: string, article: string, repeats: number): Promise<RebuildTimes> {
  const server = await startDevServer(siteRoot, 600_000);
  const count = (pattern: RegExp): number => server.output().match(new RegExp(pattern, "g"))?.length ?? 0;
  const waitFor = (done: () => boolean, what: string, timeoutMs = 600_000): Promise<void> => server.waitUntil(done, what, timeoutMs);
  const file = path.join(siteRoot, article);
  // One save, timed to the end of its build; then the background search index is left to finish, so it never
  // competes with the next measured rebuild for the CPU.
  const timeSave = async (edit: (source: string) => string): Promise<number> => {
    const builds = count(/Wrote \d+ files?/);
    const indexes = count(/\[search\] Indexed/);
    // Eleventy's rebuild prints "File changed"; a body save written at once (src/dev/quick-save.ts) its own line.
    const saves = /File changed|front matter unchanged, so/;
    const changes = count(saves);
    const mark = server.output().length;
    const source = edit(readFileSync(file, "utf8"));
    let start = process.hrtime.bigint();
    writeFileSync(file, source);
    // A save the watcher missed (it was still scanning) is saved again, and timed from there.
    for (let attempt = 1; attempt < 5; attempt++) {
      try {
        await waitFor(() => count(saves) > changes, "File changed", 5_000);
        break;
      } catch {
        start = process.hrtime.bigint();
        writeFileSync(file, source);
      }
    }
    await waitFor(() => count(/Wrote \d+ files?/) > builds, "Wrote … files after a save");
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (/Problem writing Eleventy templates/.test(server.output().slice(mark)))
      throw new Error(`the rebuild failed:\n${server.output().slice(mark)}`);
    await waitFor(() => count(/\[search\] Indexed/) > indexes, "the refreshed search index");
    return seconds;
  };
  try {
    await waitFor(() => count(/\[search\] Indexed/) > 0, "the first search index");
    const times: RebuildTimes = { bodySeconds: [], titleSeconds: [] };
    for (let run = 1; run <= repeats; run++) {
      times.bodySeconds.push(await timeSave((source) => `${source}\nОдно новое предложение для замера пересборки, правка ${run}.\n`));
      times.titleSeconds.push(
        await timeSave((source) => source.replace(/^title: "(.*?)(?: \(правка \d+\))?"$/m, `title: "$1 (правка ${run})"`)),
      );
    }
    return times;
  } finally {
    await server.stop();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
