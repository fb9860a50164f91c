// Runs the project's command-line tools (scripts/*.ts) as child processes, as `npm run <name>` would.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { collectOutput, type CommandResult } from "./child-output.ts";
import { projectRoot } from "./site.ts";

/** `script` is a file under scripts/; the command runs in `cwd` with the project's tsx. */
export function runScript(script: string, args: string[], options: { cwd: string; env?: Record<string, string> }): CommandResult {
  const result = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "scripts", script), ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** runScript without blocking: for a command that talks to a server the test itself runs. */
export function runScriptAsync(
  script: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CommandResult> {
  const child = spawn(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "scripts", script), ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return collectOutput(child).done;
}

/** A temp site folder with the project's _data and the given parts of its content/ (e.g. "ru/blog/x.md"). */
export function tempSite(contentParts: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "site-commands-"));
  cpSync(path.join(projectRoot, "_data"), path.join(root, "_data"), { recursive: true });
  mkdirSync(path.join(root, "content"), { recursive: true });
  for (const part of contentParts) cpSync(path.join(projectRoot, "content", part), path.join(root, "content", part), { recursive: true });
  return root;
}

/** A stack trace line: editor-facing failures must never print one. */
export const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;
