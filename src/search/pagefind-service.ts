// Pagefind's service process, watched: its Node API never notices the process dying, so a call would wait forever.
import type { ChildProcess, SpawnOptions } from "node:child_process";
import { createRequire } from "node:module";
import { PassThrough } from "node:stream";

type Pagefind = typeof import("pagefind");
type ChildProcessModule = typeof import("node:child_process");

/** Pagefind's service process stopped before it answered: killed (the OOM killer), or it exited (a panic, disk full). */
export class PagefindStopped extends Error {
  readonly skipOriginalStack = true;
}

interface Watched {
  child: ChildProcess;
  /** Rejects with PagefindStopped when the process ends, unless it was asked to close. */
  stopped: Promise<never>;
  closing: boolean;
}

// Pagefind ships as an ES module only: a dynamic import loads it from CommonJS callers too (the test runner).
const loadPagefind = (): Promise<Pagefind> => import("pagefind");
// Pagefind's lib/service.js calls child_process.spawn through the module object: the one we replace while it launches.
const childProcessModule = createRequire(import.meta.url)("node:child_process") as ChildProcessModule;
let watched: Watched | undefined;

/**
 * Pagefind's createIndex, with its service process (started on the first call) watched: the process's exit code or
 * signal and its last words on stderr (a Rust panic such as "No space left on device") become a PagefindStopped.
 */
export async function createIndex(): Promise<Awaited<ReturnType<Pagefind["createIndex"]>>> {
  const pagefind = await loadPagefind();
  if (watched && (watched.child.exitCode !== null || watched.child.signalCode !== null)) watched = undefined;
  const spawn = childProcessModule.spawn;
  let launched: ChildProcess | undefined;
  // Pagefind's createIndex spawns its service synchronously, the first time only; nothing else spawns meanwhile.
  childProcessModule.spawn = ((command: string, args: readonly string[], options: SpawnOptions) => {
    launched = spawnService(spawn, command, args, options);
    return launched;
  }) as ChildProcessModule["spawn"];
  let created: ReturnType<Pagefind["createIndex"]>;
  try {
    created = pagefind.createIndex({});
  } finally {
    childProcessModule.spawn = spawn;
  }
  if (launched) watched = watch(launched, pagefind);
  return guard(created);
}

/** `call`, or a PagefindStopped as soon as the service process ends without answering it. */
export function guard<T>(call: Promise<T>): Promise<T> {
  return watched ? Promise.race([call, watched.stopped]) : call;
}

/** Stops Pagefind's service process, so a one-off build can exit; the next createIndex starts a new one. */
export async function closeService(): Promise<void> {
  if (watched) watched.closing = true;
  watched = undefined;
  await (await loadPagefind()).close();
}

/**
 * The service with its stderr read by us (to name what it died of) and its stdin behind a pass-through: writing to a
 * dead process fails with EPIPE, which Pagefind prints with a stack trace before anyone can say what happened.
 */
function spawnService(spawn: ChildProcessModule["spawn"], command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, stdio: ["pipe", "pipe", "pipe"] });
  const stdin = new PassThrough();
  const real = child.stdin;
  if (real) {
    stdin.pipe(real);
    real.on("error", () => undefined); // the exit that follows is reported instead
    // Pagefind unrefs stdin so an idle service does not keep node alive; it now unrefs the pass-through, not this.
    (real as unknown as { unref?: () => void }).unref?.();
  }
  Object.defineProperty(child, "stdin", { value: stdin, configurable: true, writable: true });
  return child;
}

function watch(child: ChildProcess, pagefind: Pagefind): Watched {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  const state: Watched = { child, closing: false, stopped: Promise.resolve() as unknown as Promise<never> };
  state.stopped = new Promise<never>((_, reject) => {
    child.on("error", (error) => reject(new PagefindStopped(`Pagefind could not start (${error.message})`)));
    child.on("close", (code, signal) => {
      if (state.closing) {
        if (stderr.trim()) process.stderr.write(stderr);
        return;
      }
      if (watched === state) watched = undefined;
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      const said = lastWords(stderr);
      reject(new PagefindStopped(`Pagefind stopped (${how}${said ? `: ${said}` : ""})`));
      // Pagefind's own state still holds the dead process: closing it lets the next createIndex start another. After
      // the rejection, which so wins the race against the "Pagefind backend closed" this gives every pending call.
      void pagefind.close().catch(() => undefined);
    });
  });
  // Nobody may be waiting when the process ends between calls: that rejection is not an unhandled one.
  state.stopped.catch(() => undefined);
  return state;
}

/** What a dying Pagefind printed, as one line: the OS error of a Rust panic ("No space left on device"), or its last line. */
export function lastWords(stderr: string): string {
  const osError = /message: "([^"]+)"/.exec(stderr)?.[1];
  if (osError) return osError;
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("note:"));
  const last = lines.at(-1) ?? "";
  return last.length > 200 ? `${last.slice(0, 197)}…` : last;
}
