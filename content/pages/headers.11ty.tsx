// /_headers: the Content-Security-Policy and cache rules for static hosts that read this file (Netlify, Cloudflare Pages).
import { encodedUrlPrefix } from "../../src/images/policy.ts";
import { formatHeaderRules, headerRules, styleHash } from "../../src/seo/security.ts";
import type { TemplateData } from "../../src/render/site-data.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

/**
 * Pagefind names its index chunks by content hash; its entry files and the search script keep stable names. The image
 * pipeline names encoded images by a hash of their source (src/images/policy.ts encodedUrlPrefix).
 */
const fingerprintedPaths = [
  "/pagefind/fragment/*",
  "/pagefind/index/*",
  "/pagefind/filter/*",
  "/pagefind/*.pf_meta",
  `${encodedUrlPrefix}*`,
];

export default function Headers(data: TemplateData): string {
  return formatHeaderRules(headerRules({ styleHashes: [styleHash(data.inlineCss)], fingerprintedPaths }));
}
