// Markup for a processed image: <picture> with one <source> per modern format, an <img> fallback with width and
// height (so nothing shifts while loading), and the <link rel="preload"> a hero image gets in <head>. Void elements
// are self-closed (<img />), the style the layouts and markdown write.
import { escapeAttribute } from "../seo/xml.ts";

/** One encoded file, as eleventy-img describes it. */
export interface ImageOutput {
  url: string;
  width: number;
  height: number;
  format: string;
  sourceType: string;
  /** The file in the image cache (not published as such). */
  outputPath?: string;
}

/** Encoded files by format, in preference order (best first, fallback last), each list by ascending width. */
export type ImageOutputs = Array<{ format: string; outputs: ImageOutput[] }>;

/** Attributes the pipeline reads but never publishes: which hero to cut crops from and where, whose hero an image is. */
const internalAttributes = new Set(["data-hero-crops", "data-article-file"]);
/** Attributes of the original <img> that the encoded files decide. */
const replacedAttributes = new Set(["src", "srcset", "sizes", "width", "height"]);

function attributesHtml(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([name, value]) => value !== undefined && !internalAttributes.has(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
}

/** A single candidate needs no width descriptor (nor `sizes`); several are listed with theirs. */
export function srcset(outputs: ImageOutput[]): string {
  if (outputs.length === 1) return outputs[0]?.url ?? "";
  return outputs.map((output) => `${output.url} ${output.width}w`).join(", ");
}

function largest(outputs: ImageOutput[]): ImageOutput {
  const output = outputs[outputs.length - 1];
  if (!output) throw new Error("An image format without any encoded file");
  return output;
}

/**
 * The <picture> replacing an <img>: `attributes` are the original ones (alt, loading, class…); src, srcset, width and
 * height come from the encoded files. The fallback <img> points at the largest file, the one crawlers should see.
 */
export function pictureHtml(formats: ImageOutputs, attributes: Record<string, string>): string {
  const fallback = formats[formats.length - 1];
  if (!fallback) throw new Error(`No encoded files for ${attributes.src ?? "an image"}`);
  // `sizes` goes with each srcset of several widths (the AVIF one); a single fallback file needs none.
  const sizesFor = (outputs: ImageOutput[]): string | undefined => (outputs.length > 1 ? attributes.sizes : undefined);
  const several = fallback.outputs.length > 1;
  const sources = formats
    .slice(0, -1)
    .map(
      ({ outputs }) => `<source${attributesHtml({ type: outputs[0]?.sourceType, srcset: srcset(outputs), sizes: sizesFor(outputs) })} />`,
    );
  const rest = Object.fromEntries(Object.entries(attributes).filter(([name]) => !replacedAttributes.has(name)));
  const biggest = largest(fallback.outputs);
  const img = `<img${attributesHtml({
    src: biggest.url,
    srcset: several ? srcset(fallback.outputs) : undefined,
    sizes: sizesFor(fallback.outputs),
    width: biggest.width,
    height: biggest.height,
    ...rest,
  })} />`;
  return `<picture>${sources.join("")}${img}</picture>`;
}

/**
 * Starts the hero's download before the parser reaches it. Only the first (best) format is preloaded: `type` makes a
 * browser that cannot decode it skip the preload instead of fetching a file it will not use.
 */
export function preloadHtml(formats: ImageOutputs, sizes: string | undefined): string {
  const best = formats[0];
  if (!best) return "";
  const several = best.outputs.length > 1;
  return `<link${attributesHtml({
    rel: "preload",
    as: "image",
    href: several ? undefined : best.outputs[0]?.url,
    imagesrcset: several ? srcset(best.outputs) : undefined,
    imagesizes: several ? sizes : undefined,
    type: best.outputs[0]?.sourceType,
    fetchpriority: "high",
  })} />`;
}

/** An <img> kept as it is (an SVG) with only the given attributes added or replaced. */
export function imgHtml(attributes: Record<string, string | number | undefined>): string {
  return `<img${attributesHtml(attributes)} />`;
}
