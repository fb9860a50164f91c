// How many files a build publishes, and the warning when that is more than the host's cap the site names (fileLimit).
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `folder`, however deep (folders themselves are not files a host counts). */
export function countFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory()).length;
}

/** The regular files under `dir`, as paths relative to it, in one order (by code unit) whatever the file system's. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const grouped = (count: number): string => count.toLocaleString("en-US");

/** "Published 1,234 files to _site/": the build's last line of its own (tests and benches read it). */
export function publishedLine(count: number, shown: string): string {
  return `[publish] Published ${grouped(count)} ${count === 1 ? "file" : "files"} to ${shown.replace(/\/*$/, "/")}`;
}

/** The warning for a count above the limit, or undefined; the site is published all the same. */
export function fileLimitWarning(count: number, limit: number | undefined, settingsFile: string): string | undefined {
  if (limit === undefined || count <= limit) return undefined;
  return (
    `[publish] Warning: ${grouped(count)} files published, more than fileLimit ${grouped(limit)} (${settingsFile}): ` +
    `a host that caps a deployment there will refuse it; publish fewer files or set fileLimit to the host's real cap`
  );
}
