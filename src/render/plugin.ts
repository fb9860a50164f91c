// Rendering: .11ty.tsx templates run as 11ty.js modules, preact-render-to-string turns their JSX into HTML, and every
// page gets the stylesheet inlined.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { isValidElement, type VNode } from "preact";
import { renderFlow } from "../publish/page-bytes.ts";
import { renderDocument } from "./document.ts";
import { minifyCss } from "./styles.ts";

interface RenderContext {
  defaultRenderer(data: unknown): Promise<unknown>;
}

export function renderPlugin(eleventyConfig: UserConfig, options: { cssFile: string }): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: RenderContext, data: unknown): Promise<unknown> {
        // Rendered as a layout around a page's content: wait for a slot (src/publish/page-bytes.ts), bounding peak memory.
        const { content, page } = data as { content?: unknown; page?: { outputPath?: unknown } };
        if (renderFlow.slots && typeof content === "string" && typeof page?.outputPath === "string") {
          await renderFlow.slots.enter(page.outputPath);
        }
        const output = await this.defaultRenderer(data);
        if (!isValidElement(output)) return output; // XML and text templates return strings
        return renderDocument(output as VNode);
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
  // Data files only as <name>.11tydata.*: Eleventy otherwise also probes <article>.json, <article>.ts, … for every
  // template, thousands of file-system checks on a large site for files this project never writes.
  eleventyConfig.setDataFileSuffixes([".11tydata"]);
  // Directory data files written in TypeScript (content/content.11tydata.ts).
  // Eleventy asks once per template, not once per file: each import() of even a cached module goes through tsx's
  // loader thread, so the answer is kept per URL (0.3 s of a 2,000-article build in a CPU profile).
  const modules = new Map<string, Promise<unknown>>();
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: (filePath: string) => {
      // The file's modification time in the URL makes the dev server see edits instead of a cached module.
      const url = `${pathToFileURL(path.resolve(filePath)).href}?v=${statSync(filePath).mtimeMs}`;
      let loaded = modules.get(url);
      if (!loaded) {
        loaded = import(url).then((module: { default: unknown }) => module.default);
        modules.set(url, loaded);
      }
      return loaded;
    },
  });
  eleventyConfig.addWatchTarget(options.cssFile);
  // A function, so the dev server picks up edits on the next rebuild.
  eleventyConfig.addGlobalData("inlineCss", async () => minifyCss(readFileSync(options.cssFile, "utf8")));
}
