// Generates the text-free sample hero and inline images and the authors' avatars from programmatic SVGs via sharp.
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { seededRandom as createRandom } from "./bench/random.ts";

type Format = "webp" | "jpg" | "png";

interface ImageSpec {
  /** File name without extension, e.g. "hero-fast-model". */
  name: string;
  format: Format;
  width: number;
  height: number;
  /** The folder under content/images/ (blog unless given). */
  folder?: string;
  /** Builds the SVG markup for the given canvas size. */
  draw: (width: number, height: number, rand: () => number) => string;
}

interface Palette {
  bgFrom: string;
  bgTo: string;
  accents: readonly string[];
}

const HERO_WIDTH = 1600;
const HERO_HEIGHT = 900;
const INLINE_WIDTH = 1200;
const INLINE_HEIGHT = 700;
const MAX_BYTES = 250 * 1024;

const scriptDir: string = path.dirname(fileURLToPath(import.meta.url));
const imagesDir: string = path.resolve(scriptDir, "..", "content", "images");

function seedFromName(name: string): number {
  let hash = 2166136261;
  for (const char of name) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

function pick<T>(items: readonly T[], rand: () => number): T {
  const item: T | undefined = items[Math.floor(rand() * items.length)];
  if (item === undefined) {
    throw new Error("Cannot pick from an empty list");
  }
  return item;
}

function at<T>(items: readonly T[], index: number): T {
  const item: T | undefined = items[index % items.length];
  if (item === undefined) {
    throw new Error("Cannot index an empty list");
  }
  return item;
}

function svgDocument(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

function backgroundGradient(id: string, palette: Palette, width: number, height: number): string {
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${palette.bgFrom}"/><stop offset="1" stop-color="${palette.bgTo}"/>` +
    `</linearGradient></defs><rect width="${width}" height="${height}" fill="url(#${id})"/>`
  );
}

function gridLines(width: number, height: number, step: number, colour: string, opacity: number): string {
  const lines: string[] = [];
  for (let x = step; x < width; x += step) {
    lines.push(`<line x1="${x}" y1="0" x2="${x}" y2="${height}"/>`);
  }
  for (let y = step; y < height; y += step) {
    lines.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}"/>`);
  }
  return `<g stroke="${colour}" stroke-opacity="${opacity}" stroke-width="1">${lines.join("")}</g>`;
}

function glow(id: string, cx: number, cy: number, r: number, colour: string, opacity: number): string {
  return (
    `<defs><radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="${opacity}"/>` +
    `<stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>`
  );
}

/** Speed streaks: horizontal rounded bars of varying length, suggesting fast completion. */
function drawFastModel(width: number, height: number, rand: () => number): string {
  const palette: Palette = {
    bgFrom: "#0b1026",
    bgTo: "#3a1c71",
    accents: ["#7f5af0", "#2cb67d", "#38bdf8", "#f472b6"],
  };
  const parts: string[] = [backgroundGradient("bg", palette, width, height)];
  parts.push(glow("g1", width * 0.72, height * 0.45, 520, "#7f5af0", 0.55));
  parts.push(gridLines(width, height, 80, "#ffffff", 0.05));
  for (let i = 0; i < 34; i += 1) {
    const y: number = 90 + rand() * (height - 180);
    const length: number = 160 + rand() * 720;
    const x: number = width * 0.08 + rand() * (width * 0.75 - length * 0.5);
    const thickness: number = 4 + rand() * 14;
    const colour: string = pick(palette.accents, rand);
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${length.toFixed(1)}" height="${thickness.toFixed(1)}" ` +
        `rx="${(thickness / 2).toFixed(1)}" fill="${colour}" fill-opacity="${(0.35 + rand() * 0.55).toFixed(2)}"/>`,
    );
  }
  parts.push(
    `<circle cx="${width * 0.78}" cy="${height * 0.5}" r="120" fill="none" stroke="#2cb67d" stroke-width="10"/>`,
    `<circle cx="${width * 0.78}" cy="${height * 0.5}" r="56" fill="#2cb67d" fill-opacity="0.85"/>`,
  );
  return svgDocument(width, height, parts.join(""));
}

function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius: number = i % 2 === 0 ? outer : inner;
    const angle: number = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(" ");
}

/** A ring of twelve stars over a document-like grid of blocks: regulation and paperwork. */
function drawEuAiAct(width: number, height: number, rand: () => number): string {
  const palette: Palette = {
    bgFrom: "#062a6b",
    bgTo: "#0a1a3a",
    accents: ["#ffcc00", "#f6e27a", "#9ec5ff"],
  };
  const parts: string[] = [backgroundGradient("bg", palette, width, height)];
  parts.push(gridLines(width, height, 50, "#9ec5ff", 0.07));
  const cx: number = width * 0.34;
  const cy: number = height * 0.5;
  parts.push(glow("g1", cx, cy, 380, "#ffcc00", 0.18));
  for (let i = 0; i < 12; i += 1) {
    const angle: number = (i * Math.PI * 2) / 12;
    const sx: number = cx + 250 * Math.cos(angle);
    const sy: number = cy + 250 * Math.sin(angle);
    parts.push(`<polygon points="${starPath(sx, sy, 30, 12)}" fill="#ffcc00"/>`);
  }
  const docX: number = width * 0.62;
  parts.push(
    `<rect x="${docX}" y="150" width="440" height="600" rx="24" fill="#ffffff" fill-opacity="0.08" stroke="#9ec5ff" stroke-opacity="0.5" stroke-width="3"/>`,
  );
  for (let row = 0; row < 11; row += 1) {
    const lineWidth: number = 200 + rand() * 180;
    parts.push(
      `<rect x="${docX + 40}" y="${200 + row * 42}" width="${lineWidth.toFixed(1)}" height="14" rx="7" fill="${at(palette.accents, row % 3 === 0 ? 0 : 2)}" fill-opacity="${row % 3 === 0 ? 0.8 : 0.35}"/>`,
    );
  }
  parts.push(
    `<circle cx="${docX + 380}" cy="690" r="44" fill="none" stroke="#ffcc00" stroke-width="8"/>`,
    `<polyline points="${docX + 360},690 ${docX + 376},706 ${docX + 404},672" fill="none" stroke="#ffcc00" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`,
  );
  return svgDocument(width, height, parts.join(""));
}

/** Template "cards" with slots floating on a transparent background. */
function drawPromptTemplates(width: number, height: number, rand: () => number): string {
  const accents: readonly string[] = ["#0ea5a4", "#f97316", "#6366f1", "#eab308"];
  const parts: string[] = [];
  const cards: ReadonlyArray<{ x: number; y: number; w: number; h: number; rot: number }> = [
    { x: 180, y: 170, w: 560, h: 360, rot: -6 },
    { x: 620, y: 300, w: 600, h: 400, rot: 4 },
    { x: 1080, y: 120, w: 380, h: 300, rot: -3 },
  ];
  cards.forEach((card, index: number) => {
    const colour: string = at(accents, index);
    const body: string[] = [
      `<rect x="${card.x}" y="${card.y}" width="${card.w}" height="${card.h}" rx="28" fill="#ffffff" stroke="${colour}" stroke-width="6"/>`,
      `<rect x="${card.x}" y="${card.y}" width="${card.w}" height="56" rx="28" fill="${colour}"/>`,
      `<rect x="${card.x}" y="${card.y + 28}" width="${card.w}" height="28" fill="${colour}"/>`,
    ];
    const rows: number = Math.floor((card.h - 100) / 44);
    for (let r = 0; r < rows; r += 1) {
      const y: number = card.y + 90 + r * 44;
      const firstWidth: number = 60 + rand() * 120;
      const slotWidth: number = 70 + rand() * 90;
      body.push(`<rect x="${card.x + 36}" y="${y}" width="${firstWidth.toFixed(1)}" height="16" rx="8" fill="#cbd5e1"/>`);
      if (r % 2 === 0) {
        body.push(
          `<rect x="${(card.x + 56 + firstWidth).toFixed(1)}" y="${y - 6}" width="${slotWidth.toFixed(1)}" height="28" rx="14" fill="${at(accents, index + 1)}" fill-opacity="0.9"/>`,
        );
      } else {
        body.push(
          `<rect x="${(card.x + 56 + firstWidth).toFixed(1)}" y="${y}" width="${(slotWidth * 1.6).toFixed(1)}" height="16" rx="8" fill="#cbd5e1"/>`,
        );
      }
    }
    parts.push(`<g transform="rotate(${card.rot} ${card.x + card.w / 2} ${card.y + card.h / 2})">${body.join("")}</g>`);
  });
  for (let i = 0; i < 14; i += 1) {
    const x: number = 80 + rand() * (width - 160);
    const y: number = 60 + rand() * (height - 120);
    const r: number = 8 + rand() * 22;
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${pick(accents, rand)}" fill-opacity="0.85"/>`);
  }
  return svgDocument(width, height, parts.join(""));
}

/** Leaderboard-like columns rising over a grid. */
function drawOpenWeights(width: number, height: number, rand: () => number): string {
  const palette: Palette = {
    bgFrom: "#052e2b",
    bgTo: "#0f766e",
    accents: ["#34d399", "#a7f3d0", "#fbbf24", "#5eead4"],
  };
  const parts: string[] = [backgroundGradient("bg", palette, width, height)];
  parts.push(glow("g1", width * 0.2, height * 0.2, 600, "#a7f3d0", 0.25));
  parts.push(gridLines(width, height, 60, "#ecfdf5", 0.08));
  const columns = 14;
  const gap = 26;
  const left = 140;
  const colWidth: number = (width - left * 2 - gap * (columns - 1)) / columns;
  const baseY: number = height - 110;
  for (let i = 0; i < columns; i += 1) {
    const h: number = Math.min(120 + rand() * 520 + i * 12, baseY - 90);
    const x: number = left + i * (colWidth + gap);
    const colour: string = i === 9 ? "#fbbf24" : at(palette.accents, i % 2 === 0 ? 0 : 3);
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${(baseY - h).toFixed(1)}" width="${colWidth.toFixed(1)}" height="${h.toFixed(1)}" rx="10" fill="${colour}" fill-opacity="${i === 9 ? 1 : 0.75}"/>`,
    );
  }
  parts.push(`<rect x="${left - 30}" y="${baseY}" width="${width - 2 * left + 60}" height="6" rx="3" fill="#ecfdf5" fill-opacity="0.8"/>`);
  return svgDocument(width, height, parts.join(""));
}

function hexagonPoints(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const angle: number = Math.PI / 6 + (i * Math.PI) / 3;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(" ");
}

/** Honeycomb of hexagons in rust tones, some filled, some outlined. */
function drawRustMl(width: number, height: number, rand: () => number): string {
  const palette: Palette = {
    bgFrom: "#1c0f0a",
    bgTo: "#4a1d0c",
    accents: ["#f74c00", "#dea584", "#ffb347", "#b7410e"],
  };
  const parts: string[] = [backgroundGradient("bg", palette, width, height)];
  parts.push(glow("g1", width * 0.6, height * 0.55, 560, "#f74c00", 0.35));
  const r = 64;
  const dx: number = Math.sqrt(3) * r;
  const dy: number = 1.5 * r;
  for (let row = -1; row * dy < height + r; row += 1) {
    for (let col = -1; col * dx < width + r; col += 1) {
      const cx: number = col * dx + (row % 2 === 0 ? 0 : dx / 2);
      const cy: number = row * dy;
      const roll: number = rand();
      if (roll < 0.18) {
        parts.push(
          `<polygon points="${hexagonPoints(cx, cy, r - 6)}" fill="${pick(palette.accents, rand)}" fill-opacity="${(0.5 + rand() * 0.5).toFixed(2)}"/>`,
        );
      } else if (roll < 0.7) {
        parts.push(
          `<polygon points="${hexagonPoints(cx, cy, r - 6)}" fill="none" stroke="#dea584" stroke-opacity="0.22" stroke-width="3"/>`,
        );
      }
    }
  }
  parts.push(
    `<circle cx="${width * 0.5}" cy="${height * 0.5}" r="150" fill="none" stroke="#ffb347" stroke-width="18" stroke-dasharray="40 22"/>`,
    `<circle cx="${width * 0.5}" cy="${height * 0.5}" r="70" fill="#f74c00"/>`,
  );
  return svgDocument(width, height, parts.join(""));
}

/** Nodes-and-edges graph: agents passing work along a pipeline. */
function drawAgentsCi(width: number, height: number, rand: () => number): string {
  const palette: Palette = {
    bgFrom: "#1a0b2e",
    bgTo: "#4c1d95",
    accents: ["#f472b6", "#c084fc", "#22d3ee", "#facc15"],
  };
  const parts: string[] = [backgroundGradient("bg", palette, width, height)];
  parts.push(glow("g1", width * 0.5, height * 0.5, 640, "#c084fc", 0.3));
  const nodes: Array<{ x: number; y: number; r: number; colour: string }> = [];
  const layers = 6;
  for (let layer = 0; layer < layers; layer += 1) {
    const count: number = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < count; k += 1) {
      nodes.push({
        x: 170 + layer * ((width - 340) / (layers - 1)) + (rand() - 0.5) * 60,
        y: ((k + 1) * height) / (count + 1) + (rand() - 0.5) * 80,
        r: 16 + rand() * 22,
        colour: pick(palette.accents, rand),
      });
    }
  }
  const edges: string[] = [];
  nodes.forEach((from, i: number) => {
    nodes.forEach((to, j: number) => {
      const forward: number = to.x - from.x;
      if (j !== i && forward > 100 && forward < 360 && rand() < 0.6) {
        const midX: number = (from.x + to.x) / 2;
        edges.push(
          `<path d="M${from.x.toFixed(1)} ${from.y.toFixed(1)} C${midX.toFixed(1)} ${from.y.toFixed(1)} ${midX.toFixed(1)} ${to.y.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}"/>`,
        );
      }
    });
  });
  parts.push(`<g fill="none" stroke="#e9d5ff" stroke-opacity="0.35" stroke-width="3">${edges.join("")}</g>`);
  for (const node of nodes) {
    parts.push(
      `<circle cx="${node.x.toFixed(1)}" cy="${node.y.toFixed(1)}" r="${(node.r + 12).toFixed(1)}" fill="${node.colour}" fill-opacity="0.18"/>`,
      `<circle cx="${node.x.toFixed(1)}" cy="${node.y.toFixed(1)}" r="${node.r.toFixed(1)}" fill="${node.colour}"/>`,
    );
  }
  return svgDocument(width, height, parts.join(""));
}

/** Inline diagram: grouped bar chart with axes and a legend made of colour swatches (no labels). */
function drawBenchmarkChart(width: number, height: number, rand: () => number): string {
  const series: readonly string[] = ["#0f766e", "#34d399", "#f59e0b"];
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  const left = 110;
  const right = 60;
  const top = 120;
  const bottom = 90;
  const plotW: number = width - left - right;
  const plotH: number = height - top - bottom;
  for (let i = 0; i <= 5; i += 1) {
    const y: number = top + (plotH * i) / 5;
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#e2e8f0" stroke-width="2"/>`);
  }
  const groups = 5;
  const groupW: number = plotW / groups;
  const barW: number = (groupW - 60) / series.length;
  for (let g = 0; g < groups; g += 1) {
    series.forEach((colour: string, s: number) => {
      const value: number = 0.25 + rand() * 0.6 + (s === 2 ? 0.1 : 0);
      const h: number = Math.min(value, 0.97) * plotH;
      const x: number = left + g * groupW + 30 + s * barW;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(barW - 8).toFixed(1)}" height="${h.toFixed(1)}" rx="6" fill="${colour}"/>`,
      );
    });
  }
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#334155" stroke-width="4"/>`,
    `<line x1="${left}" y1="${top - 20}" x2="${left}" y2="${top + plotH}" stroke="#334155" stroke-width="4"/>`,
  );
  series.forEach((colour: string, s: number) => {
    parts.push(`<rect x="${left + s * 180}" y="44" width="40" height="40" rx="8" fill="${colour}"/>`);
    parts.push(`<rect x="${left + s * 180 + 54}" y="56" width="90" height="16" rx="8" fill="#cbd5e1"/>`);
  });
  return svgDocument(width, height, parts.join(""));
}

/** Inline diagram: pipeline of boxes linked by arrows, one stage highlighted. */
function drawRustPipeline(width: number, height: number, rand: () => number): string {
  const parts: string[] = [
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#7c2d12"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#fff7ed"/>`,
    gridLines(width, height, 40, "#fdba74", 0.25),
  ];
  const stages = 4;
  const boxW = 210;
  const boxH = 150;
  const gap: number = (width - 120 - stages * boxW) / (stages - 1);
  const y: number = height / 2 - boxH / 2;
  for (let i = 0; i < stages; i += 1) {
    const x: number = 60 + i * (boxW + gap);
    const highlighted: boolean = i === 1 || i === 2;
    parts.push(
      `<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="22" fill="${highlighted ? "#ea580c" : "#ffffff"}" stroke="#7c2d12" stroke-width="5"/>`,
    );
    for (let line = 0; line < 3; line += 1) {
      const lw: number = 80 + rand() * 90;
      parts.push(
        `<rect x="${x + 28}" y="${y + 34 + line * 34}" width="${lw.toFixed(1)}" height="14" rx="7" fill="${highlighted ? "#ffedd5" : "#fdba74"}"/>`,
      );
    }
    if (i < stages - 1) {
      parts.push(
        `<line x1="${x + boxW + 10}" y1="${height / 2}" x2="${x + boxW + gap - 14}" y2="${height / 2}" stroke="#7c2d12" stroke-width="6" marker-end="url(#arrow)"/>`,
      );
    }
  }
  parts.push(
    `<rect x="${60 + boxW + gap - 20}" y="${y - 60}" width="${2 * boxW + gap + 40}" height="${boxH + 120}" rx="30" fill="none" stroke="#ea580c" stroke-width="4" stroke-dasharray="18 12"/>`,
  );
  return svgDocument(width, height, parts.join(""));
}

/** An author's avatar: no face and no letters, a few soft shapes in the author's own colours on a circle-safe square. */
function avatar(background: string, shapes: readonly string[]) {
  return (width: number, height: number, rand: () => number): string => {
    const circles = shapes
      .map((colour, index) => {
        const radius = (0.18 + 0.1 * index + rand() * 0.06) * width;
        const x = (0.3 + rand() * 0.4) * width;
        const y = (0.3 + rand() * 0.4) * height;
        return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius.toFixed(1)}" fill="${colour}" fill-opacity="0.7"/>`;
      })
      .reverse()
      .join("");
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${background}"/>${circles}</svg>`;
  };
}

const AVATAR_SIZE = 400;

const specs: readonly ImageSpec[] = [
  {
    name: "anna-smirnova",
    folder: "authors",
    format: "jpg",
    width: AVATAR_SIZE,
    height: AVATAR_SIZE,
    draw: avatar("#2e6b4f", ["#8fd19e", "#e5c07b", "#f3f4f6"]),
  },
  {
    name: "ilya-korneev",
    folder: "authors",
    format: "jpg",
    width: AVATAR_SIZE,
    height: AVATAR_SIZE,
    draw: avatar("#6b2e5f", ["#d2a8ff", "#f0b072", "#8ab4ff"]),
  },
  { name: "hero-fast-model", format: "webp", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawFastModel },
  { name: "hero-eu-ai-act", format: "jpg", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawEuAiAct },
  { name: "hero-prompt-templates", format: "png", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawPromptTemplates },
  { name: "hero-open-weights", format: "jpg", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawOpenWeights },
  { name: "hero-rust-ml", format: "webp", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawRustMl },
  { name: "hero-agents-ci", format: "webp", width: HERO_WIDTH, height: HERO_HEIGHT, draw: drawAgentsCi },
  { name: "inline-benchmark-chart", format: "png", width: INLINE_WIDTH, height: INLINE_HEIGHT, draw: drawBenchmarkChart },
  { name: "inline-rust-pipeline", format: "jpg", width: INLINE_WIDTH, height: INLINE_HEIGHT, draw: drawRustPipeline },
];

async function render(spec: ImageSpec): Promise<string> {
  const svg: string = spec.draw(spec.width, spec.height, createRandom(seedFromName(spec.name)));
  const base: ReturnType<typeof sharp> = sharp(Buffer.from(svg), { density: 72 }).resize(spec.width, spec.height);
  const file: string = path.join(imagesDir, spec.folder ?? "blog", `${spec.name}.${spec.format}`);
  switch (spec.format) {
    case "webp":
      await base.webp({ quality: 80, effort: 6 }).toFile(file);
      break;
    case "jpg":
      await base.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true }).toFile(file);
      break;
    case "png":
      await base.png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 }).toFile(file);
      break;
  }
  const { size }: { size: number } = await stat(file);
  if (size > MAX_BYTES) {
    throw new Error(`${file} is ${size} bytes, above the ${MAX_BYTES}-byte budget`);
  }
  return `${path.relative(process.cwd(), file)} ${spec.width}x${spec.height} ${(size / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  for (const spec of specs) {
    await mkdir(path.join(imagesDir, spec.folder ?? "blog"), { recursive: true });
    console.log(await render(spec));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
