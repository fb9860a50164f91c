// Writes every list page into the output folder outside Eleventy's pagination: a record of a few hundred bytes a page
// instead of Eleventy's paginated template (about 360 KB each), through the same layouts and page transforms.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { VNode } from "preact";
import { renderDocument } from "../render/document.ts";
import type { ListPageEntry } from "./list-pages.ts";

/** What Eleventy's transforms are told about a page (its renderTransforms filter runs them all). */
export interface PageEntry {
  url: string;
  outputPath: string;
  inputPath: string;
}

export interface ListWriterOptions {
  pages: readonly ListPageEntry[];
  outputDir: string;
  /** The template that writes them, so a transform's error names a file. */
  inputPath: string;
  render(page: ListPageEntry): VNode;
  transform(html: string, page: PageEntry): Promise<string | Uint8Array>;
}

// Pages in flight at once: enough to keep the image step's encoders busy, few enough that memory stays flat.
const concurrency = 16;

/** Renders, transforms and writes every page; the first failure stops the rest and is the build's failure. */
export async function writeListPages(options: ListWriterOptions): Promise<void> {
  const { pages } = options;
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let page = pages[next++]; page && !failed; page = pages[next++]) {
      const outputPath = path.join(options.outputDir, page.url, "index.html");
      try {
        const content = await options.transform(renderDocument(options.render(page)), {
          url: page.url,
          outputPath,
          inputPath: options.inputPath,
        });
        // In one step: the publish stage lets go of a page's bytes once its file has its full size (page-bytes.ts),
        // which an asynchronous write could still be reading.
        mkdirSync(path.dirname(outputPath), { recursive: true });
        writeFileSync(outputPath, content);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
}
