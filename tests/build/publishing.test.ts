// Publishing: an _site that is a link to a deploy folder is published into that folder and stays a link, and builds
// take turns through .build.lock (a live holder is waited for, a dead one's lock is taken over).
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteSnapshot } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, startBuild } from "../helpers/site.ts";

const files = { [sampleHero]: projectFile(sampleHero), "content/ru/blog/first.md": article({ title: "Первая статья" }) };
const output = (result: { stdout: string; stderr: string }): string => result.stdout + result.stderr;

const linked = suite<{ root: string; deploy: string }>("_site as a link to a deploy folder");

linked.before((context) => {
  context.root = createSite({ files });
  context.deploy = mkdtempSync(path.join(tmpdir(), "deploy-"));
  symlinkSync(context.deploy, path.join(context.root, "_site"));
});
linked.after((context) => {
  removeSite({ root: context.root });
  rmSync(context.deploy, { recursive: true, force: true });
});

linked("the build publishes into the link's target and leaves the link a link", ({ root, deploy }) => {
  const result = buildSite(root);
  assert.is(result.status, 0, output(result));
  const site = path.join(root, "_site");
  assert.ok(lstatSync(site).isSymbolicLink(), "_site was replaced by a plain folder");
  assert.is(readlinkSync(site), deploy);
  assert.match(readFileSync(path.join(deploy, "ru/blog/first/index.html"), "utf8"), "Первая статья");
});

linked("a second build replaces the target's contents whole, and a failed one leaves them as they were", ({ root, deploy }) => {
  writeFileSync(path.join(root, "content/ru/blog/second.md"), article({ title: "Вторая статья" }));
  assert.is(buildSite(root).status, 0);
  assert.ok(existsSync(path.join(deploy, "ru/blog/second/index.html")));
  const before = siteSnapshot(deploy);
  writeFileSync(path.join(root, "content/ru/blog/broken.md"), article({ title: "" }));
  const failed = buildSite(root);
  assert.is.not(failed.status, 0);
  assert.equal(siteSnapshot(deploy), before);
  assert.ok(lstatSync(path.join(root, "_site")).isSymbolicLink());
});

const lock = suite<{ root: string }>("one build at a time");

lock.before((context) => {
  context.root = createSite({ files });
});
lock.after((context) => removeSite({ root: context.root }));

/** A process that is alive until it is killed: a stand-in for another build holding the lock. */
function otherBuild(): { pid: number; stop: () => Promise<void> } {
  const child = spawn("sleep", ["600"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

lock("a build waits while another live build holds the lock, then goes on once it is gone", async ({ root }) => {
  const holder = otherBuild();
  writeFileSync(path.join(root, ".build.lock"), `${holder.pid}\n`);
  const build = startBuild(root);
  // The build says it waits; only then does the holder go away.
  const waiting = `[publish] Waiting for the build with pid ${holder.pid} to finish (it holds .build.lock)`;
  for (let tries = 0; tries < 1200 && !build.printed().includes(waiting); tries++) await sleep(100);
  assert.ok(existsSync(path.join(root, ".build.lock")), "the lock was taken from a live holder");
  assert.not.ok(existsSync(path.join(root, "_site/ru/blog/first/index.html")), "published while the lock was held");
  await holder.stop();
  const result = await build.done;
  assert.is(result.status, 0, output(result));
  assert.match(output(result), waiting);
  assert.ok(existsSync(path.join(root, "_site/ru/blog/first/index.html")));
  assert.not.ok(existsSync(path.join(root, ".build.lock")), "the lock was released");
});

lock("a lock left by a build that died is taken over at once", async ({ root }) => {
  const dead = otherBuild();
  await dead.stop();
  writeFileSync(path.join(root, ".build.lock"), `${dead.pid}\n`);
  const result = buildSite(root);
  assert.is(result.status, 0, output(result));
  assert.not.match(output(result), "Waiting for the build");
});

lock("two builds started together both succeed, and the published site is whole", async ({ root }) => {
  writeFileSync(path.join(root, "content/ru/blog/second.md"), article({ title: "Вторая статья" }));
  const [a, b] = await Promise.all([startBuild(root).done, startBuild(root).done]);
  assert.is(a.status, 0, output(a));
  assert.is(b.status, 0, output(b));
  for (const page of ["ru/index.html", "ru/blog/first/index.html", "ru/blog/second/index.html", "pagefind/pagefind-entry.json"]) {
    assert.ok(existsSync(path.join(root, "_site", page)), page);
  }
  const leftovers = readdirSync(root).filter((name) => name.startsWith("_site."));
  assert.equal(leftovers, []);
});

linked.run();
lock.run();
