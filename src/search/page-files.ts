// Lists the built pages a glob names, in one order (by path) whatever order the file system lists a folder in.
import { readdirSync } from "node:fs";
import path from "node:path";
import { byCodeUnits } from "../content/text-order.ts";

/**
 * `glob` is relative to `directory`, its parts separated by "/": a part is a name, a pattern where `*` stands for
 * any characters of one name, or `**` for any number of folders. The paths come back relative, "/"-separated,
 * sorted by code unit, so no locale or file system changes their order.
 */
export function pageFiles(directory: string, glob: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, relative: string, parts: readonly string[]): void => {
    const [part, ...rest] = parts;
    if (part === undefined) return;
    const entries = readdirSync(folder, { withFileTypes: true });
    if (part === "**") {
      walk(folder, relative, rest);
      for (const entry of entries) if (entry.isDirectory()) walk(path.join(folder, entry.name), `${relative}${entry.name}/`, parts);
      return;
    }
    const matches = partPattern(part);
    for (const entry of entries) {
      if (!matches.test(entry.name)) continue;
      if (rest.length === 0) {
        if (entry.isFile()) found.push(`${relative}${entry.name}`);
      } else if (entry.isDirectory()) walk(path.join(folder, entry.name), `${relative}${entry.name}/`, rest);
    }
  };
  walk(directory, "", glob.split("/"));
  // "**" can reach a file by more than one way.
  return [...new Set(found)].sort(byCodeUnits);
}

function partPattern(part: string): RegExp {
  const escaped = part.split("*").map((text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]*")}$`, "u");
}
