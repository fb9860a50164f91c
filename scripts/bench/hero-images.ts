// Distinct hero images for `npm run bench -- --images`: one generated JPEG per article (up to 25,600 of them, no two
// alike), so image work is really measured.
import { mkdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

/**
 * Two small squares placed by the index's base-160 digits: colours and circles repeat every 360 heroes, and identical
 * heroes at different paths would publish identical cards and thumbnails, which a real site's photos do not.
 */
function marks(index: number): string {
  const square = (digit: number, y: number): string => `<rect x="${(digit % 160) * 10}" y="${y}" width="10" height="10" fill="#fff"/>`;
  return square(index, 20) + square(Math.floor(index / 160), 40);
}

export async function writeHeroImages(folder: string, count: number): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const sitePaths: string[] = [];
  for (let index = 0; index < count; index++) {
    const hue = (index * 47) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,30%)"/><stop offset="1" stop-color="hsl(${(hue + 80) % 360},70%,55%)"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><circle cx="${400 + (index % 9) * 100}" cy="450" r="${120 + (index % 5) * 30}" fill="hsl(${(hue + 180) % 360},80%,60%)" opacity="0.7"/>${marks(index)}</svg>`;
    const name = `hero-${index + 1}.jpg`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(path.join(folder, name));
    sitePaths.push(`/images/bench/${name}`);
  }
  return sitePaths;
}
