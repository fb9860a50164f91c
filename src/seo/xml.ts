// XML text and attribute escaping for feeds and the sitemap, which are written as strings, not through JSX.

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF):
// a stray one from a pasted article would make the whole feed unreadable, so they are dropped.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Safe in element text and in single- or double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(forbidden, "").replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** `<name attr="value">text</name>`, everything escaped; `text` undefined makes an empty element. */
export function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
