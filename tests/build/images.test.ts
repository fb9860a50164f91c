// Images in built pages: responsive <picture>s with sized fallbacks, the hero's preload, lazy prose images, social
// cards and thumbnails shared by translations, no file published twice, SVG passthrough, a cache that spares unchanged
// sources, and one clear line for each broken image.
import { headersFor, parseHeaderRules } from "../../src/seo/security.ts";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { HTMLElement } from "node-html-parser";
import { checkLinks, siteFiles, siteSnapshot } from "../helpers/link-check.ts";
import {
  article,
  buildSite,
  createSite,
  fixturesDir,
  hasFile,
  jsonLdOf,
  page,
  projectRoot,
  removeSite,
  type BuildResult,
} from "../helpers/site.ts";

const siteUrl = "https://news.test";
const fixtureImage = (name: string): Buffer => readFileSync(path.join(fixturesDir, "images/content/images/fixture", name));
const encodedCount = (result: BuildResult): number => Number(/\[images\] (\d+) encoded/.exec(result.stdout)?.[1] ?? NaN);

/** "url 480w, url 960w" → the widths, in order. */
const widthsOf = (srcset: string | undefined): number[] =>
  (srcset ?? "").split(",").map((candidate) => Number(/ (\d+)w$/.exec(candidate.trim())?.[1] ?? NaN));
const urlsOf = (srcset: string | undefined): string[] => (srcset ?? "").split(",").map((candidate) => candidate.trim().split(" ")[0] ?? "");

function pictureOf(document: HTMLElement, alt: string): HTMLElement {
  const img = document.querySelectorAll("picture img").find((candidate) => candidate.getAttribute("alt") === alt);
  const picture = img?.parentNode;
  if (!picture) throw new Error(`No <picture> whose <img> has alt "${alt}"`);
  return picture;
}

const typesOf = (picture: HTMLElement): string[] => picture.querySelectorAll("source").map((source) => source.getAttribute("type") ?? "");

const images = suite<{ result: BuildResult; ru: HTMLElement; en: HTMLElement }>("images in built pages");

/** This site's own cache, whatever the test run shares: the cache is what these tests observe. */
const ownCache = (root: string): Record<string, string> => ({ SITE_URL: siteUrl, IMAGE_CACHE_DIR: path.join(root, ".cache/images") });

images.before((context) => {
  // The site's default social card, published as it is: the site's one passthrough image.
  const defaultCard = readFileSync(path.join(projectRoot, "content/images/social/default.jpg"));
  const root = createSite({ fixture: "images", files: { "content/images/social/default.jpg": defaultCard } });
  context.result = buildSite(root, ownCache(root));
  assert.is(context.result.status, 0, context.result.stderr);
  context.ru = page(context.result, "/ru/blog/images/");
  context.en = page(context.result, "/en/blog/images/");
});
images.after((context) => removeSite(context.result));

images("the hero is AVIF at 480, 960 and 1440 pixels with one 960-pixel JPEG as the fallback", ({ ru }) => {
  const hero = pictureOf(ru, "Оранжевый круг на сине-зелёном градиенте");
  assert.equal(typesOf(hero), ["image/avif"]);
  for (const source of hero.querySelectorAll("source")) assert.equal(widthsOf(source.getAttribute("srcset")), [480, 960, 1440]);
  const img = hero.querySelector("img");
  assert.is(img?.getAttribute("srcset"), undefined);
  assert.is(img?.getAttribute("sizes"), undefined);
  assert.match(img?.getAttribute("src") ?? "", /^\/images\/encoded\/[\w-]+-960\.jpeg$/);
  assert.is(img?.getAttribute("width"), "960");
  assert.is(img?.getAttribute("height"), "540");
});

images("the hero loads eagerly with high priority and is preloaded from <head>", ({ ru }) => {
  const img = ru.querySelector(".hero img");
  assert.is(img?.getAttribute("loading"), "eager");
  assert.is(img?.getAttribute("fetchpriority"), "high");
  const preload = ru.querySelectorAll('head link[rel="preload"]');
  assert.is(preload.length, 1);
  const avif = ru.querySelector('.hero source[type="image/avif"]');
  assert.is(preload[0]?.getAttribute("as"), "image");
  assert.is(preload[0]?.getAttribute("type"), "image/avif");
  assert.is(preload[0]?.getAttribute("fetchpriority"), "high");
  assert.is(preload[0]?.getAttribute("imagesrcset"), avif?.getAttribute("srcset"));
  assert.is(preload[0]?.getAttribute("imagesizes"), avif?.getAttribute("sizes"));
});

images("without heroAlt the hero's alt text is the title", ({ en }) => {
  assert.is(en.querySelector(".hero img")?.getAttribute("alt"), "An article with every kind of image");
});

images("inline images load lazily, decode asynchronously and are sized for the text column", ({ ru }) => {
  const inline = ru.querySelectorAll(".article-body img");
  assert.is(inline.length, 4);
  for (const img of inline) {
    assert.is(img.getAttribute("loading"), "lazy", img.toString());
    assert.is(img.getAttribute("decoding"), "async", img.toString());
  }
  const photo = pictureOf(ru, "Голубой прямоугольник на фиолетовом фоне");
  assert.equal(typesOf(photo), ["image/avif"]);
  assert.match(photo.querySelector("source")?.getAttribute("sizes") ?? "", "44rem");
  // The source is 1200 pixels wide: no upscaled 1440 file, its own width instead.
  assert.equal(widthsOf(photo.querySelector("source")?.getAttribute("srcset")), [480, 960, 1200]);
});

images("a PNG with transparency keeps a PNG fallback instead of a JPEG", ({ ru }) => {
  const logo = pictureOf(ru, "Зелёный скруглённый квадрат");
  assert.equal(typesOf(logo), ["image/avif"]);
  const img = logo.querySelector("img");
  // The source is 640 pixels wide, under the 960 of the fallback: one PNG at its own width.
  assert.match(img?.getAttribute("src") ?? "", /-640\.png$/);
  assert.equal(widthsOf(logo.querySelector("source")?.getAttribute("srcset")), [480, 640]);
  assert.is(img?.getAttribute("width"), "640");
  assert.is(img?.getAttribute("height"), "400");
});

images('a decorative image written ![""](…) has an empty alt', ({ ru }) => {
  assert.ok(pictureOf(ru, "").querySelector("img"));
});

images("every <img> on every page has width and height, and no internal attribute leaks", ({ result }) => {
  for (const url of ["/ru/blog/images/", "/en/blog/images/", "/ru/", "/en/"]) {
    const document = page(result, url);
    const imgs = document.querySelectorAll("img");
    assert.ok(imgs.length > 0, url);
    for (const img of imgs) {
      assert.match(img.getAttribute("width") ?? "", /^\d+$/, `${url}: ${img.toString()}`);
      assert.match(img.getAttribute("height") ?? "", /^\d+$/, `${url}: ${img.toString()}`);
    }
    assert.not.match(document.toString(), /data-hero-crops|data-article-file/, url);
  }
});

images("list thumbnails are pictures with an empty alt beside the title link; the first keeps its priority", ({ result }) => {
  const card = page(result, "/ru/").querySelector(".card picture img");
  assert.is(card?.getAttribute("alt"), "");
  assert.is(card?.getAttribute("loading"), "eager");
  assert.is(card?.getAttribute("fetchpriority"), "high");
  assert.match(page(result, "/ru/").querySelector(".card picture source")?.getAttribute("sizes") ?? "", "22rem");
});

images("encoded files live under /images/encoded/, which hosts are told to cache for a year", ({ result, ru }) => {
  const urls = ru.querySelectorAll("source, img").flatMap((element) => urlsOf(element.getAttribute("srcset") ?? ""));
  const encoded = urls.filter((url) => url.startsWith("/images/") && !url.endsWith(".svg"));
  assert.ok(
    encoded.length > 0 && encoded.every((url) => /^\/images\/encoded\/[\w-]+-\d+\.(avif|webp|jpeg|png)$/.test(url)),
    String(encoded),
  );
  const headers = readFileSync(path.join(result.output, "_headers"), "utf8");
  assert.match(headers, /^\/images\/encoded\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

images("an SVG, served as it is, comes under a policy that runs no script and loads nothing", ({ result }) => {
  const rules = parseHeaderRules(readFileSync(path.join(result.output, "_headers"), "utf8"));
  const policies = headersFor(rules, "/images/fixture/diagram.svg").filter(([name]) => name === "Content-Security-Policy");
  const strictest = policies.map(([, value]) => value).find((value) => value.includes("sandbox"));
  assert.ok(strictest, JSON.stringify(policies));
  assert.match(strictest ?? "", /default-src 'none'/);
  assert.not.match(strictest ?? "", /script-src/);
  assert.ok(
    headersFor(rules, "/images/fixture/diagram.svg").some(([name, value]) => name === "X-Content-Type-Options" && value === "nosniff"),
  );
});

images("every file named in a srcset or a fallback's src exists and has the width it claims", async ({ result, ru }) => {
  const candidates = [
    ...ru
      .querySelectorAll("source")
      .flatMap((element) => (element.getAttribute("srcset") ?? "").split(","))
      .map((candidate) => candidate.trim().split(" ")),
    ...ru.querySelectorAll("picture img").map((img) => [img.getAttribute("src"), `${img.getAttribute("width")}w`]),
  ].filter(([url, width]) => url?.startsWith("/images/") && width);
  assert.ok(candidates.length >= 15, String(candidates.length));
  for (const [url, width] of candidates) {
    const metadata = await sharp(path.join(result.output, url ?? "")).metadata();
    assert.is(`${metadata.width}w`, width, url);
  }
  const formats = await Promise.all(
    ["avif", "jpeg"].map(async (format) => {
      const url =
        ru.querySelector(`.hero source[type="image/${format}"]`)?.getAttribute("srcset") ??
        ru.querySelector(".hero img")?.getAttribute("src");
      return (await sharp(path.join(result.output, urlsOf(url ?? "")[0] ?? "")).metadata()).format;
    }),
  );
  assert.equal(formats, ["heif", "jpeg"]);
});

images("an SVG is copied untouched and keeps its own URL", ({ result, ru }) => {
  const svg = ru.querySelector('img[src="/images/fixture/diagram.svg"]');
  assert.ok(svg);
  assert.is(svg?.parentNode?.tagName, "P");
  assert.is(svg?.getAttribute("width"), "300");
  assert.is(svg?.getAttribute("height"), "150");
  assert.ok(readFileSync(path.join(result.output, "images/fixture/diagram.svg")).equals(fixtureImage("diagram.svg")));
});

images("translations share the hero's 1200×630 JPEG social card, named by og:image and twitter:image", async ({ result, ru, en }) => {
  const url = ru.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
  // Named after the hero, not the language or slug: one card for both translations.
  assert.match(url, new RegExp(`^${siteUrl}/images/social/\\d+\\.jpg$`));
  for (const document of [ru, en]) {
    assert.is(document.querySelector('meta[property="og:image"]')?.getAttribute("content"), url);
    assert.is(document.querySelector('meta[name="twitter:image"]')?.getAttribute("content"), url);
    assert.is(document.querySelector('meta[property="og:image:width"]')?.getAttribute("content"), "1200");
    assert.is(document.querySelector('meta[property="og:image:height"]')?.getAttribute("content"), "630");
  }
  const card = await sharp(path.join(result.output, new URL(url).pathname)).metadata();
  assert.equal([card.format, card.width, card.height], ["jpeg", 1200, 630]);
});

images("translations share a 320-pixel WebP thumbnail of their hero for search results", async ({ result, ru, en }) => {
  const thumbnail = ru.querySelector("[data-hero-thumbnail]")?.getAttribute("data-hero-thumbnail") ?? "";
  // Digits only: the search index matches words in this path, and the slug's words must not be found.
  assert.match(thumbnail, /^\/images\/thumbs\/\d+\.webp$/);
  assert.is(en.querySelector("[data-hero-thumbnail]")?.getAttribute("data-hero-thumbnail"), thumbnail);
  const metadata = await sharp(path.join(result.output, thumbnail)).metadata();
  assert.equal([metadata.format, metadata.width, metadata.height], ["webp", 320, 180]);
});

images("translations name the hero at 16:9, 4:3 and 1:1 in their JSON-LD: JPEGs of those sizes", async ({ result, ru, en }) => {
  type Shape = { url: string; width: number; height: number };
  const imagesOf = (document: HTMLElement): Shape[] => jsonLdOf<{ image?: Shape[] }>(document, "NewsArticle")?.image ?? [];
  const shapes = imagesOf(ru);
  assert.equal(
    shapes.map(({ width, height }) => [width, height]),
    [
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ],
  );
  assert.equal(imagesOf(en), shapes);
  for (const { url, width, height } of shapes) {
    assert.match(url, new RegExp(`^${siteUrl}/images/shapes/\\d+-\\d+x\\d+\\.jpg$`));
    const metadata = await sharp(path.join(result.output, new URL(url).pathname)).metadata();
    assert.equal([metadata.format, metadata.width, metadata.height], ["jpeg", width, height], url);
  }
});

images("no two published files have the same bytes", ({ result }) => {
  const byHash = new Map<string, string[]>();
  for (const [file, hash] of Object.entries(siteSnapshot(result.output))) byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
  const duplicates = [...byHash.values()].filter((files) => files.length > 1);
  assert.equal(duplicates, []);
  assert.ok(byHash.size > 40, `${byHash.size} files`);
});

images("every image a page or feed names is a published file", ({ result }) => {
  // <img>, <source>, srcset and preloads are what the link check reads; head metadata and the search thumbnail too.
  assert.equal(checkLinks(result.output, siteUrl), []);
  const named = siteFiles(result.output)
    .filter((file) => file.endsWith(".html"))
    .flatMap((file) => {
      const document = page(result, file);
      return [
        ...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]').map((meta) => meta.getAttribute("content")),
        ...document.querySelectorAll("[data-hero-thumbnail]").map((element) => element.getAttribute("data-hero-thumbnail")),
      ];
    });
  const feeds = siteFiles(result.output).filter((file) => file.endsWith("feed.json"));
  assert.ok(feeds.length > 0, "no JSON feed");
  for (const feed of feeds) {
    const items = (JSON.parse(readFileSync(path.join(result.output, feed), "utf8")) as { items: Array<{ image?: string }> }).items;
    named.push(...items.map((item) => item.image));
  }
  const imageUrls = [...new Set(named)].map((url) => new URL(url ?? "", siteUrl).pathname);
  assert.ok(imageUrls.length >= 3, String(imageUrls));
  for (const url of imageUrls) assert.ok(hasFile(result, url), `${url} is named but not published`);
});

images("a source shown on several pages is encoded once: three sources and one hero's five crops for two articles", ({ result }) => {
  // The card, the three shapes and the thumbnail: translations share them.
  assert.is(encodedCount(result), 8, result.stdout);
});

images("a second build encodes nothing; a changed source is encoded again", async ({ result }) => {
  const warm = buildSite(result.root, ownCache(result.root));
  assert.is(warm.status, 0, warm.stderr);
  assert.is(encodedCount(warm), 0, warm.stdout);
  assert.match(warm.stdout, "8 from cache");
  const before = page(warm, "/ru/blog/images/").querySelector(".article-body img")?.getAttribute("src");

  const photo = path.join(result.root, "content/images/fixture/photo.jpg");
  writeFileSync(
    photo,
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#e76f51" } })
      .jpeg()
      .toBuffer(),
  );
  const changed = buildSite(result.root, ownCache(result.root));
  assert.is(changed.status, 0, changed.stderr);
  assert.is(encodedCount(changed), 1, changed.stdout);
  const after = page(changed, "/ru/blog/images/").querySelector(".article-body img")?.getAttribute("src");
  assert.is.not(after, before);
  assert.ok(hasFile(changed, after ?? ""), after);
});

images.run();

const broken = suite("broken images fail the build with one line");

/** A one-article site whose body is `body`; the hero is the fixture's. */
function brokenSite(body: string, files: Record<string, Buffer> = {}): BuildResult {
  const root = createSite({
    files: {
      "content/images/fixture/hero.webp": fixtureImage("hero.webp"),
      "content/ru/blog/x.md": article({ heroImage: "/images/fixture/hero.webp" }, body),
      ...files,
    },
  });
  const result = buildSite(root);
  removeSite(result);
  return result;
}

function assertOneLine(result: BuildResult, line: string): void {
  assert.is.not(result.status, 0);
  assert.ok(result.stderr.includes(line), result.stderr);
  assert.not.match(result.stderr, /^\s+at /m, "a stack trace");
}

broken("an inline image that does not exist", () => {
  assertOneLine(
    brokenSite("Текст.\n\n![Схема](/images/blog/missing.png)\n"),
    "content/ru/blog/x.md: image /images/blog/missing.png: expected an image file at content/images/blog/missing.png, found no such file",
  );
});

broken("a corrupt image", () => {
  const truncated = fixtureImage("photo.jpg").subarray(0, 200);
  assertOneLine(
    brokenSite("Текст.\n\n![Фото](/images/blog/broken.jpg)\n", { "content/images/blog/broken.jpg": truncated }),
    "content/ru/blog/x.md: image /images/blog/broken.jpg: expected a webp, jpeg, png or svg image, found a file the image decoder rejects",
  );
});

broken("an inline image without alt text", () => {
  assertOneLine(
    brokenSite("Текст.\n\n![](/images/fixture/hero.webp)\n"),
    'content/ru/blog/x.md: image /images/fixture/hero.webp: expected alt text (write ![description](...), or mark it decorative with an explicit empty alt ![""](...)), found none',
  );
});

broken("a remote image in the body, which would be a tracking pixel without width or height", () => {
  assertOneLine(
    brokenSite("Текст.\n\n![Пиксель](https://tracker.example/p.gif) и ![Ещё](//cdn.example/x.png)\n"),
    "content/ru/blog/x.md: image https://tracker.example/p.gif: expected a site-absolute path to a file under content/images/, such as /images/blog/chart.png, found an image on another site",
  );
});

broken("a relative image in the body, which would be published broken", () => {
  assertOneLine(
    brokenSite("Текст.\n\n![Схема](../../x.png)\n"),
    "content/ru/blog/x.md: image ../../x.png: expected a site-absolute path to a file under content/images/, such as /images/blog/chart.png, found a relative path",
  );
});

broken.run();
