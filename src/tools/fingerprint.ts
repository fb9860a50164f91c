// The fingerprint of an article body: what a translation records in `translatedFrom` to know what it was made from.
import { createHash } from "node:crypto";

/** Characters of the sha256 hex digest kept: 12 hex digits are 48 bits, plenty to tell one version from the next. */
export const fingerprintLength = 12;

/**
 * The body as a reader would see it: line endings, trailing spaces, Unicode composition and runs of blank lines do not
 * change the rendered article, so they must not make a translation stale.
 * @example normalizeBody("Текст  \r\n\r\n\r\nещё") // => "Текст\n\nещё"
 */
export function normalizeBody(body: string): string {
  return body
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The first 12 hex digits of sha256 of the normalized markdown body (front matter excluded).
 * @example bodyFingerprint("Текст") // => "3091aca226ef"
 */
export function bodyFingerprint(body: string): string {
  return createHash("sha256").update(normalizeBody(body), "utf8").digest("hex").slice(0, fingerprintLength);
}
