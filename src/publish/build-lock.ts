// One production build at a time per project: a lock file holding the builder's pid; a dead builder's lock is stale.
import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { BuildFailure } from "./build-failure.ts";

export interface LockOptions {
  /** How long to wait for another build before giving up. */
  timeoutMs: number;
  /** Told once, when the lock is held by another live build. */
  onWait: (holder: number) => void;
}

const pollMs = 200;
// The takeover guard is held for two file operations; one older than this was left by a process killed inside them.
const staleTakeoverMs = 10_000;

/** Waits until this process holds `file`; returns the release (also run at exit, so a failed build lets go). */
export async function acquireBuildLock(file: string, options: LockOptions): Promise<() => void> {
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    if (tryCreate(file)) break;
    const holder = readHolder(file);
    if (holder !== undefined && !isAlive(holder)) {
      removeStale(file, holder);
      continue;
    }
    // An empty lock is one being written, or one whose writer was killed between creating and writing it.
    if (holder === undefined && ageMs(file) > staleTakeoverMs) rmSync(file, { force: true });
    if (Date.now() > deadline) {
      throw new BuildFailure(
        `build lock: expected ${file} to be released within ${options.timeoutMs / 1000} s, found it still held by the build with pid ${holder ?? "unknown"}; nothing was published`,
      );
    }
    if (!told && holder !== undefined) options.onWait(holder);
    told = true;
    await sleep(pollMs);
  }
  const release = (): void => {
    if (readHolder(file) === process.pid) rmSync(file, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}

function tryCreate(file: string): boolean {
  try {
    writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new BuildFailure(`build lock: could not create ${file} (${(error as Error).message}); nothing was published`);
  }
}

/** The pid in the lock file; undefined while it is being written or has just been removed. */
function readHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Two builds may find the same stale lock at once: each removes it only while holding a takeover guard and only if it
 * still names the dead pid, so neither removes a lock the other has just taken.
 */
function removeStale(file: string, deadPid: number): void {
  const guard = `${file}.takeover`;
  if (!tryCreate(guard)) {
    if (ageMs(guard) > staleTakeoverMs) rmSync(guard, { force: true });
    return;
  }
  try {
    if (readHolder(file) === deadPid) unlinkSync(file);
  } finally {
    rmSync(guard, { force: true });
  }
}

function ageMs(file: string): number {
  return Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
}
