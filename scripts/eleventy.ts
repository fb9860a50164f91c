// npm run build and npm start: Eleventy with the project's config, each problem printed once on one line, then a count.
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { rebuildOnDelete } from "../src/dev/deleted-files.ts";
import { writeBodySavesAtOnce, type EleventyInstance } from "../src/dev/quick-save.ts";
import { afterFailedBuild } from "../src/dev/recovery.ts";
import { type ScanningWatcher, untilWatched } from "../src/dev/watch-ready.ts";
import { failureReport, problemLinesOf } from "../src/publish/failure-report.ts";
import { builtLanguages, renderOnlyLanguages, setBuildLanguage } from "../src/publish/one-language.ts";
import { isRenderStep, runProductionBuild } from "../src/publish/production-build.ts";
import { loadLanguages } from "../src/content/languages.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const known = ["--serve", "--quiet", "--incremental", "--port=<number>", "--lang <code>"];
const flags = new Set<string>();
let port: number | undefined;
let lang: string | undefined;
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const flag = args[index] ?? "";
  if (/^--port=\d+$/.test(flag)) port = Number(flag.slice("--port=".length));
  else if (flag.startsWith("--lang=")) lang = flag.slice("--lang=".length);
  else if (flag === "--lang" && args[index + 1]) lang = args[++index];
  else if (known.includes(flag)) flags.add(flag);
  else {
    console.error(`npm run build / npm start: ${flag}: expected one of ${known.join(", ")}, found an unknown flag`);
    process.exit(2);
  }
}
const serve = flags.has("--serve");
if (lang !== undefined && serve) {
  console.error("npm start: --lang: expected a production build (npm run build -- --lang ru), found --serve");
  process.exit(2);
}
if (lang !== undefined) setBuildLanguage(lang);
// npm run build: this process holds the lock, runs Eleventy in a process of its own, then indexes and publishes.
if (!serve && !isRenderStep()) {
  process.exitCode = await runProductionBuild({ command: process.execPath, args: [...process.execArgv, ...process.argv.slice(1)] });
} else {
  await runEleventy();
}

async function runEleventy(): Promise<void> {
  const eleventy = new Eleventy(undefined, undefined, {
    source: "cli",
    configPath: path.join(root, "eleventy.config.ts"),
    quietMode: flags.has("--quiet"),
    runMode: serve ? "serve" : "build",
  });

  // Eleventy's error handler prints each error's chain of wrappers (often twice); ours prints what it says, once.
  const handler = eleventy.errorHandler;
  // Eleventy's fatal() calls this.error(), which is ours below: only its own error() prints, so fatal is rebuilt on it.
  const eleventysError = handler.error.bind(handler);
  const reported = new WeakSet<object>();
  function report(error: unknown, message: string | undefined, fatal: boolean): void {
    if (typeof error === "object" && error !== null) {
      if (reported.has(error)) return;
      reported.add(error);
    }
    if (serve) afterFailedBuild(eleventy, flags.has("--incremental"));
    const problems = problemLinesOf(error);
    if (problems) {
      const outcome = serve ? "the dev server still serves the last good build" : "nothing was published";
      for (const line of failureReport(problems, outcome)) console.error(line);
      if (!serve) process.exitCode = 1;
      return;
    }
    eleventysError(error, message);
    if (fatal) process.exitCode = 1;
  }
  // After a failure Eleventy's summary ("Wrote 0 files in 1.00 seconds", in red) would only blur the report.
  const logger = eleventy.logger;
  const logWithOptions = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (options) => {
    if (options.color !== "red") logWithOptions(options);
  };
  handler.error = (error: unknown, message?: string) => report(error, message, serve === false);
  handler.fatal = (error: unknown, message?: string) => report(error, message, true);
  handler.once = (_type: string, error: unknown, message?: string) => report(error, message, serve === false);

  try {
    await eleventy.init();
    if (lang !== undefined) {
      const languages = loadLanguages(path.resolve("_data"));
      renderOnlyLanguages(eleventy.writer, path.resolve("content"), languages, builtLanguages(languages));
    }
    if (flags.has("--incremental")) eleventy.setIncrementalBuild(true);
    if (serve) {
      await eleventy.watch();
      const templates = (eleventy as unknown as EleventyInstance).writer.templateMap?.getMap().map((entry) => entry.inputPath) ?? [];
      const unwatched = await untilWatched(eleventy.watcher as unknown as ScanningWatcher, templates);
      if (unwatched.length > 0) {
        console.warn(
          `[watch] ${unwatched.length} files were still not watched after 60 s, so saving them may not rebuild: ${unwatched[0]}`,
        );
      }
      rebuildOnDelete(eleventy.watcher);
      if (flags.has("--incremental")) await writeBodySavesAtOnce(eleventy as unknown as EleventyInstance);
      eleventy.serve(port);
      process.on("SIGINT", async () => {
        await eleventy.stopWatch();
        process.exitCode = 0;
      });
    } else {
      await eleventy.write();
    }
  } catch (error) {
    report(error, "Eleventy could not build the site", true);
    process.exitCode = 1;
  }
}
