// A child process's output, collected as it comes, and its exit status once it closes.
import type { ChildProcessWithoutNullStreams } from "node:child_process";

/** How a finished command went. */
export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface ChildOutput {
  /** Everything printed so far, stdout then stderr. */
  printed: () => string;
  done: Promise<CommandResult>;
}

export function collectOutput(child: ChildProcessWithoutNullStreams): ChildOutput {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<CommandResult>((resolve) => child.on("close", (code) => resolve({ status: code ?? 1, stdout, stderr })));
  return { printed: () => stdout + stderr, done };
}
