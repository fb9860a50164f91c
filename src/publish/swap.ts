// Replacing the published folder by renames: readers see the old site or the new one, and a failure puts the old back.
import { isInside } from "../content/paths.ts";
import { cpSync, lstatSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { BuildFailure, oneLine } from "./build-failure.ts";

/**
 * Where the site really goes. `_site` as a symlink (to a deploy folder) is published into the link's target, so the
 * link stays and whatever serves the target sees the new site; a target the swap must never replace is refused.
 */
export function publishTarget(publishDir: string, projectRoot: string): string {
  const link = lstatSync(publishDir, { throwIfNoEntry: false });
  if (!link?.isSymbolicLink()) return path.resolve(publishDir);
  const target = path.resolve(path.dirname(path.resolve(publishDir)), readlinkSync(publishDir));
  const real = statSync(target, { throwIfNoEntry: false }) ? realpathSync(target) : target;
  const found = statSync(real, { throwIfNoEntry: false });
  if (found && !found.isDirectory()) {
    throw new BuildFailure(`publish: ${publishDir} is a link to ${real}: expected a folder, found a file; nothing was published`);
  }
  if (!statSync(path.dirname(real), { throwIfNoEntry: false })?.isDirectory()) {
    throw new BuildFailure(
      `publish: ${publishDir} is a link to ${real}: expected its parent folder to exist, found none; nothing was published`,
    );
  }
  const root = path.resolve(projectRoot);
  if (real === path.parse(real).root || root === real || isInside(root, real)) {
    throw new BuildFailure(
      `publish: ${publishDir} is a link to ${real}: expected a folder of its own for the site, found the project's folder or one holding it, which publishing would replace; nothing was published`,
    );
  }
  return real;
}

/** Files a killed build left beside `target`: an old site moved aside, or a new one not yet swapped in. */
export function removeLeftovers(target: string): string[] {
  const folder = path.dirname(target);
  const leftover = new RegExp(`^${escapeRegExp(path.basename(target))}\\.(previous|next)-\\d+$`);
  const found = readdirSync(folder).filter((name) => leftover.test(name));
  for (const name of found) rmSync(path.join(folder, name), { recursive: true, force: true });
  return found.map((name) => path.join(folder, name));
}

/**
 * Moves the staged site to `target`: the staging folder is first brought beside the target (a rename, or a copy when
 * the target is on another disk), then the old site is renamed aside, the new one renamed in, and the old one removed.
 * `shown` is how the messages name the published folder (`_site`).
 */
export function swapIn(stagingDir: string, target: string, shown: string): void {
  const next = `${target}.next-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  const unchanged = `${shown} is unchanged, nothing was published`;
  try {
    moveOrCopy(stagingDir, next);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw new BuildFailure(`publish: could not bring the new site beside ${target} (${oneLine(error)}); ${unchanged}`);
  }
  const hadSite = lstatSync(target, { throwIfNoEntry: false }) !== undefined;
  try {
    if (hadSite) renameSync(target, previous);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw new BuildFailure(`publish: could not move ${target} aside to replace it (${oneLine(error)}); ${unchanged}`);
  }
  try {
    renameSync(next, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    rmSync(next, { recursive: true, force: true });
    throw new BuildFailure(
      `publish: could not rename the new site to ${target} (${oneLine(error)}); the previous site was put back, ${unchanged}`,
    );
  }
  // The new site is published; an old copy that cannot be removed now is removed by the next build.
  if (!hadSite) return;
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    console.warn(
      `[publish] ${shown} is published; the old copy ${previous} could not be removed (${oneLine(error)}): the next build removes it`,
    );
  }
}

function moveOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
