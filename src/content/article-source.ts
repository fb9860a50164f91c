// Whether an article file's bytes are UTF-8 text (a BOM is fine), and if not, which encoding they look like.
import { isUtf8 } from "node:buffer";
import { problemLine } from "./editor-error.ts";

/** Why the file's bytes are not an article's text, or undefined when they are UTF-8 (a BOM is fine). */
export function encodingProblem(bytes: Uint8Array, file: string): string | undefined {
  // No text encoding uses NUL: such a file is an image, an archive or a document saved with a .md name.
  if (bytes.includes(0)) return problemLine(file, "encoding", "UTF-8 text", "binary data, not text");
  // Node's native check: a fatal TextDecoder took 0.11 ms an article, a quarter of the whole content check.
  if (isUtf8(bytes)) return undefined;
  return problemLine(
    file,
    "encoding",
    "UTF-8 text",
    `bytes that are not UTF-8 (it looks like ${guessEncoding(bytes)}); save the file as UTF-8`,
  );
}

/**
 * cp1251 or the Western code page, from the bytes above 0x7f that are not valid UTF-8 (so a paragraph pasted into a
 * UTF-8 file is judged on its own). Both put letters at 0xC0–0xFF, but Russian words are runs of such bytes while
 * Western text has an accented letter here and there between ASCII ones: most stray bytes in runs means cp1251.
 */
export function guessEncoding(bytes: Uint8Array): string {
  const stray = new Set<number>();
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) continue;
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    const tail = bytes.subarray(index + 1, index + length);
    if (length > 0 && tail.length === length - 1 && tail.every((next) => next >= 0x80 && next <= 0xbf)) {
      index += length - 1;
      continue;
    }
    stray.add(index);
  }
  const inRun = [...stray].filter((index) => stray.has(index - 1) || stray.has(index + 1)).length;
  return stray.size > 0 && inRun / stray.size > 0.5 ? "windows-1251 (cp1251)" : "windows-1252 (cp1252) or latin-1";
}
