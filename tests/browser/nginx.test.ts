// The owner's own nginx: real nginx on loopback serves the built site with the nginx.conf the build wrote, sending the
// headers of _headers, each language's 404 page, "/" to the default language, and a search that works in Chromium.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import * as assert from "uvu/assert";
import { browserSuite, launchBrowser, type TestBrowser } from "../helpers/browser.ts";
import { isNginxInstalled, nginxPath, startNginx, type NginxServer } from "../helpers/nginx.ts";
import { resultUrls, settled } from "../helpers/search-page.ts";
import { build, removeSite, type BuildResult } from "../helpers/site.ts";

interface Context {
  site: BuildResult;
  nginx: NginxServer;
  browser: TestBrowser;
}

const nginx = browserSuite<Context>("the site on real nginx");

if (!isNginxInstalled()) {
  if (process.env.REQUIRE_BROWSER === "1") {
    nginx("nginx is installed (REQUIRE_BROWSER=1)", () => {
      throw new Error(`nginx not found at ${nginxPath}: apt-get install -y nginx, or set NGINX_PATH`);
    });
  } else console.log(`\n!!! NGINX TESTS SKIPPED: nginx not found at ${nginxPath} (apt-get install -y nginx)\n`);
} else {
  nginx.before(async (context) => {
    context.site = build({ withProjectContent: true });
    assert.is(context.site.status, 0, context.site.stderr);
    context.nginx = await startNginx(context.site.output);
    context.browser = await launchBrowser();
  });
  nginx.after(async ({ site, nginx: server, browser }) => {
    await browser?.close();
    await server?.close();
    if (site) removeSite(site);
  });

  // What _headers says a path gets, read back from the published file (the host-neutral statement of the policy).
  const headersFile = (site: BuildResult): Map<string, string[]> => {
    const rules = new Map<string, string[]>();
    let current: string[] = [];
    for (const line of readFileSync(path.join(site.output, "_headers"), "utf8").split("\n")) {
      if (!line.trim()) continue;
      if (/^\s/.test(line)) current.push(line.trim());
      else {
        current = [];
        rules.set(line.trim(), current);
      }
    }
    return rules;
  };

  nginx("pages get the site's policy headers, as _headers states them", async ({ site, nginx: server }) => {
    const siteWide = headersFile(site).get("/*") ?? [];
    assert.ok(siteWide.length >= 4, siteWide.join("; "));
    for (const url of ["/ru/", "/en/blog/fast-code-model/", "/ru/search/"]) {
      const response = await fetch(`${server.url}${url}`);
      assert.is(response.status, 200, url);
      for (const header of siteWide) {
        const [name = "", ...value] = header.split(":");
        assert.is(response.headers.get(name), value.join(":").trim(), `${url} ${name}`);
      }
      assert.is(response.headers.get("cache-control"), null, `${url}: a page is not cached forever`);
    }
  });

  nginx("fingerprinted files are cached for a year, entry files are not, and images are sandboxed", async ({ site, nginx: server }) => {
    const fragments = readdirSync(path.join(site.output, "pagefind/fragment"));
    const encoded = readdirSync(path.join(site.output, "images/encoded"));
    const fragment = await fetch(`${server.url}/pagefind/fragment/${fragments[0]}`);
    assert.is(fragment.status, 200);
    assert.is(fragment.headers.get("cache-control"), "public, max-age=31536000, immutable");
    const image = await fetch(`${server.url}/images/encoded/${encoded[0]}`);
    assert.is(image.status, 200);
    assert.is(image.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.match(image.headers.get("content-security-policy") ?? "", "sandbox");
    const entry = await fetch(`${server.url}/pagefind/pagefind-entry.json`);
    assert.is(entry.status, 200);
    assert.is(entry.headers.get("cache-control"), null, "the entry file keeps its name and must not be cached forever");
  });

  nginx(
    "a missing address gets its language's 404 page with status 404; / leads to the default language",
    async ({ site, nginx: server }) => {
      for (const lang of ["ru", "en"]) {
        const response = await fetch(`${server.url}/${lang}/blog/no-such-article/`);
        assert.is(response.status, 404, lang);
        const body = parse(await response.text());
        const built = parse(readFileSync(path.join(site.output, lang, "404.html"), "utf8"));
        assert.is(body.querySelector("html")?.getAttribute("lang"), lang);
        assert.is(body.querySelector("h1")?.textContent, built.querySelector("h1")?.textContent);
        assert.ok(response.headers.get("content-security-policy"), `${lang}: the 404 page has the policy too`);
      }
      const root = await fetch(`${server.url}/no-such-page`);
      assert.is(root.status, 404);
      const home = await fetch(`${server.url}/`, { redirect: "manual" });
      assert.is(home.status, 302);
      assert.is(home.headers.get("location"), "/ru/");
      const folder = await fetch(`${server.url}/en/about`, { redirect: "manual" });
      assert.is(folder.status, 301);
      assert.is(folder.headers.get("location"), "/en/about/");
      for (const file of ["/nginx.conf", "/_headers", "/_redirects"]) assert.is((await fetch(`${server.url}${file}`)).status, 404, file);
    },
  );

  nginx("a search in Chromium finds articles in both languages under nginx's headers", async ({ nginx: server, browser }) => {
    for (const [lang, query] of [
      ["ru", "модели"],
      ["en", "model"],
    ] as const) {
      const { page, errors } = await browser.open(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const urls = await resultUrls(page);
      assert.ok(urls.length > 0, `${lang}: no results`);
      assert.ok(
        urls.every((url) => url.startsWith(`/${lang}/blog/`)),
        urls.join(", "),
      );
      assert.equal(errors, [], lang);
    }
  });
}

nginx.run();
