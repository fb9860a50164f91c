// Times npm start's rebuilds: from saving one article to Eleventy's "Wrote … files", for a body edit and a title edit.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { devServerFlags, eleventyCommand } from "../../lib/site-folder.ts";

export interface RebuildTimes {
  /** A sentence added to the body: the front matter, so every list, is unchanged. */
  bodySeconds: number[];
  /** The title changed: lists, neighbours and feeds show it, so everything is rendered. */
  titleSeconds: number[];
}

export async function measureRebuilds(siteRoot: string, article: string, repeats: number): Promise<RebuildTimes> {
  const port = await freePort();
  const dev = eleventyCommand([...devServerFlags, `--port=${port}`]);
  const child = spawn(dev.command, dev.args, { cwd: siteRoot, env: { ...process.env, ...dev.env }, detached: true });
  let output = "";
  const collect = (chunk: Buffer): void => void (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ""));
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const count = (pattern: RegExp): number => output.match(new RegExp(pattern, "g"))?.length ?? 0;
  const waitFor = (done: () => boolean, what: string, timeoutMs = 600_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`npm start never printed ${what}:\n${output.slice(-2000)}`)), timeoutMs);
      const check = (): void => {
        if (done()) {
          clearTimeout(deadline);
          resolve();
        } else setTimeout(check, 10);
      };
      check();
    });
  const file = path.join(siteRoot, article);
  // One save, timed to the end of its build; then the background search index is left to finish, so it never
  // competes with the next measured rebuild for the CPU.
  const timeSave = async (edit: (source: string) => string): Promise<number> => {
    const builds = count(/Wrote \d+ files?/);
    const indexes = count(/\[search\] Indexed/);
    const changes = count(/File changed/);
    const mark = output.length;
    const source = edit(readFileSync(file, "utf8"));
    let start = process.hrtime.bigint();
    writeFileSync(file, source);
    // A save the watcher missed (it was still scanning) is saved again, and timed from there.
    for (let attempt = 1; attempt < 5; attempt++) {
      try {
        await waitFor(() => count(/File changed/) > changes, "File changed", 5_000);
        break;
      } catch {
        start = process.hrtime.bigint();
        writeFileSync(file, source);
      }
    }
    await waitFor(() => count(/Wrote \d+ files?/) > builds, "Wrote … files after a save");
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (/Problem writing Eleventy templates/.test(output.slice(mark))) throw new Error(`the rebuild failed:\n${output.slice(mark)}`);
    await waitFor(() => count(/\[search\] Indexed/) > indexes, "the refreshed search index");
    return seconds;
  };
  try {
    await waitFor(() => count(/\[search\] Indexed/) > 0, "the first search index");
    const times: RebuildTimes = { bodySeconds: [], titleSeconds: [] };
    for (let run = 1; run <= repeats; run++) {
      times.bodySeconds.push(await timeSave((source) => `${source}\nОдно новое предложение для замера пересборки, правка ${run}.\n`));
      times.titleSeconds.push(await timeSave((source) => source.replace(/^title: "(.*?)(?: \(правка \d+\))?"$/m, `title: "$1 (правка ${run})"`)));
    }
    return times;
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
