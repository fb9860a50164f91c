// A static file server for a built site, as a host would serve it: for browser tests and Lighthouse runs on loopback.
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import netlifyRedirector from "netlify-redirector";
import { headersFor, parseHeaderRules } from "../../src/seo/security.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A slow network: an HTML page is sent up to this text, and the rest `ms` later (the browser paints what it has). */
  pause?: { before: string; ms: number };
}

/**
 * Serves a built site as Netlify would: folders serve index.html, a miss serves the 404 page the site's `_redirects`
 * names for it (else /404.html) with status 404, and the site's own `_headers` rules (CSP, caching) are sent with every
 * response.
 */
export async function serveSite(root: string, { pause }: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const rules = parseHeaderRules(await readFile(path.join(base, "_headers"), "utf8").catch(() => ""));
  const redirectsFile = await readFile(path.join(base, "_redirects"), "utf8").catch(() => undefined);
  const redirects = redirectsFile === undefined ? undefined : await netlifyRedirector.parsePlain(redirectsFile, {});
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    let file = path.join(base, path.normalize(pathname));
    if (!file.startsWith(base)) file = "";
    const found = file ? await stat(file).catch(() => undefined) : undefined;
    if (found?.isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file).catch(() => undefined);
    if (body) {
      response.writeHead(200, { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
      const cut = pause && file.endsWith(".html") ? body.indexOf(pause.before) : -1;
      if (pause && cut > 0) {
        response.write(body.subarray(0, cut));
        setTimeout(() => response.end(body.subarray(cut)), pause.ms);
        return;
      }
      response.end(body);
      return;
    }
    // A miss: Netlify's own matcher reads the site's `_redirects`, whose 404 rules name each language's page.
    const rule = redirects?.match({
      scheme: "http",
      host: "127.0.0.1",
      path: pathname,
      query: "",
      getHeader: () => "",
      getCookie: () => "",
    });
    const notFoundPage = rule?.status === 404 ? rule.to : "/404.html";
    const notFound = await readFile(path.join(base, path.normalize(notFoundPage))).catch(() => "Not found");
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    response.end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
