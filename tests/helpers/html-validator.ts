// The project's HTML validation rules (html-validate's recommended set, with the site's deliberate choices).
import { HtmlValidate } from "html-validate";

export function siteValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // Typography is the editors' call: «ёлочки», non-breaking spaces and the like are wanted characters.
      "no-trailing-whitespace": "off",
      "long-title": "off",
      // preact-render-to-string writes void elements as <img/>: consistent, valid HTML.
      "void-style": ["error", { style: "selfclosing" }],
      // A named list (<ul aria-label="Tags">) is fine: html-validate 11 allows aria-label on <ul> and <ol>, and 10
      // (the last release that installs on Node 20) does the same with the two excluded from this rule.
      "aria-label-misuse": ["error", { allowAnyNamable: false, elements: { exclude: ["ul", "ol"] } }],
    },
  });
}
