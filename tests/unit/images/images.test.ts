// The image pipeline's rules without a build: formats, roles, paths, problem lines, markup, alt text and progress.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "node-html-parser";
import { EditorError } from "../../../src/content/editor-error.ts";
import { applyEdits, findImages } from "../../../src/images/img-tags.ts";
import { ImageProgress } from "../../../src/images/progress.ts";
import {
  imageRole,
  missingAltProblem,
  outputFormats,
  proseAttributes,
  sitePathOf,
  sourceFileOf,
  unusableImageProblem,
} from "../../../src/images/policy.ts";
import { createMarkdown } from "../../../src/markdown/renderer.ts";
import { altTextOf } from "../../../src/markdown/image-alt.ts";
import { OutputFiles } from "../../../src/images/output-files.ts";
import { pictureHtml, preloadHtml, type ImageOutputs } from "../../../src/images/picture.ts";
import { summary } from "../../../src/images/plugin.ts";
import { heroCrops, heroThumbnailPath, socialImage, socialImagePath } from "../../../src/images/derived.ts";
import { cropBox, focusClass } from "../../../src/images/crop.ts";
import { centerFocus, parseHeroFocus } from "../../../src/content/hero-focus.ts";

test("an opaque source falls back to JPEG, a transparent one to PNG; AVIF comes first, and no WebP", () => {
  assert.equal(outputFormats({ hasAlpha: false }), { best: "avif", fallback: "jpeg" });
  assert.equal(outputFormats({ hasAlpha: true }), { best: "avif", fallback: "png" });
});

test("the hero is the high-priority image, a layout image brings its sizes, anything else is prose", () => {
  assert.is(imageRole({ src: "/images/a.webp", fetchpriority: "high", sizes: "100vw" }), "hero");
  assert.is(imageRole({ src: "/images/a.webp", sizes: "22rem", loading: "lazy" }), "layout");
  assert.is(imageRole({ src: "/images/a.webp", alt: "A chart" }), "prose");
});

test("prose images load lazily, decode asynchronously and are sized to the text column", () => {
  const attributes = proseAttributes({ src: "/images/a.png", alt: "A chart" });
  assert.is(attributes.loading, "lazy");
  assert.is(attributes.decoding, "async");
  assert.match(attributes.sizes ?? "", "44rem");
  assert.is(attributes.alt, "A chart");
});

test("only site-absolute /images/ paths belong to the pipeline", () => {
  assert.is(sitePathOf("/images/blog/a.png"), "/images/blog/a.png");
  assert.is(sitePathOf("/images/blog/my%20chart.png?v=2#x"), "/images/blog/my chart.png");
  assert.is(sitePathOf("https://example.com/images/a.png"), undefined);
  assert.is(sitePathOf("data:image/png;base64,AAAA"), undefined);
  assert.is(sitePathOf(undefined), undefined);
  // Feed content has absolute URLs by the time the pipeline sees it: this site's are still its images.
  assert.is(sitePathOf("https://news.test/images/blog/a.png", "https://news.test"), "/images/blog/a.png");
  assert.is(sitePathOf("https://other.test/images/blog/a.png", "https://news.test"), undefined);
});

test("an image path cannot climb out of content/images", () => {
  assert.is(sourceFileOf("/images/blog/a.png", "/site/content"), path.resolve("/site/content/images/blog/a.png"));
  assert.is(sourceFileOf("/images/../../etc/passwd", "/site/content"), undefined);
  assert.is(sourceFileOf("/images/../secret.md", "/site/content"), undefined);
});

test("a markdown image without alt text is one line naming the article and the image", () => {
  assert.is(
    missingAltProblem("content/ru/blog/x.md", "/images/blog/x.png"),
    'content/ru/blog/x.md: image /images/blog/x.png: expected alt text (write ![description](...), or mark it decorative with an explicit empty alt ![""](...)), found none',
  );
});

test("missing, unreadable and corrupt sources become lines an editor can act on", () => {
  const file = "content/ru/blog/x.md";
  const source = path.join(process.cwd(), "content/images/blog/x.png");
  const missing = unusableImageProblem(file, "/images/blog/x.png", source, Object.assign(new Error("ENOENT"), { code: "ENOENT" }));
  assert.is(
    missing,
    "content/ru/blog/x.md: image /images/blog/x.png: expected an image file at content/images/blog/x.png, found no such file",
  );
  const locked = unusableImageProblem(file, "/images/blog/x.png", source, Object.assign(new Error("EACCES"), { code: "EACCES" }));
  assert.match(locked, "found a file this build may not read (permission denied)");
  const corrupt = unusableImageProblem(
    file,
    "/images/blog/x.png",
    source,
    new Error('Image error: reading "x" failed. Original error: Input file has corrupt header\n    at somewhere'),
  );
  assert.is(
    corrupt,
    "content/ru/blog/x.md: image /images/blog/x.png: expected a webp, jpeg, png or svg image, found a file the image decoder rejects (Input file has corrupt header)",
  );
});

const encoded = (
  name: string,
  format: string,
  type: string,
  widths: number[],
): { format: string; outputs: ImageOutputs[number]["outputs"] } => ({
  format,
  outputs: widths.map((width) => ({ url: `/images/${name}-${width}.${format}`, width, height: width / 2, format, sourceType: type })),
});

const heroFormats: ImageOutputs = [
  encoded("h", "avif", "image/avif", [480, 960]),
  encoded("h", "webp", "image/webp", [480, 960]),
  encoded("h", "jpeg", "image/jpeg", [480, 960]),
];

test("a <picture> lists AVIF then WebP sources and ends with a sized fallback <img>", () => {
  const html = pictureHtml(heroFormats, {
    src: "/images/blog/h.webp",
    alt: 'The "fast" model & friends',
    sizes: "100vw",
    loading: "eager",
    "data-hero-crops": "50 50",
  });
  const picture = parse(html).querySelector("picture");
  const sources = picture?.querySelectorAll("source") ?? [];
  assert.equal(
    sources.map((source) => source.getAttribute("type")),
    ["image/avif", "image/webp"],
  );
  assert.is(sources[0]?.getAttribute("srcset"), "/images/h-480.avif 480w, /images/h-960.avif 960w");
  assert.is(sources[0]?.getAttribute("sizes"), "100vw");
  const img = picture?.querySelector("img");
  assert.is(img?.getAttribute("src"), "/images/h-960.jpeg");
  assert.is(img?.getAttribute("srcset"), "/images/h-480.jpeg 480w, /images/h-960.jpeg 960w");
  assert.is(img?.getAttribute("width"), "960");
  assert.is(img?.getAttribute("height"), "480");
  assert.is(img?.getAttribute("alt"), 'The "fast" model & friends');
  assert.is(img?.getAttribute("loading"), "eager");
  assert.not.match(html, "data-hero-crops");
});

test("AVIF at several widths with one fallback file: sizes goes with the AVIF srcset, the <img> has none", () => {
  const html = pictureHtml([encoded("h", "avif", "image/avif", [480, 960, 1440]), encoded("h", "jpeg", "image/jpeg", [960])], {
    src: "/images/blog/h.jpg",
    alt: "",
    sizes: "100vw",
  });
  const picture = parse(html).querySelector("picture");
  assert.is(picture?.querySelector("source")?.getAttribute("sizes"), "100vw");
  assert.is(
    picture?.querySelector("source")?.getAttribute("srcset"),
    "/images/h-480.avif 480w, /images/h-960.avif 960w, /images/h-1440.avif 1440w",
  );
  const img = picture?.querySelector("img");
  assert.is(img?.getAttribute("src"), "/images/h-960.jpeg");
  assert.is(img?.getAttribute("srcset"), undefined);
  assert.is(img?.getAttribute("sizes"), undefined);
  assert.is(img?.getAttribute("width"), "960");
});

test("a single encoded width needs no width descriptors and no sizes", () => {
  const html = pictureHtml([encoded("s", "avif", "image/avif", [300]), encoded("s", "png", "image/png", [300])], {
    src: "/images/s.png",
    alt: "",
    sizes: "100vw",
  });
  assert.not.match(html, "sizes=");
  assert.match(html, 'srcset="/images/s-300.avif"');
  assert.match(html, 'alt=""');
});

test("the hero preload names the AVIF candidates, their sizes, the type and high priority", () => {
  const link = parse(preloadHtml(heroFormats, "100vw")).querySelector("link");
  assert.is(link?.getAttribute("rel"), "preload");
  assert.is(link?.getAttribute("as"), "image");
  assert.is(link?.getAttribute("imagesrcset"), "/images/h-480.avif 480w, /images/h-960.avif 960w");
  assert.is(link?.getAttribute("imagesizes"), "100vw");
  assert.is(link?.getAttribute("type"), "image/avif");
  assert.is(link?.getAttribute("fetchpriority"), "high");
});

test("images are found as HTML tokenizes them: not in <picture>, scripts, styles or comments", () => {
  const html =
    '<!doctype html><html><head><title>t <img></title><style>/* <img src="/images/s.png"> */</style></head><body>' +
    '<p><img src="/images/a.png" alt="A > B &amp; &quot;C&quot;"></p>' +
    '<picture><source srcset="/images/x.avif"><img src="/images/b.png" alt=""></picture>' +
    '<pre><code>&lt;img src="/images/c.png"&gt;</code></pre><!-- <img src="/images/e.png"> -->' +
    "<script>const html = '<img src=\"/images/f.png\">';</script><IMG SRC=/images/g.png ALT=G></body></html>";
  const { images, headEnd } = findImages(html);
  assert.equal(
    images.map((image) => image.attributes.src),
    ["/images/a.png", "/images/g.png"],
  );
  assert.is(images[0]?.attributes.alt, 'A > B & "C"');
  assert.is(html.slice(...(images[0]?.range ?? [0, 0])), '<img src="/images/a.png" alt="A > B &amp; &quot;C&quot;">');
  assert.is(images[1]?.attributes.alt, "G");
  assert.is(html.slice(headEnd, (headEnd ?? 0) + 7), "</head>");
});

test("a tag ends where HTML ends it: an unquoted value may hold a quote, and <!--> is a whole comment", () => {
  // A scanner that pairs quotes ran from "it's" to "don't" and would have replaced the paragraph between with the image.
  const html = '<p><img src=/images/a.png alt=it\'s></p><p>don\'t</p><!--><img src="/images/b.png" alt="B"><!-- x -->';
  const { images } = findImages(html);
  assert.equal(
    images.map((image) => html.slice(...image.range)),
    ["<img src=/images/a.png alt=it's>", '<img src="/images/b.png" alt="B">'],
  );
  assert.equal(images[0]?.attributes, { src: "/images/a.png", alt: "it's" });
});

test("the text of a <textarea> holds no images, and a repeated attribute keeps its first value", () => {
  const html = '<textarea><img src="/images/t.png"></textarea><img src="/images/a.png" ALT="first" alt="second">';
  const { images } = findImages(html);
  assert.equal(
    images.map((image) => image.attributes),
    [{ src: "/images/a.png", alt: "first" }],
  );
});

test("edits replace tags by position and leave the rest of the page byte for byte", () => {
  const html = '<head></head><p>«Ёлка» <img src="/images/a.png" alt="A"> & more</p>';
  const { images, headEnd } = findImages(html);
  const image = images[0];
  assert.ok(image && headEnd !== undefined);
  const result = applyEdits(html, [
    { range: image.range, html: "<picture>…</picture>" },
    { range: [headEnd, headEnd], html: "<link>" },
  ]);
  assert.is(result, "<head><link></head><p>«Ёлка» <picture>…</picture> & more</p>");
});

test('alt text: "" (in any quotes) is decorative, nothing is missing', () => {
  assert.is(altTextOf('""').kind, "decorative");
  assert.is(altTextOf("«»").kind, "decorative");
  assert.is(altTextOf("").kind, "missing");
  assert.is(altTextOf("  ").kind, "missing");
  assert.is(altTextOf("A chart").kind, "text");
});

test('markdown renders a decorative image with alt="" even with the Russian typographer on', () => {
  const markdown = createMarkdown({ quotes: "«»„“" });
  assert.match(markdown.render('![""](/images/a.png)', { page: { inputPath: "./content/ru/blog/x.md" } }), 'alt=""');
  assert.match(markdown.render("![Схема конвейера](/images/a.png)", {}), 'alt="Схема конвейера"');
});

test("markdown stops at an image without alt text, naming the article and every such image", () => {
  const markdown = createMarkdown({ quotes: "«»„“" });
  try {
    markdown.render("![](/images/a.png)\n\n![](/images/b.png)", { page: { inputPath: "./content/ru/blog/x.md" } });
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.instance(error, EditorError);
    const problems = (error as EditorError).problems;
    assert.is(problems.length, 2);
    assert.match(problems[0] ?? "", /^content\/ru\/blog\/x\.md: image \/images\/a\.png: expected alt text/);
    assert.match(problems[1] ?? "", "/images/b.png");
  }
});

test("the social card is 1200×630 at an absolute URL named after the hero and its focus, not the article", () => {
  const hero = { heroImage: "/images/blog/hero-fast-model.webp", heroFocus: centerFocus };
  const russian = { ...hero, title: "Быстрая модель", heroAlt: undefined };
  const card = socialImage(russian, "https://news.example/");
  assert.match(socialImagePath(hero), /^\/images\/social\/\d+\.jpg$/);
  assert.equal(card, { url: `https://news.example${socialImagePath(hero)}`, width: 1200, height: 630, alt: "Быстрая модель" });
  // A translation shows the same hero, so it names the same card; another hero or another focus, another card.
  assert.is(socialImage({ ...russian, title: "Fast model" }, "https://news.example/").url, card.url);
  assert.is.not(socialImagePath({ ...hero, heroImage: "/images/blog/hero-eu-ai-act.jpg" }), socialImagePath(hero));
  assert.is.not(socialImagePath({ ...hero, heroFocus: { x: 0, y: 50 } }), socialImagePath(hero));
  // One file, however its path is spelled.
  assert.is(socialImagePath({ ...hero, heroImage: "/images//blog/hero-fast-model.webp" }), socialImagePath(hero));
});

test("the search thumbnail's name is digits, one per hero and focus, and the same from build to build", () => {
  const hero = { heroImage: "/images/blog/hero-fast-model.webp", heroFocus: centerFocus };
  const thumbnail = heroThumbnailPath(hero);
  assert.match(thumbnail, /^\/images\/thumbs\/\d+\.webp$/);
  assert.is.not(heroThumbnailPath({ ...hero, heroImage: "/images/blog/hero-eu-ai-act.jpg" }), thumbnail);
  assert.is.not(heroThumbnailPath({ ...hero, heroFocus: { x: 50, y: 0 } }), thumbnail);
  assert.is(heroThumbnailPath({ ...hero }), thumbnail);
});

test("the crops of a hero: the card, 16:9, 4:3 and 1:1 for search engines, and the 320×180 thumbnail", () => {
  const crops = heroCrops({ heroImage: "/images/blog/a.png", heroFocus: { x: 30, y: 40 } });
  assert.equal(
    crops.map(({ kind, width, height, format }) => `${kind} ${width}x${height} ${format}`),
    ["card 1200x630 jpeg", "shape 1200x675 jpeg", "shape 1200x900 jpeg", "shape 1200x1200 jpeg", "thumbnail 320x180 webp"],
  );
  assert.equal(new Set(crops.map((crop) => crop.path)).size, 5);
  assert.equal(
    crops.filter((crop) => crop.kind === "shape").map((crop) => crop.path.replace(/\d+/, "N")),
    ["/images/shapes/N-16x9.jpg", "/images/shapes/N-4x3.jpg", "/images/shapes/N-1x1.jpg"],
  );
});

test("a crop box is the largest of its shape, placed along its room as object-position places an image", () => {
  const wide = { width: 1600, height: 900 };
  const square = { width: 1200, height: 1200 };
  // 900×900 in a 1600-wide source leaves 700 pixels of room: 0% at the left edge, 100% at the right, 30% 210 in.
  assert.equal(cropBox(wide, square, { x: 0, y: 50 }), { left: 0, top: 0, width: 900, height: 900 });
  assert.equal(cropBox(wide, square, { x: 100, y: 50 }), { left: 700, top: 0, width: 900, height: 900 });
  assert.equal(cropBox(wide, square, { x: 30, y: 0 }), { left: 210, top: 0, width: 900, height: 900 });
  // A tall source: the full width, 1000 × 9 / 16 = 563 high (rounded), at 100% down all 437 pixels of room, at 40% 175.
  const tall = { width: 1000, height: 1000 };
  assert.equal(cropBox(tall, { width: 1200, height: 675 }, { x: 50, y: 100 }), { left: 0, top: 437, width: 1000, height: 563 });
  assert.equal(cropBox(tall, { width: 1200, height: 675 }, { x: 50, y: 40 }), { left: 0, top: 175, width: 1000, height: 563 });
  // The same shape keeps the whole source, wherever the focus is.
  assert.equal(cropBox(wide, { width: 320, height: 180 }, { x: 0, y: 0 }), { left: 0, top: 0, width: 1600, height: 900 });
});

test("heroFocus reads object-position's keywords and percentages in steps of 10, and nothing else", () => {
  assert.equal(parseHeroFocus("left"), { x: 0, y: 50 });
  assert.equal(parseHeroFocus("bottom"), { x: 50, y: 100 });
  assert.equal(parseHeroFocus("center"), { x: 50, y: 50 });
  assert.equal(parseHeroFocus("top right"), { x: 100, y: 0 });
  assert.equal(parseHeroFocus("right top"), { x: 100, y: 0 });
  assert.equal(parseHeroFocus(" Left  Bottom "), { x: 0, y: 100 });
  assert.equal(parseHeroFocus("30% 40%"), { x: 30, y: 40 });
  assert.equal(parseHeroFocus("left 20%"), { x: 0, y: 20 });
  assert.equal(parseHeroFocus("70%"), { x: 70, y: 50 });
  for (const wrong of ["", "middle", "33% 40%", "110% 0%", "left right", "top bottom", "40% left", "top 40%", "1 2", "left top center"]) {
    assert.is(parseHeroFocus(wrong), undefined, wrong);
  }
  assert.is(focusClass({ x: 50, y: 50 }), undefined);
  assert.is(focusClass({ x: 30, y: 50 }), "focus-x30");
  assert.is(focusClass({ x: 0, y: 100 }), "focus-x0 focus-y100");
});

test("progress off a TTY prints a line only every few seconds, however many images finish", () => {
  let clock = 0;
  const lines: string[] = [];
  const progress = new ImageProgress({ write: (text) => lines.push(text), isTTY: false, now: () => clock, intervalMs: 2000 });
  for (let i = 0; i < 1000; i += 1) progress.queued();
  for (let i = 0; i < 1000; i += 1) {
    clock += 10; // 10 s in all
    progress.done();
  }
  progress.finish();
  assert.ok(lines.length >= 4 && lines.length <= 6, String(lines.length));
  assert.is(lines[0], "[images] 200/1000\n");
});

test("progress on a TTY rewrites one line and ends it", () => {
  let clock = 0;
  const written: string[] = [];
  const progress = new ImageProgress({ write: (text) => written.push(text), isTTY: true, now: () => clock, intervalMs: 100 });
  progress.queued();
  progress.queued();
  clock = 200;
  progress.done();
  clock = 400;
  progress.done();
  progress.finish();
  assert.equal(written, ["\r[images] 1/2", "\r[images] 2/2", "\r[images] 2/2\n"]);
});

test("the closing line says how many images were encoded and how many came from the cache", () => {
  assert.is(
    summary({ images: 38, encoded: 2, files: 14, cards: 6, shapes: 18, thumbnails: 6, svg: 1 }, 3140),
    "[images] 2 encoded (14 files), 36 from cache: 8 sources, 6 social cards, 18 shapes, 6 thumbnails, 1 svg in 3.1 s",
  );
  assert.is(summary({ images: 0, encoded: 0, files: 0, cards: 0, shapes: 0, thumbnails: 0, svg: 0 }, 0), undefined);
});

test("cache files are hard-linked into the output, sources copied, and a newer cache file replaces an old link", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "output-files-"));
  try {
    const cached = path.join(dir, "cache/abc-480.avif");
    const source = path.join(dir, "content/diagram.svg");
    for (const [file, text] of [
      [cached, "avif"],
      [source, "<svg/>"],
    ] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    await new OutputFiles().place(cached, path.join(dir, "_site/images/abc-480.avif"), "link");
    await new OutputFiles().place(source, path.join(dir, "_site/images/diagram.svg"), "copy");
    assert.is(statSync(path.join(dir, "_site/images/abc-480.avif")).ino, statSync(cached).ino);
    assert.is.not(statSync(path.join(dir, "_site/images/diagram.svg")).ino, statSync(source).ino);

    const card = path.join(dir, "_site/images/social/123.jpg");
    const oldCard = path.join(dir, "cache/old-card.jpeg");
    const newCard = path.join(dir, "cache/new-card.jpeg");
    writeFileSync(oldCard, "old!");
    utimesSync(oldCard, new Date(2000, 1, 1), new Date(2000, 1, 1));
    writeFileSync(newCard, "new!");
    await new OutputFiles().place(oldCard, card, "link");
    await new OutputFiles().place(newCard, card, "link");
    assert.is(readFileSync(card, "utf8"), "new!");
    assert.is(readFileSync(oldCard, "utf8"), "old!");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
