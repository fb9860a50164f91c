// A standalone site folder built by this project's pipeline: content and data of its own, layouts and pages linked in.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Prepares `root` so that running Eleventy there with the project's config builds it: the project's _data (and the
 * authors' avatars it names) is copied
 * (so a site may override any file), layouts, page templates and the content data file are symlinked (so they are
 * exactly what production runs), and "type": "module" lets Eleventy load .11ty.tsx templates as ES modules.
 */
export function layOutSite(root: string): void {
  mkdirSync(path.join(root, "content"), { recursive: true });
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ private: true, type: "module" }));
  cpSync(path.join(projectRoot, "_data"), path.join(root, "_data"), { recursive: true });
  // The avatars _data/authors.json names: its authors' pages show them wherever the site has their articles.
  cpSync(path.join(projectRoot, "content/images/authors"), path.join(root, "content/images/authors"), { recursive: true });
  symlinkSync(path.join(projectRoot, "_includes"), path.join(root, "_includes"));
  symlinkSync(path.join(projectRoot, "content/pages"), path.join(root, "content/pages"));
  symlinkSync(path.join(projectRoot, "content/content.11tydata.ts"), path.join(root, "content/content.11tydata.ts"));
}

/**
 * `npm start`'s flags after the build command (package.json must say the same; a unit test compares them): one saved
 * file per incremental build, and src/dev/plugin.ts decides how much of the site that file concerns.
 */
export const devServerFlags = ["--serve", "--quiet", "--incremental"];

/** The command `npm run build` runs, usable from any site folder; add devServerFlags for `npm start`'s. */
export function eleventyCommand(extraArgs: string[] = []): { command: string; args: string[]; env: Record<string, string> } {
  return {
    command: path.join(projectRoot, "node_modules/.bin/tsx"),
    args: [path.join(projectRoot, "scripts/eleventy.ts"), ...extraArgs],
    // tsx looks for tsconfig.json (JSX settings) in the working directory; a site folder has none.
    env: { TSX_TSCONFIG_PATH: path.join(projectRoot, "tsconfig.json") },
  };
}
