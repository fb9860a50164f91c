// /_headers: the Content-Security-Policy and cache rules for static hosts that read this file (Netlify, Cloudflare Pages).
import { fingerprintedPaths, formatHeaderRules, headerRules, styleHash } from "../../src/seo/security.ts";
import type { TemplateData } from "../../src/render/site-data.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export default function Headers(data: TemplateData): string {
  return formatHeaderRules(headerRules({ styleHashes: [styleHash(data.inlineCss)], fingerprintedPaths }));
}
