// Places files into a build's output once a build: hard links from the image cache, copies of sources.
import { copyFile, link, mkdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

export class OutputFiles {
  private readonly placed = new Map<string, Promise<void>>();

  /**
   * Cache files are never rewritten (their names hash their content), so they are hard-linked: a production build
   * stages into an empty folder, and linking thousands of files costs nothing next to copying them. Sources (SVG)
   * are copied, so nothing in the output shares a file with content/. A file already in place is left alone.
   */
  place(from: string, to: string, mode: "link" | "copy"): Promise<void> {
    let placing = this.placed.get(to);
    if (!placing) {
      placing = placeFile(from, to, mode);
      this.placed.set(to, placing);
    }
    return placing;
  }
}

async function placeFile(from: string, to: string, mode: "link" | "copy"): Promise<void> {
  const [source, target] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
  if (target && (target.ino === source.ino || (target.size === source.size && target.mtimeMs >= source.mtimeMs))) return;
  await mkdir(path.dirname(to), { recursive: true });
  if (target) await unlink(to);
  if (mode === "link") {
    try {
      return await link(from, to);
    } catch {
      // Another file system, or one without hard links: a copy does the same job.
    }
  }
  await copyFile(from, to);
}
