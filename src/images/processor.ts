// Encodes source images through eleventy-img into a persistent cache folder, once per source per build, and copies
// the files a build uses into its output; counts what was encoded and what came from the cache.
import { EditorError } from "../content/editor-error.ts";
import { svgProblems } from "./svg-safety.ts";
import { stat } from "node:fs/promises";
import path from "node:path";
import Image, { type ImageMetadata, type ImageOptions } from "@11ty/eleventy-img";
import sharp, { type Sharp } from "sharp";
import { encodedUrlPrefix, encoderOptions, imageWidths, outputFormats, socialCardSize, thumbnailWidth, widthThreshold } from "./policy.ts";
import { OutputFiles } from "./output-files.ts";
import type { ImageOutputs } from "./picture.ts";

export interface ImageCounts {
  /** Distinct sources, social cards and thumbnails handled this build. */
  images: number;
  /** Of those, the ones with at least one file encoded (the others came whole from the cache). */
  encoded: number;
  /** Files encoded: formats × widths of the encoded sources, plus cards and thumbnails. */
  files: number;
  /** Of `images`, the social cards. */
  cards: number;
  /** Of `images`, the search thumbnails (the rest, neither cards nor thumbnails, are raster sources). */
  thumbnails: number;
  /** SVG sources, copied as they are. */
  svg: number;
}

export interface ProcessorOptions {
  /** The persistent cache (e.g. .cache/images): eleventy-img writes there and skips outputs that already exist. */
  cacheDir: string;
  /** The build's output folder (_site). */
  outputDir: string;
  onQueued?: () => void;
  onDone?: () => void;
}

export class ImageProcessor {
  readonly counts: ImageCounts = { images: 0, encoded: 0, files: 0, cards: 0, thumbnails: 0, svg: 0 };
  private readonly jobs = new Map<string, Promise<unknown>>();
  private readonly files = new OutputFiles();
  private firstQueued: number | undefined;
  private lastDone: number | undefined;

  constructor(private readonly options: ProcessorOptions) {}

  /** Time from the first image queued to the last one done: the pipeline's share of the build. */
  get elapsedMs(): number {
    return this.firstQueued !== undefined && this.lastDone !== undefined ? this.lastDone - this.firstQueued : 0;
  }

  /** AVIF and a JPEG (or PNG, for a source with transparency) fallback at the layout widths. */
  responsive(sourceFile: string): Promise<ImageOutputs> {
    return this.once(`responsive:${sourceFile}`, async () => {
      const { hasAlpha } = await sharp(sourceFile).metadata();
      const formats = outputFormats({ hasAlpha: hasAlpha === true });
      const metadata = await this.encode(sourceFile, { widths: imageWidths, formats, minimumThreshold: widthThreshold });
      await this.publish(metadata);
      return formats.flatMap((format) => (metadata[format] ? [{ format, outputs: metadata[format] }] : []));
    });
  }

  /** The 1200×630 JPEG cut from the middle of `sourceFile`, published at `sitePath`. */
  socialCard(sourceFile: string, sitePath: string): Promise<void> {
    return this.once(`card:${sourceFile}`, async () => {
      const { width, height } = socialCardSize;
      const metadata = await this.encode(sourceFile, {
        widths: [width],
        formats: ["jpeg"],
        // One name whatever the source's width, so a small source's upscaled card is found in the cache next time.
        filenameFormat: (hash) => `${hash}-card-${width}x${height}.jpeg`,
        crop: (image: Sharp) => image.flatten({ background: "#ffffff" }).resize(width, height, { fit: "cover" }),
      });
      const card = metadata.jpeg?.[0]?.outputPath;
      if (!card) throw new Error(`eleventy-img made no social card for ${sourceFile}`);
      this.counts.cards += 1;
      return card;
    }).then((card) => this.files.place(card, path.join(this.options.outputDir, sitePath), "link"));
  }

  /** The social card as published at `sitePath`, and its size in bytes (what an RSS enclosure names). */
  async socialCardBytes(sourceFile: string, sitePath: string): Promise<number> {
    await this.socialCard(sourceFile, sitePath);
    return (await stat(path.join(this.options.outputDir, sitePath))).size;
  }

  /**
   * The hero's search thumbnail, a WebP `thumbnailWidth` wide (or the source's width, if smaller), published at
   * `sitePath`: its own encoding, so it never repeats the bytes of a file <picture> names (an SVG is rasterized).
   */
  thumbnail(sourceFile: string, sitePath: string): Promise<void> {
    return this.once(`thumbnail:${sourceFile}`, async () => {
      const metadata = await this.encode(sourceFile, {
        widths: [thumbnailWidth],
        formats: ["webp"],
        // One name whatever the source's width, so a small source's thumbnail is found in the cache next time.
        filenameFormat: (hash) => `${hash}-thumb-${thumbnailWidth}.webp`,
      });
      const thumbnail = metadata.webp?.[0]?.outputPath;
      if (!thumbnail) throw new Error(`eleventy-img made no thumbnail for ${sourceFile}`);
      this.counts.thumbnails += 1;
      return thumbnail;
    }).then((thumbnail) => this.files.place(thumbnail, path.join(this.options.outputDir, sitePath), "link"));
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
  private async encode(sourceFile: string, options: ImageOptions & { crop?: (image: Sharp) => Sharp }): Promise<ImageMetadata> {
    const { mtimeMs, size } = await stat(sourceFile);
    let encodedFiles = 0;
    const { crop, ...imageOptions } = options;
    const metadata = await Image(sourceFile, {
      ...encoderOptions,
      ...imageOptions,
      outputDir: this.options.cacheDir,
      urlPath: encodedUrlPrefix,
      failOnError: true,
      // Not part of the file names: it only keeps eleventy-img's in-memory cache from serving an edited file's old
      // result to the dev server's next build.
      sourceVersion: `${mtimeMs}:${size}`,
      // eleventy-img calls `transform` just before encoding an output, never for one found in the cache.
      transform: function encodeOutput(image: Sharp) {
        encodedFiles += 1;
        crop?.(image);
      },
    });
    this.counts.images += 1;
    this.counts.files += encodedFiles;
    if (encodedFiles > 0) this.counts.encoded += 1;
    return metadata;
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
