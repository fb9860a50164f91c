// XML as a feed reader or crawler sees it: well-formedness is checked first, then the document is parsed to objects.
import { XMLParser, XMLValidator } from "fast-xml-parser";

const repeated = new Set(["entry", "item", "link", "atom:link", "category", "url", "xhtml:link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Text stays text: a title such as "2026" must not turn into a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => repeated.has(name),
});

/** A parsed document or JSON feed: its shape is what the test asserts, so the test indexes it freely. */
// biome-ignore lint/suspicious/noExplicitAny: parsed XML and JSON have no static shape; each test checks what it reads.
export type Parsed = any;

/** Throws with the parser's line and reason when the document is not well-formed XML. */
export function parseXml(xml: string): Record<string, Parsed> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`);
  return parser.parse(xml) as Record<string, Parsed>;
}
