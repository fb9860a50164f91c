// npm run build in two processes: Eleventy renders into the staging folder and exits; then the search index is
// written and the site swapped into _site, so the indexer never shares the machine's memory with the renderer.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { BuildFailure, oneLine } from "./build-failure.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { failureReport, problemLinesOf } from "./failure-report.ts";
import { countFiles, fileLimitWarning, publishedLine } from "./file-count.ts";
import { builtLanguages } from "./one-language.ts";
import { publishTarget, removeLeftovers, swapIn } from "./swap.ts";
import { loadLanguages } from "../content/languages.ts";
import { loadSiteSettings } from "../content/site-settings.ts";
import { indexBuiltSite } from "../search/site-index.ts";

/** The folders of a production build, relative to the site's root (eleventy.config.ts writes into stagingDir). */
export const productionFolders = {
  /** The folder readers' files end up in. */
  publishDir: "_site",
  /** Where the pages are rendered first. */
  stagingDir: ".staging",
  /** Held by the one production build of the project that may touch stagingDir and publishDir. */
  lockFile: ".build.lock",
};

// Set for the rendering process: it renders and writes the pages only; this module does the rest.
const renderStepVariable = "PUBLISH_RENDER_STEP";

/** Whether this process is the rendering step of a production build. */
export function isRenderStep(): boolean {
  return process.env[renderStepVariable] === "1";
}

// A build waits this long for another one to finish (a 10,000-article build takes about three minutes).
const lockTimeoutMs = Number(process.env.BUILD_LOCK_TIMEOUT_MS ?? 15 * 60_000);

/**
 * Runs the whole production build from the site's root; resolves to the exit code. At 2×5,000 articles the renderer
 * peaks at 1.45 GB and Pagefind at 1.47 GB: one after the other, the build needs the larger, not their sum.
 */
export async function runProductionBuild(renderCommand: { command: string; args: string[] }): Promise<number> {
  const root = process.cwd();
  const { publishDir, stagingDir, lockFile } = productionFolders;
  const release = await acquireBuildLock(lockFile, {
    timeoutMs: lockTimeoutMs,
    onWait: (pid) => console.log(`[publish] Waiting for the build with pid ${pid} to finish (it holds ${lockFile})`),
  });
  try {
    const target = publishTarget(publishDir, root);
    // A build killed during an earlier swap left its old or new site beside the published one.
    for (const leftover of removeLeftovers(target)) console.log(`[publish] Removed ${leftover}, left by a build that was stopped`);
    emptyFolder(stagingDir);
    const rendered = await run(renderCommand);
    // The renderer printed its own report of what failed.
    if (rendered !== 0) return rendered;
    const dataDir = path.join(root, "_data");
    await indexBuiltSite(path.resolve(stagingDir), builtLanguages(loadLanguages(dataDir))).catch((error: unknown) => {
      throw new BuildFailure(`search index: ${oneLine(error)}; nothing was published`);
    });
    swapIn(stagingDir, target, publishDir);
    // Static hosts cap the files of a deployment: the count is what they would see, before another build may publish.
    const count = countFiles(target);
    console.log(publishedLine(count, publishDir));
    const site = await loadSiteSettings(dataDir);
    const warning = fileLimitWarning(count, site.fileLimit, path.relative(root, path.join(dataDir, "site.ts")));
    if (warning) console.warn(warning);
    return 0;
  } catch (error) {
    const problems = problemLinesOf(error);
    if (!problems) throw error;
    for (const line of failureReport(problems, "nothing was published")) console.error(line);
    return 1;
  } finally {
    release();
  }
}

/** The rendering step as a process of its own, its output the build's; a signal that ends it is a failure. */
function run({ command, args }: { command: string; args: string[] }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, [renderStepVariable]: "1" } });
    child.on("error", (error) => reject(new BuildFailure(`render: could not start Eleventy (${oneLine(error)}); nothing was published`)));
    child.on("exit", (code, signal) => {
      if (signal) reject(new BuildFailure(`render: Eleventy stopped (killed by ${signal}); nothing was published`));
      else resolve(code ?? 1);
    });
  });
}

function emptyFolder(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new BuildFailure(`output: could not empty ${folder} to write the site into (${oneLine(error)}); nothing was published`);
  }
}
