// npm run bench:images — cold and warm builds of the sample site and of a site with N synthetic images (default 200):
// images per second cold, and how many images the warm build encodes (the goal is zero).
// With --formats: bytes per format and width over sample heroes instead (scripts/bench/format-sizes.ts).
// Usage: npm run bench:images [-- --images 200 --keep] | npm run bench:images -- --formats [--images 24]
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { loadLanguages } from "../src/content/languages.ts";
import { eleventyCommand, layOutSite, projectRoot } from "../tests/helpers/site-folder.ts";
import { writeHeroImages } from "./bench/hero-images.ts";
import { formatReport, measureSource, rasterFiles } from "./bench/format-sizes.ts";

interface BuildResult {
  root: string;
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run build` in a site folder, with the site's own image cache (.cache/images), whatever the environment says. */
function buildSite(root: string): BuildResult {
  const eleventy = eleventyCommand();
  const { IMAGE_CACHE_DIR: _shared, ...env } = process.env;
  const result = spawnSync(eleventy.command, eleventy.args, { cwd: root, encoding: "utf8", env: { ...env, ...eleventy.env } });
  return { root, status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A laid-out site folder with `files` (paths relative to it), or the project's own articles and images. */
function createSite(files: Record<string, string | Buffer> | "project content"): string {
  const root = mkdtempSync(path.join(tmpdir(), "bench-images-"));
  layOutSite(root);
  if (files === "project content") {
    const languages = loadLanguages(path.join(projectRoot, "_data")).languages.map(({ code }) => code);
    for (const folder of ["images", ...languages]) {
      cpSync(path.join(projectRoot, "content", folder), path.join(root, "content", folder), { recursive: true });
    }
    return root;
  }
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

/** Front matter of a valid article in the default language. */
function article(index: number, heroImage: string): string {
  const day = String(1 + (index % 28)).padStart(2, "0");
  return [
    "---",
    `title: "Синтетическая статья ${index}"`,
    'description: "Статья для замера конвейера изображений."',
    `pubDate: 2026-02-${day}`,
    'category: "Новости ИИ"',
    'tags: ["Бенчмарк"]',
    'author: "Редакция"',
    `heroImage: "${heroImage}"`,
    "---",
    "Текст синтетической статьи.",
    "",
  ].join("\n");
}

export interface ImageBenchFigures {
  name: string;
  /** Distinct raster sources the site's pages show (the pipeline's count). */
  sources: number;
  coldSeconds: number;
  /** CPU time the cold build used (Linux): steadier than wall time on a machine shared with other work. */
  coldCpuSeconds: number | undefined;
  /** What the pipeline reported: encoded images (sources, social cards, thumbnails) and its own share of the build. */
  coldEncoded: number;
  coldPipelineSeconds: number;
  warmSeconds: number;
  warmEncoded: number;
}

interface PipelineLine {
  encoded: number;
  sources: number;
  seconds: number;
}

function pipelineLine(result: BuildResult): PipelineLine {
  if (result.status !== 0) throw new Error(`Build failed in ${result.root}:\n${result.stderr}`);
  const match = /\[images\] (\d+) encoded .*: (\d+) sources.* in ([\d.]+) s/.exec(result.stdout);
  if (!match) throw new Error(`No "[images] … encoded" line in the build output:\n${result.stdout}`);
  return { encoded: Number(match[1]), sources: Number(match[2]), seconds: Number(match[3]) };
}

/** User + system CPU seconds of this process's waited-for children, from /proc (undefined off Linux). */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    // After "(comm) ": state is field 0, cutime and cstime are fields 13 and 14, in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

function timedBuild(root: string): { result: BuildResult; seconds: number; cpuSeconds: number | undefined } {
  const start = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const result = buildSite(root);
  const cpuAfter = childrenCpuSeconds();
  const cpuSeconds = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return { result, seconds: (performance.now() - start) / 1000, cpuSeconds };
}

/** Builds a laid-out site twice: cold (empty cache), then warm (nothing changed). */
export function benchSite(name: string, root: string): ImageBenchFigures {
  const cold = timedBuild(root);
  const coldLine = pipelineLine(cold.result);
  const warm = timedBuild(root);
  const warmLine = pipelineLine(warm.result);
  return {
    name,
    sources: coldLine.sources,
    coldSeconds: cold.seconds,
    coldCpuSeconds: cold.cpuSeconds,
    coldEncoded: coldLine.encoded,
    coldPipelineSeconds: coldLine.seconds,
    warmSeconds: warm.seconds,
    warmEncoded: warmLine.encoded,
  };
}

/** A deterministic, photo-like picture: gradient, shapes and grain, so the encoders have real work to do. */
async function syntheticImage(index: number): Promise<{ name: string; data: Buffer }> {
  const hue = (index * 47) % 360;
  const shapes = Array.from({ length: 12 }, (_, k) => {
    const x = (index * 131 + k * 197) % 1600;
    const y = (index * 71 + k * 113) % 900;
    return `<circle cx="${x}" cy="${y}" r="${40 + ((index + k * 29) % 160)}" fill="hsl(${(hue + k * 30) % 360} 70% 55%)" fill-opacity="0.7"/>`;
  }).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue} 60% 25%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360} 60% 60%)"/>` +
    `</linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/>${shapes}</svg>`;
  const grain = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 24 } },
  })
    .png()
    .toBuffer();
  const image = sharp(Buffer.from(svg)).composite([{ input: grain, blend: "overlay" }]);
  const kind = index % 3;
  if (kind === 0) return { name: `synthetic-${index}.webp`, data: await image.webp({ quality: 85 }).toBuffer() };
  if (kind === 1) return { name: `synthetic-${index}.jpg`, data: await image.jpeg({ quality: 85 }).toBuffer() };
  return { name: `synthetic-${index}.png`, data: await image.png().toBuffer() };
}

/** N articles in the default language, each with its own hero image. */
export async function syntheticSite(count: number): Promise<string> {
  const { defaultLanguage } = loadLanguages(path.join(projectRoot, "_data"));
  const files: Record<string, string | Buffer> = {};
  for (let index = 0; index < count; index += 1) {
    const { name, data } = await syntheticImage(index);
    files[`content/images/bench/${name}`] = data;
    files[`content/${defaultLanguage}/blog/bench-${index}.md`] = article(index, `/images/bench/${name}`);
  }
  return createSite(files);
}

function report(figures: ImageBenchFigures[]): void {
  console.log("\nscenario            sources  cold s  images/s cold  cold CPU s  pipeline s  encoded cold  warm s  encoded warm");
  for (const row of figures) {
    console.log(
      [
        row.name.padEnd(18),
        String(row.sources).padStart(8),
        row.coldSeconds.toFixed(1).padStart(7),
        (row.sources / row.coldSeconds).toFixed(2).padStart(14),
        (row.coldCpuSeconds?.toFixed(1) ?? "n/a").padStart(11),
        row.coldPipelineSeconds.toFixed(1).padStart(11),
        String(row.coldEncoded).padStart(13),
        row.warmSeconds.toFixed(1).padStart(7),
        String(row.warmEncoded).padStart(13),
      ].join(" "),
    );
  }
  console.log("\nimages/s cold = distinct sources / cold build wall time (encoding AVIF and a fallback at 3 widths, plus a");
  console.log("social card and a search thumbnail per hero); 'encoded' counts the images the pipeline had to encode.");
}

/** The widths measured: the pipeline's, and 320 (a search thumbnail at 2× its 160 pixels). */
const measuredWidths = [320, 480, 960, 1440];

/** Bytes per format and width: the sample site's heroes, the bench's generated heroes, grainy synthetic photos. */
async function measureFormats(count: number): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "bench-formats-"));
  try {
    const photos = path.join(folder, "photos");
    mkdirSync(photos);
    for (let index = 0; index < count; index += 1) {
      const { name, data } = await syntheticImage(index);
      writeFileSync(path.join(photos, name), data);
    }
    await writeHeroImages(path.join(folder, "bench"), count);
    const groups = [
      ["sample site (content/images/blog)", rasterFiles(path.join(projectRoot, "content/images/blog"))],
      ["bench heroes (scripts/bench/hero-images.ts)", rasterFiles(path.join(folder, "bench"))],
      ["grainy synthetic photos", rasterFiles(photos)],
    ] as const;
    for (const [group, files] of groups) {
      const sources = [];
      for (const file of files) sources.push(await measureSource(file, measuredWidths));
      for (const line of formatReport(group, sources, measuredWidths)) console.log(line);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const imagesArg = args.indexOf("--images");
  const count = Number(imagesArg >= 0 ? args[imagesArg + 1] : undefined) || (args.includes("--formats") ? 24 : 200);
  if (args.includes("--formats")) return measureFormats(count);
  const keep = args.includes("--keep");
  const roots: string[] = [];
  const figures: ImageBenchFigures[] = [];
  try {
    const sample = createSite("project content");
    roots.push(sample);
    console.log(`sample site: ${sample}`);
    figures.push(benchSite("sample site", sample));
    console.log(`generating ${count} synthetic images…`);
    const synthetic = await syntheticSite(count);
    roots.push(synthetic);
    console.log(`synthetic site: ${synthetic}`);
    figures.push(benchSite(`${count} synthetic`, synthetic));
    report(figures);
  } finally {
    if (!keep) for (const root of roots) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
