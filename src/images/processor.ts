// Encodes source images through eleventy-img into a persistent cache folder, once per source per build, and copies
// the files a build uses into its output; counts what was encoded and what came from the cache.
import { EditorError } from "../content/editor-error.ts";
import { svgProblems } from "./svg-safety.ts";
import { stat } from "node:fs/promises";
import path from "node:path";
import Image, { type ImageMetadata, type ImageOptions } from "@11ty/eleventy-img";
import sharp, { type Metadata, type Sharp } from "sharp";
import { cropBox } from "./crop.ts";
import type { HeroCrop } from "./derived.ts";
import { encodedUrlPrefix, encoderOptions, fallbackWidth, imageWidths, outputFormats, widthThreshold } from "./policy.ts";
import { OutputFiles } from "./output-files.ts";
import type { ImageOutputs } from "./picture.ts";

export interface ImageCounts {
  /** Distinct sources and crops handled this build. */
  images: number;
  /** Of those, the ones with at least one file encoded (the others came whole from the cache). */
  encoded: number;
  /** Files encoded: formats × widths of the encoded sources, plus crops. */
  files: number;
  /** Of `images`, the social cards. */
  cards: number;
  /** Of `images`, the search engines' shapes of heroes (16:9, 4:3, 1:1). */
  shapes: number;
  /** Of `images`, the search thumbnails (the rest, neither cards nor thumbnails, are raster sources). */
  thumbnails: number;
  /** SVG sources, copied as they are. */
  svg: number;
}

/** Which count a crop of each kind adds to. */
const cropCounts = { card: "cards", shape: "shapes", thumbnail: "thumbnails" } as const satisfies Record<
  HeroCrop["kind"],
  keyof ImageCounts
>;

export interface ProcessorOptions {
  /** The persistent cache (e.g. .cache/images): eleventy-img writes there and skips outputs that already exist. */
  cacheDir: string;
  /** The build's output folder (_site). */
  outputDir: string;
  onQueued?: () => void;
  onDone?: () => void;
}

export class ImageProcessor {
  readonly counts: ImageCounts = { images: 0, encoded: 0, files: 0, cards: 0, shapes: 0, thumbnails: 0, svg: 0 };
  private readonly jobs = new Map<string, Promise<unknown>>();
  private readonly headers = new Map<string, Promise<Metadata>>();
  private readonly files = new OutputFiles();
  private firstQueued: number | undefined;
  private lastDone: number | undefined;

  constructor(private readonly options: ProcessorOptions) {}

  /** Time from the first image queued to the last one done: the pipeline's share of the build. */
  get elapsedMs(): number {
    return this.firstQueued !== undefined && this.lastDone !== undefined ? this.lastDone - this.firstQueued : 0;
  }

  /** AVIF at the layout widths, and one JPEG (or PNG, for a source with transparency) as the fallback. */
  responsive(sourceFile: string): Promise<ImageOutputs> {
    return this.once(`responsive:${sourceFile}`, async () => {
      const { hasAlpha } = await this.metadata(sourceFile);
      const { best, fallback } = outputFormats({ hasAlpha: hasAlpha === true });
      // Two calls, one name scheme: eleventy-img's hash leaves widths and formats out, so both share one cache name.
      const [modern, legacy] = await Promise.all([
        this.encode(sourceFile, { widths: imageWidths, formats: [best], minimumThreshold: widthThreshold }),
        this.encode(sourceFile, { widths: [fallbackWidth], formats: [fallback], minimumThreshold: widthThreshold }),
      ]);
      this.tally(modern.encodedFiles + legacy.encodedFiles);
      const metadata = { ...modern.metadata, ...legacy.metadata };
      await this.publish(metadata);
      return [best, fallback].flatMap((format) => (metadata[format] ? [{ format, outputs: metadata[format] }] : []));
    });
  }

  /**
   * One of a hero's crops (src/images/derived.ts): the largest box of its shape around its focus, resized to its size
   * (a small source is enlarged, so every crop has the size its page names), published at its path.
   */
  crop(sourceFile: string, crop: HeroCrop): Promise<void> {
    const { width, height, format, focus } = crop;
    const variant = `${width}x${height}.${format}@${focus.x},${focus.y}`;
    return this.once(`crop:${sourceFile}:${variant}`, async () => {
      const { width: sourceWidth = 0, height: sourceHeight = 0, autoOrient } = await this.metadata(sourceFile);
      const box = cropBox(autoOrient ?? { width: sourceWidth, height: sourceHeight }, crop, focus);
      const { metadata, encodedFiles } = await this.encode(sourceFile, {
        widths: [width],
        formats: [format],
        variant,
        // The focus is in the name: eleventy-img's hash knows nothing of a transform, so a moved focus needs a new file.
        filenameFormat: (hash) => `${hash}-crop-${width}x${height}-${focus.x}-${focus.y}.${format}`,
        // Oriented first, so the box is in the picture's own upright coordinates; JPEG has no transparency to keep.
        crop: (image: Sharp) => {
          image.autoOrient();
          if (format === "jpeg") image.flatten({ background: "#ffffff" });
          return image.extract(box).resize(width, height, { fit: "fill" });
        },
      });
      this.tally(encodedFiles);
      const file = metadata[format]?.[0]?.outputPath;
      if (!file) throw new Error(`eleventy-img made no ${width}×${height} crop of ${sourceFile}`);
      this.counts[cropCounts[crop.kind]] += 1;
      return file;
    }).then((file) => this.files.place(file, path.join(this.options.outputDir, crop.path), "link"));
  }

  /** A crop as published, and its size in bytes (what an RSS enclosure names). */
  async cropBytes(sourceFile: string, crop: HeroCrop): Promise<number> {
    await this.crop(sourceFile, crop);
    return (await stat(path.join(this.options.outputDir, crop.path))).size;
  }

  /** An SVG is published untouched at its own path; its size (for width/height) comes from its root element. */
  svg(sourceFile: string, sitePath: string): Promise<{ width?: number; height?: number }> {
    return this.once(`svg:${sourceFile}`, async () => {
      // The content check reports these before the build; this keeps an SVG that changed since from being published.
      const problems = svgProblems(sourceFile, path.relative(process.cwd(), sourceFile));
      if (problems.length > 0) throw new EditorError(problems);
      const { width, height } = await sharp(sourceFile).metadata();
      await this.files.place(sourceFile, path.join(this.options.outputDir, sitePath), "copy");
      this.counts.svg += 1;
      return { width, height };
    });
  }

  /** A source's header, read once a build: a hero's <picture> and its five crops all ask for it. */
  private metadata(sourceFile: string): Promise<Metadata> {
    let header = this.headers.get(sourceFile);
    if (!header) {
      header = sharp(sourceFile).metadata();
      this.headers.set(sourceFile, header);
    }
    return header;
  }

  /** The same source with the same options is handled once a build, however many pages show it. */
  private once<T>(key: string, job: () => Promise<T>): Promise<T> {
    let running = this.jobs.get(key) as Promise<T> | undefined;
    if (!running) {
      this.firstQueued ??= Date.now();
      this.options.onQueued?.();
      running = job().finally(() => {
        this.lastDone = Date.now();
        this.options.onDone?.();
      });
      this.jobs.set(key, running);
    }
    return running;
  }

  /**
   * eleventy-img names outputs by a hash of the source's bytes and encoder options, and skips any output whose file
   * already exists in the cache folder: an unchanged source costs a hash and a header read, a changed one is encoded.
   */
  private async encode(
    sourceFile: string,
    options: ImageOptions & { crop?: (image: Sharp) => Sharp; variant?: string },
  ): Promise<{ metadata: ImageMetadata; encodedFiles: number }> {
    const { mtimeMs, size } = await stat(sourceFile);
    let encodedFiles = 0;
    const { crop, variant, ...imageOptions } = options;
    const metadata = await Image(sourceFile, {
      ...encoderOptions,
      ...imageOptions,
      outputDir: this.options.cacheDir,
      urlPath: encodedUrlPrefix,
      failOnError: true,
      // Not part of the file names: it only keeps eleventy-img's in-memory cache from serving an edited file's old
      // result to the dev server's next build, or one crop's result for another (that cache names functions, not
      // what they do).
      sourceVersion: `${mtimeMs}:${size}${variant ? `:${variant}` : ""}`,
      // eleventy-img calls `transform` just before encoding an output, never for one found in the cache.
      transform: function encodeOutput(image: Sharp) {
        encodedFiles += 1;
        crop?.(image);
      },
    });
    return { metadata, encodedFiles };
  }

  /** One image handled: `encodedFiles` of its files were encoded, the rest came from the cache. */
  private tally(encodedFiles: number): void {
    this.counts.images += 1;
    this.counts.files += encodedFiles;
    if (encodedFiles > 0) this.counts.encoded += 1;
  }

  private async publish(metadata: ImageMetadata): Promise<void> {
    const files = Object.values(metadata).flat();
    await Promise.all(
      files.map((file) => {
        if (!file.outputPath || !file.filename) throw new Error(`eleventy-img gave no file for ${file.url}`);
        return this.files.place(file.outputPath, path.join(this.options.outputDir, encodedUrlPrefix, file.filename), "link");
      }),
    );
  }
}
