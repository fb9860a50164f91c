// npm test: type-check (Node and browser code apart), lint and formatting, then every uvu suite under tests/, ending with one "N passed, N failed" line.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string): string => path.join(root, "node_modules/.bin", name);

// uvu prints its totals, then exits once nothing is left running; a test that leaves a timer, a server or a child
// process behind would hold the run open until CI's own limit, so after the totals it gets this long to exit.
const exitAfterTotalsMs = 60_000;

function run(command: string, args: string[], echo: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let watchdog: NodeJS.Timeout | undefined;
    const collect = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
      output += chunk.toString();
      if (echo) stream.write(chunk);
      if (!watchdog && /Duration:\s+[\d.]+ms/.test(output)) {
        watchdog = setTimeout(() => {
          console.error(`\nuvu printed its totals but had not exited ${exitAfterTotalsMs / 1000} s later: a test left something running`);
          child.kill("SIGKILL");
          // A grandchild may still hold the pipes open, so the result does not wait for them to close.
          setTimeout(() => resolve({ code: 1, output }), 5_000).unref();
        }, exitAfterTotalsMs);
      }
    };
    child.stdout.on("data", (chunk: Buffer) => collect(chunk, process.stdout));
    child.stderr.on("data", (chunk: Buffer) => collect(chunk, process.stderr));
    child.on("close", (code) => {
      clearTimeout(watchdog);
      resolve({ code: code ?? 1, output });
    });
  });
}

const filter = process.argv.slice(2);
console.log("› npm run check");
const typecheck = await run("npm", ["run", "--silent", "check"], true);
console.log("› npm run lint");
const lint = await run("npm", ["run", "--silent", "lint"], true);
const checkFailures = (typecheck.code === 0 ? 0 : 1) + (lint.code === 0 ? 0 : 1);

// Fixture sites share one image cache for the run: the sample images are encoded once, not once per build. Tests of
// the cache itself give their site its own (IMAGE_CACHE_DIR in the build's environment).
const imageCache = process.env.IMAGE_CACHE_DIR ? undefined : mkdtempSync(path.join(tmpdir(), "test-image-cache-"));
if (imageCache) process.env.IMAGE_CACHE_DIR = imageCache;
const suites = await run(bin("uvu"), ["-r", "tsx", "tests", ...(filter.length ? filter : []), "-i", "fixtures", "-i", "helpers"], true);
if (imageCache) rmSync(imageCache, { recursive: true, force: true });
const count = (label: string): number => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(suites.output)?.[1] ?? 0);
const total = count("Total");
const passed = count("Passed");
const skipped = count("Skipped");
// uvu stops counting when a file throws outside a test, and a run killed for not exiting has no failed test: a non-zero
// exit with nothing failed still counts as a failure.
const failed = total - passed - skipped + checkFailures + (suites.code !== 0 && total === passed + skipped ? 1 : 0);

console.log(`\n${passed + 2 - checkFailures} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
