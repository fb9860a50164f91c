// Image policy: which sources the pipeline owns, what it makes of them (formats, widths, sizes per role), and the
// editor-facing problem lines when an image is missing, unreadable, corrupt or lacks alt text.
import { isInside } from "../content/paths.ts";
import path from "node:path";
import { problemLine } from "../content/editor-error.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";

/** Site paths the pipeline processes: the sources under content/images/, referenced site-absolute. */
export const imageUrlPrefix = "/images/";

/** Where encoded files are published. Their names hash the source's bytes, so hosts may cache them forever. */
export const encodedUrlPrefix = "/images/encoded/";

/**
 * Output widths: cards (~22rem) and phones at 1x–2x take 480/960, the ~44rem article column takes 960 at 1x and
 * 1440 at 2x. A fourth, wider step would double the encoding time for pixels no layout shows; dropping one makes the
 * readers it fits fetch the next width, 1.7–2.3× the bytes (npm run bench:images -- --formats).
 */
export const imageWidths = [480, 960, 1440];

/** A width only a little larger than the source's own is dropped in favour of the source width (eleventy-img's rule). */
export const widthThreshold = 1.1;

export type RasterFormat = "avif" | "webp" | "jpeg" | "png";

/**
 * AVIF (smallest) and a universally supported fallback; PNG keeps transparency. No WebP, by measurement
 * (`npm run bench:images -- --formats`): at the layout widths it is 15–25% larger than AVIF on the sample heroes (up
 * to twice on grainy photos), so it serves only a browser with WebP but no AVIF, a few per cent of readers, whose JPEG
 * costs 2–2.6× the WebP's bytes; for them WebP took a third of every image's published files and encodings.
 */
export function outputFormats(source: { hasAlpha: boolean }): { best: RasterFormat; fallback: RasterFormat } {
  return { best: "avif", fallback: source.hasAlpha ? "png" : "jpeg" };
}

/**
 * The fallback for browsers without AVIF, and the file crawlers read from <img src>: one width, the middle one (phones
 * at 2× and the article column at 1×). Three widths of it cost two files a hero that a few per cent of readers could
 * use, and those files are the room the search engines' shapes below take within a host's file cap (README).
 */
export const fallbackWidth = 960;

/**
 * A search result shows its thumbnail in a 160×90 frame: 320×180 covers 2× screens. A WebP (supported wherever the
 * search page's script runs) cut to the frame around the hero's focus, its own file.
 */
export const thumbnailSize = { width: 320, height: 180 };

/**
 * The hero in the three shapes Google's Article guidelines ask of structured data (16:9, 4:3 and 1:1, each over 50,000
 * pixels), as wide as the social card.
 */
export const searchEngineShapes = [
  { name: "16x9", width: 1200, height: 675 },
  { name: "4x3", width: 1200, height: 900 },
  { name: "1x1", width: 1200, height: 1200 },
] as const;

/**
 * Encoder settings, measured on the sample heroes and on grainy synthetic photos: AVIF effort 4 (sharp's default)
 * takes ~9× the time of effort 1 for ~20% fewer bytes, effort 2 up to 2× for ~3%; 4:2:0 chroma is smaller and
 * faster than 4:4:4 at no visible cost for photos. mozjpeg would double the time of a fallback modern browsers skip.
 */
export const encoderOptions = {
  sharpAvifOptions: { quality: 50, effort: 1, chromaSubsampling: "4:2:0" },
  sharpWebpOptions: { quality: 75, effort: 4 },
  sharpJpegOptions: { quality: 78, progressive: true },
  sharpPngOptions: { compressionLevel: 9 },
};

/** The prose column is `--measure: 70ch` inside a 1rem-padded wrap: about 44rem wide at most. */
export const proseSizes = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

/** The social card every article gets for og:image / twitter:image. */
export const socialCardSize = { width: 1200, height: 630 };
/** Cards are always encoded as JPEG (src/images/processor.ts), whatever the hero's format. */
export const socialCardType = "image/jpeg";

/**
 * What an <img> is for, read from the attributes layouts give it: the hero is the page's largest paint
 * (fetchpriority="high"), a layout image brings its own `sizes`, anything else is an image in the article's prose.
 */
export type ImageRole = "hero" | "layout" | "prose";

export function imageRole(attributes: Record<string, string>): ImageRole {
  if (attributes.fetchpriority === "high") return "hero";
  if (attributes.sizes) return "layout";
  return "prose";
}

/** Prose images are below the fold: lazy, decoded off the main thread, as wide as the column. */
export function proseAttributes(attributes: Record<string, string>): Record<string, string> {
  return { ...attributes, sizes: attributes.sizes ?? proseSizes, loading: "lazy", decoding: "async" };
}

/**
 * The site path of an <img src> the pipeline owns (query and fragment dropped), or undefined for any other src.
 * `siteUrl` also claims this site's absolute URLs: feed content has had its URLs made absolute before it gets here.
 */
export function sitePathOf(src: string | undefined, siteUrl = ""): string | undefined {
  const ownPrefix = siteUrl ? absoluteUrl(siteUrl, imageUrlPrefix) : undefined;
  const local = ownPrefix && src?.startsWith(ownPrefix) ? src.slice(ownPrefix.length - imageUrlPrefix.length) : src;
  if (!local?.startsWith(imageUrlPrefix)) return undefined;
  const bare = local.replace(/[?#].*$/, "");
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** The source file of a site path, or undefined when the path climbs out of content/images/. */
export function sourceFileOf(sitePath: string, inputDir: string): string | undefined {
  const file = path.resolve(inputDir, `.${path.posix.normalize(sitePath)}`);
  return isInside(file, path.resolve(inputDir, "images")) ? file : undefined;
}

export const isSvg = (file: string): boolean => path.extname(file).toLowerCase() === ".svg";

/** `content/ru/blog/x.md: image /images/x.png: expected …, found …` */
export function imageProblem(file: string, sitePath: string, expected: string, found: string): string {
  return problemLine(file, `image ${sitePath}`, expected, found);
}

export function missingAltProblem(file: string, sitePath: string): string {
  const expected = 'alt text (write ![description](...), or mark it decorative with an explicit empty alt ![""](...))';
  return imageProblem(file, sitePath, expected, "none");
}

/**
 * A body image must be a file of the site under content/images/: a remote one is a tracking pixel without width or
 * height, a relative one is published broken. undefined when the address is one the pipeline owns.
 */
export function bodyImageSourceProblem(file: string, src: string): string | undefined {
  if (src.startsWith(imageUrlPrefix)) return undefined;
  const expected = `a site-absolute path to a file under content/images/, such as ${imageUrlPrefix}blog/chart.png`;
  const remote = /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(src);
  return imageProblem(file, src, expected, remote ? "an image on another site" : "a relative path");
}

export function missingImageProblem(file: string, sitePath: string, sourceFile: string): string {
  return imageProblem(file, sitePath, `an image file at ${path.relative(process.cwd(), sourceFile) || sourceFile}`, "no such file");
}

/** Why a source could not be used, worded for an editor; `error` is what the file system or the decoder said. */
export function unusableImageProblem(file: string, sitePath: string, sourceFile: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const shown = path.relative(process.cwd(), sourceFile) || sourceFile;
  if (code === "ENOENT") return missingImageProblem(file, sitePath, sourceFile);
  if (code === "EACCES" || code === "EPERM") {
    return imageProblem(file, sitePath, `a readable image file at ${shown}`, "a file this build may not read (permission denied)");
  }
  if (code === "EISDIR") return imageProblem(file, sitePath, `an image file at ${shown}`, "a folder");
  const reason = firstLine(error instanceof Error ? error.message : String(error));
  return imageProblem(file, sitePath, "a webp, jpeg, png or svg image", `a file the image decoder rejects (${reason})`);
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? "";
  // eleventy-img wraps sharp's message; the editor needs sharp's words, not the wrapper's.
  return line.replace(/^.*Original error: /, "").trim() || "no details";
}
