// Readable Latin slugs transliterated from any script («AI для кодинга» → ai-dlya-kodinga).
import slugify from "@sindresorhus/slugify";

/**
 * @example toSlug("AI для кодинга") // => "ai-dlya-kodinga"
 */
export function toSlug(text: string): string {
  return slugify(text, { lowercase: true, decamelize: false });
}

/** A slug as used in file names and URLs: lowercase Latin letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
