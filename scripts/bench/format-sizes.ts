// Bytes per format and width for sample hero images, encoded with the pipeline's own settings: the measurement behind
// the formats and widths in src/images/policy.ts (npm run bench:images -- --formats).
import { readdirSync } from "node:fs";
import path from "node:path";
import sharp, { type AvifOptions } from "sharp";
import { encoderOptions } from "../../src/images/policy.ts";

export const measuredFormats = ["avif", "webp", "jpeg"] as const;
export type MeasuredFormat = (typeof measuredFormats)[number];

/** Bytes of one source at each measured width and format (a width above the source's own is left out). */
export interface SourceSizes {
  file: string;
  width: number;
  bytes: Map<number, Record<MeasuredFormat, number>>;
}

/** Resizes as eleventy-img does (never enlarging) and encodes with the options the build passes it. */
async function encodedBytes(file: string, width: number, format: MeasuredFormat): Promise<number> {
  const image = sharp(file).resize({ width, withoutEnlargement: true });
  const encoded =
    format === "avif"
      ? image.avif(encoderOptions.sharpAvifOptions as AvifOptions)
      : format === "webp"
        ? image.webp(encoderOptions.sharpWebpOptions)
        : image.jpeg(encoderOptions.sharpJpegOptions);
  return (await encoded.toBuffer()).length;
}

export async function measureSource(file: string, widths: number[]): Promise<SourceSizes> {
  const { width = 0 } = await sharp(file).metadata();
  const bytes = new Map<number, Record<MeasuredFormat, number>>();
  for (const target of widths.filter((candidate) => candidate <= width)) {
    const row = { avif: 0, webp: 0, jpeg: 0 };
    for (const format of measuredFormats) row[format] = await encodedBytes(file, target, format);
    bytes.set(target, row);
  }
  return { file, width, bytes };
}

/** Raster images of a folder (not recursive). */
export function rasterFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.(jpe?g|png|webp)$/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(8);
const ratio = (part: number, whole: number): string => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : "n/a").padStart(6);

/**
 * Per group and width: mean KB per format, AVIF and WebP as a share of the JPEG fallback, and what a reader who would
 * have used WebP pays for JPEG instead. Then each width's bytes against the next narrower one (what a reader fetches
 * more when that narrower width is missing).
 */
export function formatReport(group: string, sources: SourceSizes[], widths: number[]): string[] {
  const lines = [`\n${group}: ${sources.length} images`, "  width   AVIF KB  WebP KB  JPEG KB   AVIF/JPEG  WebP/JPEG  JPEG/WebP  (n)"];
  const means = new Map<number, Record<MeasuredFormat, number>>();
  for (const width of widths) {
    const rows = sources.flatMap((source) => {
      const row = source.bytes.get(width);
      return row ? [row] : [];
    });
    if (rows.length === 0) continue;
    const mean = (format: MeasuredFormat): number => rows.reduce((sum, row) => sum + row[format], 0) / rows.length;
    const row = { avif: mean("avif"), webp: mean("webp"), jpeg: mean("jpeg") };
    means.set(width, row);
    lines.push(
      `  ${String(width).padStart(5)} ${kb(row.avif)} ${kb(row.webp)} ${kb(row.jpeg)}   ${ratio(row.avif, row.jpeg)}     ${ratio(row.webp, row.jpeg)}     ${ratio(row.jpeg, row.webp)}   (${rows.length})`,
    );
  }
  const measured = [...means.keys()];
  for (const [index, width] of measured.entries()) {
    const narrower = measured[index - 1];
    const row = means.get(width);
    const below = narrower ? means.get(narrower) : undefined;
    if (!row || !below || !narrower) continue;
    lines.push(`  without ${narrower}: a reader it fits fetches ${width} instead, AVIF ${ratio(row.avif, below.avif).trim()} of the bytes`);
  }
  return lines;
}
