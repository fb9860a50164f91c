// Runs a command and measures wall time and peak memory of its whole process tree (Linux /proc), for the bench.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

export interface Measurement {
  seconds: number;
  /** Sum of the peak resident memory of every process in the tree, in MiB. */
  peakMiB: number;
  output: string;
  status: number;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function peakKiB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Measurement> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = "";
    // Colour codes stripped: the bench reads figures out of the build's own log lines.
    const collect = (chunk: Buffer): void => {
      output += stripVTControlCharacters(chunk.toString());
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    // Peaks only grow, so the last reading of each process is its peak (to within one interval).
    const peaks = new Map<number, number>();
    const poll = (): void => {
      const tree = child.pid ? [child.pid] : [];
      for (let index = 0; index < tree.length; index++) {
        const pid = tree[index] ?? 0;
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakKiB(pid)));
        tree.push(...childrenOf(pid));
      }
    };
    const timer = setInterval(poll, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const peakMiB = [...peaks.values()].reduce((sum, kib) => sum + kib, 0) / 1024;
      resolve({ seconds, peakMiB, output, status: code ?? 1 });
    });
  });
}
