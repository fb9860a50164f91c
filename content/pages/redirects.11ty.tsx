// /_redirects: Netlify serves each language's 404 page for a missing address under that language (Cloudflare Pages
// finds the nearest 404.html by itself and ignores rules of status 404).
import { notFoundRedirects } from "../../src/publish/not-found-rules.ts";
import type { TemplateData } from "../../src/render/site-data.ts";

export const data = { permalink: "/_redirects", eleventyExcludeFromCollections: true };

export default function Redirects(data: TemplateData): string {
  return notFoundRedirects(data.languages.languages.map(({ code }) => code));
}
