// One built page's images: each /images/… <img> becomes a responsive <picture> (SVG stays as it is), the hero gets a
// preload in <head> and the article its social card and search thumbnail; every unusable image becomes one
// editor-facing line.
import { existsSync } from "node:fs";
import { EditorError } from "../content/editor-error.ts";
import { focusOfAttribute, heroCrops } from "./derived.ts";
import { displayPath } from "../content/front-matter.ts";
import { applyEdits, findImages, mayHaveImages, type Edit, type FoundImage } from "./img-tags.ts";
import type { ImageProcessor } from "./processor.ts";
import {
  imageProblem,
  imageRole,
  imageUrlPrefix,
  isSvg,
  proseAttributes,
  sitePathOf,
  sourceFileOf,
  unusableImageProblem,
} from "./policy.ts";
import { imgHtml, pictureHtml, preloadHtml, type ImageOutputs } from "./picture.ts";

export interface PageContext {
  /** The page's source, as the editor sees it (content/ru/blog/x.md), for problem lines. */
  file: string;
  /** Eleventy's input folder: /images/x.png is content/images/x.png. */
  inputDir: string;
  processor: ImageProcessor;
  /** The site's absolute URL, whose /images/ URLs (in feeds) are the pipeline's too. */
  siteUrl: string;
}

interface Rewritten {
  edit: Edit;
  preload?: string;
}

export async function optimizePage(html: string, context: PageContext): Promise<string> {
  if (!mayHaveImages(html)) return html;
  const { images, headEnd } = findImages(html);
  const owned = images.filter((image) => sitePathOf(image.attributes.src, context.siteUrl) !== undefined);
  if (owned.length === 0) return html;
  const results = await Promise.allSettled(owned.map((image) => rewrite(image, context)));
  const problems = results.flatMap((result) => (result.status === "rejected" ? [problemOf(result.reason)] : []));
  if (problems.length > 0) throw new EditorError([...new Set(problems)]);
  const rewritten = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const edits = rewritten.map(({ edit }) => edit);
  const preloads = rewritten.flatMap(({ preload }) => (preload ? [preload] : []));
  if (preloads.length > 0 && headEnd !== undefined) edits.push({ range: [headEnd, headEnd], html: preloads.join("") });
  return applyEdits(html, edits);
}

/** A problem an editor can fix, already worded; anything else is a bug and keeps its stack. */
class ImageProblem extends Error {}

function problemOf(reason: unknown): string {
  if (reason instanceof ImageProblem) return reason.message;
  throw reason;
}

async function rewrite(image: FoundImage, pageContext: PageContext): Promise<Rewritten> {
  // A thumbnail on a list page names its article, so a broken hero is reported against the file to fix.
  const articleFile = image.attributes["data-article-file"];
  const context = articleFile ? { ...pageContext, file: displayPath(articleFile) } : pageContext;
  const src = image.attributes.src ?? "";
  const sitePath = sitePathOf(src, context.siteUrl) ?? "";
  // An absolute src keeps its origin: the encoded files are named the same way.
  const origin = src.startsWith(imageUrlPrefix) ? "" : context.siteUrl;
  const role = imageRole(image.attributes);
  const attributes = role === "prose" ? proseAttributes(image.attributes) : image.attributes;
  if (attributes.alt === undefined) {
    throw new ImageProblem(imageProblem(context.file, sitePath, 'an alt attribute (alt="" for a decorative image)', "none"));
  }
  const sourceFile = sourceFileOf(sitePath, context.inputDir);
  if (!sourceFile) throw new ImageProblem(imageProblem(context.file, sitePath, "a path inside /images/", `"${sitePath}"`));
  if (!existsSync(sourceFile)) {
    throw new ImageProblem(unusableImageProblem(context.file, sitePath, sourceFile, Object.assign(new Error(), { code: "ENOENT" })));
  }
  try {
    const cropsAttribute = attributes["data-hero-crops"];
    const focus = cropsAttribute === undefined ? undefined : focusOfAttribute(cropsAttribute);
    const crops = focus ? heroCrops({ heroImage: sitePath, heroFocus: focus }) : [];
    const derived = Promise.all(crops.map((crop) => context.processor.crop(sourceFile, crop)));
    if (isSvg(sourceFile)) {
      const [size] = await Promise.all([context.processor.svg(sourceFile, sitePath), derived]);
      // An SVG scales by itself: no srcset, so no sizes either.
      const { sizes: _sizes, ...kept } = attributes;
      return { edit: { range: image.range, html: imgHtml({ src: kept.src, ...size, ...kept }) } };
    }
    const [local] = await Promise.all([context.processor.responsive(sourceFile), derived]);
    const formats = origin ? withOrigin(local, origin) : local;
    const preload = role === "hero" ? preloadHtml(formats, attributes.sizes) : undefined;
    return { edit: { range: image.range, html: pictureHtml(formats, attributes) }, ...(preload ? { preload } : {}) };
  } catch (error) {
    throw new ImageProblem(unusableImageProblem(context.file, sitePath, sourceFile, error));
  }
}

function withOrigin(formats: ImageOutputs, origin: string): ImageOutputs {
  return formats.map(({ format, outputs }) => ({ format, outputs: outputs.map((output) => ({ ...output, url: origin + output.url })) }));
}
