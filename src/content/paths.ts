// Where a file lies: inside a folder or not, by its path and by where its links really lead.
import { realpathSync } from "node:fs";
import path from "node:path";

/** True when `file` lies inside `folder` (not the folder itself, not beside it), by path alone. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/**
 * Where an existing file's links lead when that is outside `folder` (a symlink in content/ to /etc/hostname), else
 * undefined: the build reads only files of the project, whatever a link says.
 */
export function linkedOutside(file: string, folder: string): string | undefined {
  const real = realpathSync(file);
  return isInside(real, realpathSync(folder)) ? undefined : real;
}
