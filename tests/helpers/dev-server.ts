// npm start's command (eleventy --serve --incremental) in a site folder on a free port: for the bench and the tests.
import { spawn } from "node:child_process";
import { freePort } from "./free-port.ts";
import { devServerFlags, eleventyCommand } from "./site-folder.ts";
import { stripVTControlCharacters } from "node:util";

export interface DevServer {
  url: string;
  /** Everything the server printed so far, without terminal colours. */
  output(): string;
  /** Resolves once `done()` holds, checked every 10 ms (the bench times rebuilds by it); rejects after `timeoutMs`. */
  waitUntil(done: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Resolves once the server is up, which is after the first build: give a large site's build its time. */
export async function startDevServer(root: string, firstBuildTimeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const eleventy = eleventyCommand([...devServerFlags, `--port=${port}`]);
  const child = spawn(eleventy.command, eleventy.args, { cwd: root, env: { ...process.env, ...eleventy.env }, detached: true });
  let text = "";
  const collect = (chunk: Buffer): void => {
    text += stripVTControlCharacters(chunk.toString());
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const waitUntil = (done: () => boolean, what: string, timeoutMs = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      // The poll stops with the deadline: a poll left running would keep the test process alive after the run.
      let poll: NodeJS.Timeout | undefined;
      const deadline = setTimeout(() => {
        clearTimeout(poll);
        reject(new Error(`npm start never printed ${what} in ${timeoutMs / 1000} s:\n${text.slice(-4000)}`));
      }, timeoutMs);
      const check = (): void => {
        if (!done()) {
          poll = setTimeout(check, 10);
          return;
        }
        clearTimeout(deadline);
        resolve();
      };
      check();
    });
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => text,
    waitUntil,
    waitFor: (pattern, timeoutMs) => waitUntil(() => pattern.test(text), String(pattern), timeoutMs),
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
  await server.waitFor(/Server at/, firstBuildTimeoutMs);
  return server;
}
