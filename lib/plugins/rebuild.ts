// Dev server: a save that changes an article's body only re-renders that article and the feeds, not the whole site.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { ArticleFrontMatters, type RebuildScope } from "../rebuild-scope.ts";

export interface RebuildOptions {
  inputDir: string;
  /** Page templates (relative to inputDir) that carry article bodies: re-rendered after any article edit. */
  bodyTemplates: string[];
}

/**
 * `npm start` runs Eleventy with --incremental: one saved file per build, and every template's engine asks its
 * extension entries' isIncrementalMatch whether the saved file concerns it (TemplateContent.isFileRelevantToThisTemplate).
 * Before the build, the saved file is compared with its last built version: a changed front matter, a new or deleted
 * article, or any other file means every template answers yes, which renders everything like a full build.
 */
export function rebuildPlugin(eleventyConfig: UserConfig, options: RebuildOptions): void {
  const frontMatters = new ArticleFrontMatters(options.inputDir);
  const bodyTemplates = new Set(options.bodyTemplates.map((template) => path.resolve(options.inputDir, template)));
  let scope: RebuildScope = { kind: "everything" };
  let loaded = false;

  function isIncrementalMatch(this: { inputPath: string }): boolean {
    if (scope.kind === "everything") return true;
    const template = path.resolve(this.inputPath);
    return template === scope.article || bodyTemplates.has(template);
  }
  // Eleventy reads isIncrementalMatch from every addExtension entry whose key is the template's engine; an entry for
  // an extension no file has adds the question without overriding markdown or the TSX pages (an override of "md"
  // itself loses Eleventy's extension map in 3.1 and fails).
  eleventyConfig.addExtension("rebuild-scope-md", { key: "md", isIncrementalMatch });
  eleventyConfig.addExtension("rebuild-scope-tsx", { key: "11ty.tsx", isIncrementalMatch });

  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    // The first build (or the first after a config reset) records every article as built.
    if (runMode === "build" || loaded) return;
    frontMatters.load();
    loaded = true;
  });
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    const [saved] = changedFiles;
    scope = changedFiles.length === 1 && saved ? frontMatters.scopeOfSave(saved) : { kind: "everything" };
    if (scope.kind === "article-body") {
      console.log(`[rebuild] ${path.relative(".", scope.article)}: front matter unchanged, rendering it and the feeds only`);
    }
  });
}
