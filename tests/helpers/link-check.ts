// Link integrity over a built site: every internal link, image, anchor and alternate must point at something built.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export interface BrokenLink {
  /** The page (site path) the link is on. */
  page: string;
  /** The attribute and value as written. */
  link: string;
  reason: string;
}

/** Every file under `dir`, as site paths ("/ru/index.html"). */
export function siteFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const sitePath = `${prefix}/${name}`;
    return statSync(full).isDirectory() ? siteFiles(full, sitePath) : [sitePath];
  });
}

/** Every published file with a hash of its bytes. */
export function siteSnapshot(output: string): Record<string, string> {
  return Object.fromEntries(
    siteFiles(output).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(output, file)))
        .digest("hex"),
    ]),
  );
}

interface PageLinks {
  ids: Set<string>;
  links: Array<{ attribute: string; value: string }>;
}

function readPage(html: string): PageLinks {
  const document = parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
  const ids = new Set(document.querySelectorAll("[id]").map((element) => element.getAttribute("id") ?? ""));
  for (const anchor of document.querySelectorAll("a[name]")) ids.add(anchor.getAttribute("name") ?? "");
  const links: PageLinks["links"] = [];
  const add = (element: HTMLElement, attribute: string): void => {
    const value = element.getAttribute(attribute);
    if (value !== undefined) links.push({ attribute, value });
  };
  for (const element of document.querySelectorAll("a[href], link[href]")) add(element, "href");
  for (const element of document.querySelectorAll("img[src], script[src], source[src]")) add(element, "src");
  for (const element of document.querySelectorAll("[srcset], [imagesrcset]")) {
    for (const attribute of ["srcset", "imagesrcset"]) {
      for (const candidate of (element.getAttribute(attribute) ?? "").split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ attribute, value: url });
      }
    }
  }
  return { ids, links };
}

/** The file a site-absolute URL is served from, or undefined when nothing is built there. */
export function resolveSitePath(siteDir: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidates = decoded.endsWith("/") ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.map((candidate) => path.join(siteDir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Checks every HTML page of a built site; `siteUrl` is the absolute URL whose links count as internal. */
export function checkLinks(siteDir: string, siteUrl: string): BrokenLink[] {
  const pages = new Map<string, PageLinks>();
  const pageOf = (file: string): PageLinks => {
    let links = pages.get(file);
    if (!links) {
      links = readPage(readFileSync(file, "utf8"));
      pages.set(file, links);
    }
    return links;
  };
  const broken: BrokenLink[] = [];
  for (const sitePath of siteFiles(siteDir).filter((file) => file.endsWith(".html"))) {
    const pageUrl = new URL(sitePath, `${siteUrl}/`);
    for (const { attribute, value } of pageOf(path.join(siteDir, sitePath)).links) {
      const report = (reason: string): void => void broken.push({ page: sitePath, link: `${attribute}="${value}"`, reason });
      if (value.trim() === "") {
        report("empty link");
        continue;
      }
      const target = new URL(value, pageUrl);
      if (target.origin !== new URL(siteUrl).origin) continue; // external links are not fetched
      const file = resolveSitePath(siteDir, target.pathname);
      if (!file) {
        report(`nothing is built at ${target.pathname}`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith(".html") && !pageOf(file).ids.has(anchor)) report(`no element with id "${anchor}" on ${target.pathname}`);
    }
  }
  return broken;
}
