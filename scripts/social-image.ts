// Generates the site's default social card (content/images/social/default.jpg, 1200×630) from an SVG via sharp.
// Text-free on purpose: one picture serves every language. Run: npx tsx scripts/social-image.ts
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { seededRandom as createRandom } from "./bench/random.ts";

const width = 1200;
const height = 630;
const output = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../content/images/social/default.jpg");

/** A network of nodes (the "neural" of the site's name) drifting into three stacked cards (the news). */
function drawCard(): string {
  const random = createRandom(20260227);
  const nodes = Array.from({ length: 42 }, () => ({ x: 40 + random() * 620, y: 40 + random() * 550, r: 4 + random() * 9 }));
  const edges: string[] = [];
  for (const [index, node] of nodes.entries()) {
    for (const other of nodes.slice(index + 1)) {
      const distance = Math.hypot(node.x - other.x, node.y - other.y);
      if (distance < 150) {
        const opacity = (0.55 * (1 - distance / 150)).toFixed(2);
        edges.push(
          `<line x1="${node.x.toFixed(1)}" y1="${node.y.toFixed(1)}" x2="${other.x.toFixed(1)}" y2="${other.y.toFixed(1)}" stroke-opacity="${opacity}"/>`,
        );
      }
    }
  }
  const colours = ["#8ab4ff", "#2cb67d", "#f6c177", "#c4a7ff"];
  const dots = nodes.map(
    (node, index) =>
      `<circle cx="${node.x.toFixed(1)}" cy="${node.y.toFixed(1)}" r="${node.r.toFixed(1)}" fill="${colours[index % colours.length]}"/>`,
  );
  const cardFills = ["#8f9bb5", "#cdd5e3", "#fdfdfc"];
  const cards = [0, 1, 2].map((index) => {
    const x = 700 + index * 36;
    const y = 120 + index * 44;
    const lines = [0, 1, 2, 3, 4]
      .map(
        (row) =>
          `<rect x="${x + 40}" y="${y + 110 + row * 40}" width="${(row === 4 ? 170 : 300) - index * 20}" height="14" rx="7" fill="#1b1d22" fill-opacity="0.18"/>`,
      )
      .join("");
    return (
      `<rect x="${x}" y="${y}" width="400" height="340" rx="22" fill="${cardFills[index]}"/>` +
      `<rect x="${x + 40}" y="${y + 44}" width="${260 - index * 30}" height="30" rx="10" fill="#1f5fbf"/>` +
      lines
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b1026"/><stop offset="1" stop-color="#1f3f7a"/></linearGradient>` +
    `<radialGradient id="glow"><stop offset="0" stop-color="#8ab4ff" stop-opacity="0.45"/><stop offset="1" stop-color="#8ab4ff" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>` +
    `<circle cx="360" cy="315" r="420" fill="url(#glow)"/>` +
    `<g stroke="#cfe0ff" stroke-width="2">${edges.join("")}</g>${dots.join("")}${cards.join("")}</svg>`
  );
}

await mkdir(path.dirname(output), { recursive: true });
await sharp(Buffer.from(drawCard())).jpeg({ quality: 82, mozjpeg: true }).toFile(output);
const { size } = await stat(output);
console.log(`${path.relative(process.cwd(), output)}: ${width}×${height}, ${Math.round(size / 1024)} KB`);
