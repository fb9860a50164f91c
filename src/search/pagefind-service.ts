// Pagefind's indexing service, started and watched by us: its binary in --service mode, spoken to over stdin and stdout.
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { Readable, Writable } from "node:stream";

/** Pagefind's service process stopped before it answered: killed (the OOM killer), or it exited (a panic, disk full). */
export class PagefindStopped extends Error {
  readonly skipOriginalStack = true;
}

/** A request of Pagefind's service protocol (node_modules/pagefind/types/internal.d.ts), without its message id. */
export type ServiceRequest =
  | { type: "NewIndex"; config?: Record<string, unknown> }
  | { type: "AddFile"; index_id: number; file_path?: string; url?: string; file_contents: string }
  | { type: "AddRecord"; index_id: number; url: string; content: string; language: string; meta?: Record<string, string> }
  | { type: "AddDir"; index_id: number; path: string; glob?: string }
  | { type: "WriteFiles"; index_id: number; output_path?: string }
  | { type: "DeleteIndex"; index_id: number };

/** An answer: `type` names it (the request's own, IndexedFile, IndexedDir), or "Error" with a message. */
export interface ServiceAnswer {
  type: string;
  message?: string;
  original_message?: string;
  [field: string]: unknown;
}

interface Waiting {
  resolve: (answer: ServiceAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * Pagefind's own Node API unrefs the process and its pipes, so when the service died, node could run out of work
 * before the exit was seen and end the build with code 0 (seen on Node 24). Here every pipe stays referenced until
 * close(), and the process's end rejects whatever still waits for an answer.
 */
export class PagefindService {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly waiting = new Map<number, Waiting>();
  private lastId = 0;
  private unread = "";
  private stderr = "";
  private closing = false;
  private stopped: PagefindStopped | undefined;

  constructor(binary = pagefindBinary()) {
    this.child = spawn(binary, ["--service"], { stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    this.child.stdout.setEncoding("latin1");
    this.child.stdout.on("data", (chunk: string) => this.receive(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-8000);
    });
    this.child.stdin.on("error", () => undefined); // writing to a dead process: its exit, reported below, says why
    this.child.on("error", (error) => this.fail(new PagefindStopped(`Pagefind could not start (${error.message})`)));
    this.child.on("close", (code, signal) => {
      if (this.closing) {
        if (this.stderr.trim()) process.stderr.write(this.stderr);
        return;
      }
      const said = lastWords(this.stderr);
      this.fail(
        new PagefindStopped(`Pagefind stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}${said ? `: ${said}` : ""})`),
      );
    });
  }

  /** False once the process has ended (or is being closed): a new service must be started. */
  get running(): boolean {
    return !this.stopped && !this.closing;
  }

  /** Sends one request; its answer, or an Error with Pagefind's message, or PagefindStopped if the process ends first. */
  request(payload: ServiceRequest): Promise<ServiceAnswer> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.closing) return Promise.reject(new PagefindStopped("Pagefind was closed"));
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.stdin.write(`${Buffer.from(JSON.stringify({ message_id: id, payload })).toString("base64")},`);
    });
  }

  /** Ends the service: it finishes on closed stdin; nothing may be waiting. */
  close(): void {
    this.closing = true;
    this.child.stdin.end();
    this.child.kill();
  }

  /** Answers are base64 JSON, each followed by a comma. */
  private receive(chunk: string): void {
    this.unread += chunk;
    for (let comma = this.unread.indexOf(","); comma !== -1; comma = this.unread.indexOf(",")) {
      const encoded = this.unread.slice(0, comma);
      this.unread = this.unread.slice(comma + 1);
      this.answer(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as { message_id?: number; payload: ServiceAnswer });
    }
  }

  private answer({ message_id, payload }: { message_id?: number; payload: ServiceAnswer }): void {
    // An answer without an id is about a request Pagefind could not read: its id is inside the quoted original.
    const id = message_id ?? (JSON.parse(payload.original_message ?? "{}") as { message_id?: number }).message_id;
    const waiting = id === undefined ? undefined : this.waiting.get(id);
    if (!waiting || id === undefined) {
      this.fail(new PagefindStopped(`Pagefind answered what was not asked (${payload.message ?? payload.type})`));
      return;
    }
    this.waiting.delete(id);
    if (payload.type === "Error") waiting.reject(new Error(payload.message ?? "Pagefind failed"));
    else waiting.resolve(payload);
  }

  private fail(error: PagefindStopped): void {
    this.stopped ??= error;
    for (const { reject } of this.waiting.values()) reject(this.stopped);
    this.waiting.clear();
    if (!this.closing) this.child.kill("SIGKILL");
  }
}

/** Pagefind's extended binary (for its CJK and Cyrillic segmentation), as its Node API finds it, env overrides included. */
export function pagefindBinary(): string {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH || process.env.PAGEFIND_BINARY_PATH;
  if (override) return override;
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const executable = platform === "windows" ? "pagefind_extended.exe" : "pagefind_extended";
  // npm installs the platform's package beside pagefind (its optional dependency), where node's lookup finds it.
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.env.npm_config_arch || process.arch}/bin/${executable}`);
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
