// .11ty.tsx templates: Eleventy runs them as 11ty.js modules, preact-render-to-string turns their JSX into HTML.
import { statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { isValidElement, type VNode } from "preact";
import { render } from "preact-render-to-string";

interface RenderContext {
  defaultRenderer(data: unknown): Promise<unknown>;
}

export function tsxPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: RenderContext, data: unknown): Promise<unknown> {
        const output = await this.defaultRenderer(data);
        if (!isValidElement(output)) return output; // XML and text templates return strings
        const html = render(output as VNode);
        return html.startsWith("<html") ? `<!DOCTYPE html>\n${html}` : html;
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
  // Data files only as <name>.11tydata.*: Eleventy otherwise also probes <article>.json, <article>.ts, … for every
  // template, thousands of file-system checks on a large site for files this project never writes.
  eleventyConfig.setDataFileSuffixes([".11tydata"]);
  // Directory data files written in TypeScript (content/content.11tydata.ts). Eleventy asks once per template: the
  // module is kept per version, since each import() goes through tsx's loader thread (90 ms a 2,000-page build).
  const modules = new Map<string, Promise<unknown>>();
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: (filePath: string) => {
      // The file's modification time in the URL makes the dev server see edits instead of a cached module.
      const url = `${pathToFileURL(path.resolve(filePath)).href}?v=${statSync(filePath).mtimeMs}`;
      let module = modules.get(url);
      if (!module) {
        module = import(url).then((loaded: { default: unknown }) => loaded.default);
        modules.set(url, module);
      }
      return module;
    },
  });
}
