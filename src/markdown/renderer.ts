// One markdown-it per language: typographer quotes of that language, no raw HTML, safe external links, heading ids, highlighted code.
import markdownIt, { type MarkdownIt } from "markdown-it";
import { headingAnchors } from "./headings.ts";
import { highlightCode } from "./highlight.ts";
import type { Language, SiteLanguages } from "../content/languages.ts";
import { imageAltPolicy } from "./image-alt.ts";

export function createMarkdown(language: Pick<Language, "quotes">): MarkdownIt {
  // Raw HTML is off: an article is text, and a stray <script> must render as text, not run.
  // xhtmlOut: void elements written as <img /> like the TSX layouts write them, one style in every page.
  const markdown = markdownIt({
    html: false,
    xhtmlOut: true,
    linkify: true,
    typographer: true,
    quotes: language.quotes,
    highlight: (code, lang) => highlightCode(code, lang),
  });
  markdown.disable("code"); // indented code blocks: easy to trigger by accident, fenced code is the way
  markdown.use(externalLinks);
  markdown.use(headingAnchors); // ids on headings and the list the table of contents is built from
  markdown.use(imageAltPolicy); // alt text required, ![""](…) for a decorative image
  return markdown;
}

/** External links get rel="noopener noreferrer"; links stay in the same tab, the reader decides. */
function externalLinks(markdown: MarkdownIt): void {
  const defaultRender =
    markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    // Protocol-relative addresses (//host/path) leave the site as surely as https:// ones.
    if (token && /^(?:https?:)?\/\//i.test(String(token.attrGet("href") ?? ""))) token.attrSet("rel", "noopener noreferrer");
    return defaultRender(tokens, index, options, env, self);
  };
}

/** What Eleventy needs of a markdown library: render() receives the page's data, whose `lang` picks the instance. */
export interface LanguageMarkdown {
  render(source: string, env?: { lang?: unknown; [key: string]: unknown }): string;
  disable(rule: string): LanguageMarkdown;
  forLanguage(code: string): MarkdownIt;
}

export function createLanguageMarkdown(site: SiteLanguages): LanguageMarkdown {
  const byCode = new Map(site.languages.map((language) => [language.code, createMarkdown(language)]));
  const forLanguage = (code: string): MarkdownIt => {
    const markdown = byCode.get(code) ?? byCode.get(site.defaultLanguage);
    if (!markdown) throw new Error(`No markdown renderer for "${code}"`);
    return markdown;
  };
  const library: LanguageMarkdown = {
    render: (source, env = {}) => forLanguage(typeof env.lang === "string" ? env.lang : site.defaultLanguage).render(source, env),
    disable: (rule) => {
      for (const markdown of byCode.values()) markdown.disable(rule);
      return library;
    },
    forLanguage,
  };
  return library;
}
