// Runs a command and measures wall time and peak memory of its whole process tree (Linux /proc), for the bench.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

export interface Measurement {
  seconds: number;
  /** The most resident memory the process tree held at one moment (sampled every 100 ms), in MiB. */
  peakMiB: number;
  /** Each kind of process's own peak (the build's node, pagefind_extended), in MiB: where the peak is. */
  processPeaksMiB: Record<string, number>;
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

/** A process's name, resident and peak resident memory in KiB, from /proc; undefined once it has ended. */
function memoryOf(pid: number): { name: string; rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string): string => new RegExp(`^${name}:\\s+(.*)$`, "m").exec(status)?.[1] ?? "";
    return { name: field("Name"), rss: Number.parseInt(field("VmRSS"), 10) || 0, peak: Number.parseInt(field("VmHWM"), 10) || 0 };
  } catch {
    return undefined;
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
    // Processes come and go (one Pagefind per language): the peak is the largest sum of what they held together.
    let peakKiB = 0;
    const processPeaks = new Map<string, number>();
    const poll = (): void => {
      const tree = child.pid ? [child.pid] : [];
      let heldKiB = 0;
      for (let index = 0; index < tree.length; index++) {
        const pid = tree[index] ?? 0;
        const memory = memoryOf(pid);
        if (memory) {
          heldKiB += memory.rss;
          processPeaks.set(memory.name, Math.max(processPeaks.get(memory.name) ?? 0, memory.peak));
        }
        tree.push(...childrenOf(pid));
      }
      peakKiB = Math.max(peakKiB, heldKiB);
    };
    const timer = setInterval(poll, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const processPeaksMiB = Object.fromEntries([...processPeaks].map(([name, kib]) => [name, Math.round(kib / 1024)]));
      resolve({ seconds, peakMiB: peakKiB / 1024, processPeaksMiB, output, status: code ?? 1 });
    });
  });
}
