// Generates content/images/blog/hero-placeholder.webp: the neutral hero `npm run new` puts in a draft until it has its own.
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const width = 1600;
const height = 900;
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../content/images/blog/hero-placeholder.webp");

// Grey on grey and no text: it must read as "no picture yet" in light and dark mode, in every language.
const frame = `<rect x="560" y="250" width="480" height="400" rx="36" fill="none" stroke="#94a3b8" stroke-width="14"/>`;
const mountains = `<path d="M600 610 L740 450 L830 540 L900 470 L1000 610 Z" fill="#94a3b8"/>`;
const sun = `<circle cx="700" cy="350" r="42" fill="#94a3b8"/>`;
const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e2e8f0"/>` +
  `<stop offset="1" stop-color="#cbd5e1"/></linearGradient></defs>` +
  `<rect width="${width}" height="${height}" fill="url(#bg)"/>${frame}${mountains}${sun}</svg>`;

await sharp(Buffer.from(svg)).webp({ quality: 80, effort: 6 }).toFile(file);
console.log(`${path.relative(process.cwd(), file)} ${width}x${height} ${((await stat(file)).size / 1024).toFixed(1)} KB`);
