// npm run build fails loudly (non-zero, one line) when Pagefind dies, the disk is full or _site cannot be replaced,
// and then leaves the published site exactly as it was.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { stackTraceLine } from "../helpers/commands.ts";
import { siteSnapshot } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, projectRoot, removeSite, sampleHero, startBuild } from "../helpers/site.ts";

// Pagefind's Node API starts this binary (PAGEFIND_EXTENDED_BINARY_PATH, read by node_modules/pagefind/lib/resolveBinary.js).
const realPagefind = path.join(projectRoot, `node_modules/@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);

/** A stand-in for Pagefind's binary: a shell script run by Pagefind's Node API in place of the real one. */
function pagefindScript(folder: string, body: string): string {
  const file = path.join(folder, "pagefind-stand-in");
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/**
 * Pagefind's real binary, started by the build, that stops itself first and writes its pid: the test then kills it,
 * or fills the disk and lets it go on. It is the very process Pagefind's API spawned (exec keeps the pid).
 */
function pausedPagefind(folder: string): { binary: string; pid: () => Promise<number> } {
  const pidFile = path.join(folder, "pagefind.pid");
  const binary = pagefindScript(folder, `echo $$ > "${pidFile}"\nkill -STOP $$\nexec "${realPagefind}" "$@"`);
  const pid = async (): Promise<number> => {
    for (let waited = 0; waited < 120_000; waited += 50) {
      const text = existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim() : "";
      // Stopped ("T" in /proc/<pid>/stat), not merely started: a SIGCONT before its SIGSTOP would be lost.
      const state = text ? readFileSync(`/proc/${text}/stat`, "utf8").split(") ")[1]?.[0] : undefined;
      if (state === "T") return Number(text);
      await sleep(50);
    }
    throw new Error("The build never started Pagefind");
  };
  return { binary, pid };
}

const output = (result: { stdout: string; stderr: string }): string => result.stdout + result.stderr;

function assertOneLine(result: { status: number; stdout: string; stderr: string }, line: RegExp): void {
  assert.is.not(result.status, 0, `expected a failed build, found exit code 0:\n${output(result)}`);
  assert.match(output(result), line);
  assert.not.match(output(result), stackTraceLine, `expected no stack trace, found one:\n${output(result)}`);
}

const files = {
  "content/ru/blog/first.md": article({ title: "Первая статья" }),
  [sampleHero]: projectFile(sampleHero),
};

const failures = suite<{ root: string; scratch: string; before: Record<string, string> }>("build failures");

failures.before((context) => {
  context.root = createSite({ files });
  context.scratch = mkdtempSync(path.join(tmpdir(), "build-failures-"));
  const first = buildSite(context.root);
  assert.is(first.status, 0, output(first));
  context.before = siteSnapshot(path.join(context.root, "_site"));
});
failures.after((context) => {
  removeSite({ root: context.root });
  rmSync(context.scratch, { recursive: true, force: true });
});
failures.before.each(({ root }) => {
  writeFileSync(path.join(root, "content/ru/blog/second.md"), article({ title: "Вторая статья" }));
});

failures("Pagefind killed by SIGKILL while indexing: the build fails with one line and _site is as it was", async (context) => {
  const pagefind = pausedPagefind(mkdtempSync(path.join(context.scratch, "kill-")));
  const build = startBuild(context.root, { PAGEFIND_EXTENDED_BINARY_PATH: pagefind.binary });
  process.kill(await pagefind.pid(), "SIGKILL");
  const result = await build.done;
  assertOneLine(result, /search index: Pagefind stopped \(killed by SIGKILL\); nothing was published/);
  assert.equal(siteSnapshot(path.join(context.root, "_site")), context.before);
});

failures("Pagefind exiting non-zero fails the build, naming its exit code and its last words", (context) => {
  const binary = pagefindScript(mkdtempSync(path.join(context.scratch, "exit-")), 'echo "index exploded" >&2\nexit 3');
  const result = buildSite(context.root, { PAGEFIND_EXTENDED_BINARY_PATH: binary });
  assertOneLine(result, /search index: Pagefind stopped \(exit code 3: index exploded\); nothing was published/);
  assert.equal(siteSnapshot(path.join(context.root, "_site")), context.before);
});

failures("an _site that cannot be replaced (immutable) fails the build with one line, and it stays as it was", (context) => {
  const site = path.join(context.root, "_site");
  if (spawnSync("chattr", ["+i", site]).status !== 0) {
    console.log("SKIPPED: chattr +i is not available here (needs root on ext4)");
    return;
  }
  try {
    const result = buildSite(context.root);
    assertOneLine(result, /publish: could not move .*_site aside to replace it \(EPERM[^)]*\); _site is unchanged, nothing was published/);
  } finally {
    spawnSync("chattr", ["-i", site]);
  }
  assert.equal(siteSnapshot(site), context.before);
});

failures("a bug (a template that throws) is reported with its message and stack, and the build fails", (context) => {
  const template = path.join(context.root, "content/broken.11ty.tsx");
  writeFileSync(template, 'export default function () {\n  throw new Error("a bug planted by the test");\n}\n');
  try {
    const result = buildSite(context.root);
    assert.is.not(result.status, 0, `expected a failed build, found exit code 0:\n${output(result)}`);
    assert.match(output(result), /a bug planted by the test/);
    assert.match(output(result), /at .*content\/broken\.11ty\.tsx:2:/, `expected the bug's stack trace:\n${output(result)}`);
  } finally {
    rmSync(template);
  }
  assert.equal(siteSnapshot(path.join(context.root, "_site")), context.before);
});

failures("leftovers of a build killed during its swap are removed by the next build", (context) => {
  for (const leftover of ["_site.previous-123", "_site.next-456"]) {
    cpSync(path.join(context.root, "_site"), path.join(context.root, leftover), { recursive: true });
  }
  const result = buildSite(context.root);
  assert.is(result.status, 0, output(result));
  assert.not.ok(existsSync(path.join(context.root, "_site.previous-123")), "_site.previous-123 survived the build");
  assert.not.ok(existsSync(path.join(context.root, "_site.next-456")), "_site.next-456 survived the build");
  assert.ok(existsSync(path.join(context.root, "_site/ru/blog/second/index.html")));
});

failures.run();
