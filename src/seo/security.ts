// Security headers: a Content-Security-Policy with no inline script, and cache rules for fingerprinted files.
import { encodedUrlPrefix } from "../images/policy.ts";
import { createHash } from "node:crypto";

const hashes = new Map<string, string>();

/** The CSP source for one inline <style> block: the site inlines its stylesheet instead of allowing any inline style. */
export function styleHash(css: string): string {
  let hash = hashes.get(css);
  if (!hash) {
    hash = `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
    hashes.set(css, hash);
  }
  return hash;
}

/**
 * Only what the site uses: its own files, the inlined stylesheet by hash, and WebAssembly for Pagefind on the search
 * page. `frame-ancestors` only works as a header, so the <meta> version leaves it out.
 */
export function contentSecurityPolicy(options: { styleHashes: string[]; asMeta?: boolean }): string {
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", "'wasm-unsafe-eval'"]],
    ["style-src", ["'self'", ...options.styleHashes]],
    ["img-src", ["'self'", "data:"]],
    ["connect-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["object-src", ["'none'"]],
    ...(options.asMeta ? [] : ([["frame-ancestors", ["'none'"]]] as Array<[string, string[]]>)),
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

export interface HeaderRule {
  /** A path pattern as static hosts read it: `/*`, `/pagefind/fragment/*`. */
  path: string;
  headers: Array<[string, string]>;
}

/** The images' policy: nothing but the image itself and its inline styles; `sandbox` also stops script and forms. */
export const imagePolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/**
 * Pagefind names its index chunks by content hash; its entry files and the search script keep stable names. The image
 * pipeline names encoded images by a hash of their source (src/images/policy.ts encodedUrlPrefix).
 */
export const fingerprintedPaths = [
  "/pagefind/fragment/*",
  "/pagefind/index/*",
  "/pagefind/filter/*",
  "/pagefind/*.pf_meta",
  `${encodedUrlPrefix}*`,
];

const immutable: Array<[string, string]> = [["Cache-Control", "public, max-age=31536000, immutable"]];

/** The rules of `_headers` (Netlify and Cloudflare Pages read it; other hosts can copy it into their config). */
export function headerRules(options: { styleHashes: string[]; fingerprintedPaths: string[] }): HeaderRule[] {
  return [
    {
      path: "/*",
      headers: [
        ["Content-Security-Policy", contentSecurityPolicy({ styleHashes: options.styleHashes })],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"],
      ],
    },
    // An SVG is a document: opened on its own it could run script. Every image is served under a policy that runs
    // none and loads nothing (raster images do not care), in case an unsafe SVG ever got past the build's check.
    {
      path: "/images/*",
      headers: [["Content-Security-Policy", imagePolicy]],
    },
    // Files whose names carry a hash of their content never change under the same URL: cache them for a year.
    ...options.fingerprintedPaths.map((path) => ({ path, headers: immutable })),
  ];
}

export function formatHeaderRules(rules: HeaderRule[]): string {
  return `${rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n")).join("\n\n")}\n`;
}

/** Reads `_headers` back: the test server applies it so browser tests run under the headers a host would send. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a request path gets: every rule whose pattern matches, in file order. */
export function headersFor(rules: HeaderRule[], requestPath: string): Array<[string, string]> {
  return rules
    .filter((rule) => new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(requestPath))
    .flatMap((rule) => rule.headers);
}
