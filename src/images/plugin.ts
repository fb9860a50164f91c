// Images: every /images/… <img> of every built page becomes a responsive <picture>, encoded once into a persistent
// cache; the terminal shows progress and, at the end, how many images were encoded and how many came from the cache.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { displayPath } from "../content/front-matter.ts";
import type { Article } from "../content/articles.ts";
import { socialCardCrop } from "./derived.ts";
import { sourceFileOf } from "./policy.ts";
import { optimizePage } from "./page.ts";
import { ImageProcessor, type ImageCounts } from "./processor.ts";
import { ImageProgress } from "./progress.ts";

export interface ImagesPluginOptions {
  /** Where encoded files are kept between builds (outside the output, which may be wiped). */
  cacheDir: string;
  /** Eleventy's input folder: /images/x.png is <inputDir>/images/x.png. */
  inputDir: string;
  /** The site's absolute URL: feed content names images with it. */
  siteUrl: string;
  /** Site paths of images that pages name outside an <img> (the site's default social card): copied as they are. */
  publishAsIs?: string[];
}

export function imagesPlugin(eleventyConfig: UserConfig, options: ImagesPluginOptions): void {
  let build: { processor: ImageProcessor; progress: ImageProgress } | undefined;

  eleventyConfig.on("eleventy.before", ({ directories }) => {
    const progress = new ImageProgress({ write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true });
    const processor = new ImageProcessor({
      cacheDir: path.resolve(options.cacheDir),
      outputDir: path.resolve(directories.output),
      onQueued: () => progress.queued(),
      onDone: () => progress.done(),
    });
    build = { processor, progress };
  });

  eleventyConfig.addTransform("images", async function (content) {
    const outputPath = this.page.outputPath;
    if (!build || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    const file = displayPath(this.page.inputPath);
    return optimizePage(content, { file, inputDir: options.inputDir, siteUrl: options.siteUrl, processor: build.processor });
  });

  eleventyConfig.on("eleventy.after", () => {
    if (!build) return;
    build.progress.finish();
    const line = summary(build.processor.counts, build.processor.elapsedMs);
    if (line) console.log(line);
  });

  // Feeds name each article's social card with its size in bytes (an RSS enclosure's length), which only the
  // published file knows: the card is made here if the article's page has not made it yet.
  eleventyConfig.addJavaScriptFunction("socialCardBytes", async (hero: Pick<Article, "heroImage" | "heroFocus">): Promise<number> => {
    const sourceFile = sourceFileOf(hero.heroImage, options.inputDir);
    if (!build || !sourceFile)
      throw new Error(`No social card for ${hero.heroImage}: ${build ? "not under /images/" : "no build running"}`);
    return build.processor.cropBytes(sourceFile, socialCardCrop(hero));
  });

  for (const sitePath of options.publishAsIs ?? []) {
    eleventyConfig.addPassthroughCopy({ [path.join(options.inputDir, sitePath)]: sitePath.replace(/^\/+/, "") });
  }

  // Editing an image rebuilds the pages in the dev server.
  eleventyConfig.addWatchTarget(path.join(options.inputDir, "images"));
}

/**
 * "[images] 2 encoded (14 files), 18 from cache: 8 sources, 6 social cards, 18 shapes, 6 thumbnails, 1 svg in 3.1 s": benches and
 * tests read it.
 */
export function summary(counts: ImageCounts, elapsedMs: number): string | undefined {
  if (counts.images + counts.svg === 0) return undefined;
  const what = [
    `${counts.images - counts.cards - counts.shapes - counts.thumbnails} sources`,
    `${counts.cards} social cards`,
    `${counts.shapes} shapes`,
    `${counts.thumbnails} thumbnails`,
    ...(counts.svg > 0 ? [`${counts.svg} svg`] : []),
  ];
  const seconds = (elapsedMs / 1000).toFixed(1);
  const cached = counts.images - counts.encoded;
  return `[images] ${counts.encoded} encoded (${counts.files} files), ${cached} from cache: ${what.join(", ")} in ${seconds} s`;
}
