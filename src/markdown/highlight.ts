// Code blocks highlighted at build time with highlight.js: class names only, colours come from site.css.
import hljs from "highlight.js";

// Nunjucks and Jinja share their syntax; editors write ```njk for template examples.
hljs.registerAliases(["njk", "nunjucks"], { languageName: "django" });

/** Whether the fenced block's language is one the highlighter knows (by name or alias). */
export function isKnownLanguage(language: string): boolean {
  return language !== "" && hljs.getLanguage(language) !== undefined;
}

/**
 * markdown-it's `highlight` option: the block's inner HTML with <span class="hljs-…"> tokens, or "" for an unknown or
 * missing language, which tells markdown-it to escape the code as plain text. Either way `{{ }}` stays literal text.
 */
export function highlightCode(code: string, language: string): string {
  if (!isKnownLanguage(language)) return "";
  // Named languages only: auto-detection is slow and guesses wrong on short snippets.
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
