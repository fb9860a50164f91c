// Absolute URLs from site paths: canonical links, hreflang, feeds, sitemaps and social cards all need the full address.

/** `https://site.example` + `/ru/blog/x/` → `https://site.example/ru/blog/x/`; a full URL is returned as it is. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(sitePath)) return sitePath;
  const path = sitePath.startsWith("/") ? sitePath : `/${sitePath}`;
  // Through URL, so characters a path may hold (spaces, Cyrillic) come out percent-encoded.
  return new URL(`${siteUrl.replace(/\/+$/, "")}${path}`).href;
}
