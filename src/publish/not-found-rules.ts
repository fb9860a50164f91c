// Each language's 404 page for its own addresses: most hosts serve only the root /404.html (the default language's).

/** One rule per language, in the form of Netlify's `_redirects`: a 404 rule applies only where no file exists. */
export function notFoundRedirects(languages: string[]): string {
  return `${languages.map((code) => `/${code}/*  /${code}/404.html  404`).join("\n")}\n`;
}
