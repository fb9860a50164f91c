// heroFocus in a real build: the crops of a hero keep the point the editor named, the page's 16:9 frames are moved to
// it, and a hero shown with two focuses publishes two sets of crops.
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import sharp from "sharp";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, buildSite, createSite, jsonLdOf, page, removeSite, type BuildResult } from "../helpers/site.ts";

const siteUrl = "https://news.test";

/** 1600×900: red up to x = 900, blue after it, so where a crop was cut shows in its colours. */
async function twoColourHero(): Promise<Buffer> {
  const red = await sharp({ create: { width: 900, height: 900, channels: 3, background: "#ff0000" } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: "#0000ff" } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** The colour at (x, y) of a published image: "red" or "blue", whichever channel leads. */
async function colourAt(result: BuildResult, url: string, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(path.join(result.output, new URL(url, siteUrl).pathname))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  const [r = 0, , b = 0] = data.subarray(at, at + 3);
  return r > b ? "red" : "blue";
}

type Shape = { url: string; width: number; height: number };
const shapesOf = (document: HTMLElement): Shape[] => jsonLdOf<{ image?: Shape[] }>(document, "NewsArticle")?.image ?? [];

const square = (document: HTMLElement): string => shapesOf(document).find((shape) => shape.width === shape.height)?.url ?? "";

const focus = suite<{ result: BuildResult; left: HTMLElement; centred: HTMLElement; right: HTMLElement }>("heroFocus");

focus.before(async (context) => {
  const hero = await twoColourHero();
  const root = createSite({
    files: {
      "content/images/blog/two-colours.jpg": hero,
      "content/ru/blog/left.md": article({
        title: "Слева",
        pubDate: "2026-03-02",
        heroImage: "/images/blog/two-colours.jpg",
        heroFocus: "left",
      }),
      "content/ru/blog/centred.md": article({ title: "По центру", pubDate: "2026-03-01", heroImage: "/images/blog/two-colours.jpg" }),
      "content/en/blog/right.md": article({
        title: "On the right",
        description: "An English article whose hero's subject is on the right.",
        category: "AI News",
        pubDate: "2026-03-03",
        heroImage: "/images/blog/two-colours.jpg",
        heroFocus: "right",
      }),
    },
  });
  context.result = buildSite(root, { SITE_URL: siteUrl });
  assert.is(context.result.status, 0, context.result.stderr);
  context.left = page(context.result, "/ru/blog/left/");
  context.centred = page(context.result, "/ru/blog/centred/");
  context.right = page(context.result, "/en/blog/right/");
});
focus.after((context) => removeSite(context.result));

focus(
  "the 1:1 crop of a hero focused left keeps its left edge; a centred one is cut from the middle",
  async ({ result, left, centred }) => {
    // 900×900 of 1600×900: at the left edge it is all red; from the middle (x 350–1250) its right part is blue.
    assert.is(await colourAt(result, square(left), 1190, 600), "red");
    assert.is(await colourAt(result, square(left), 10, 600), "red");
    assert.is(await colourAt(result, square(centred), 1190, 600), "blue");
    assert.is(await colourAt(result, square(centred), 10, 600), "red");
  },
);

focus("the 4:3 and 16:9 crops and the card are cut around the focus too, each of its size", async ({ result, left, centred }) => {
  const [wide, fourByThree] = shapesOf(left);
  // 1200×900 of the source: from the left edge its last column is x = 1199, blue; from the middle, 200–1400.
  assert.is(await colourAt(result, fourByThree?.url ?? "", 1190, 450), "blue");
  assert.is(await colourAt(result, fourByThree?.url ?? "", 500, 450), "red");
  assert.is(await colourAt(result, shapesOf(centred)[1]?.url ?? "", 500, 450), "red");
  assert.is(await colourAt(result, shapesOf(centred)[1]?.url ?? "", 700, 450), "blue");
  for (const shape of shapesOf(left)) {
    const metadata = await sharp(path.join(result.output, new URL(shape.url).pathname)).metadata();
    assert.equal([metadata.width, metadata.height], [shape.width, shape.height], shape.url);
  }
  assert.ok(wide);
  // The card: a hero of 16:9 is cut to 1200×630 top and bottom only, so both focuses show red on the left.
  const card = left.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
  assert.is(await colourAt(result, card, 10, 300), "red");
});

focus("one hero with two focuses publishes two sets of crops, named apart", ({ left, centred }) => {
  const og = (document: HTMLElement): string => document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
  const thumbnail = (document: HTMLElement): string =>
    document.querySelector("[data-hero-thumbnail]")?.getAttribute("data-hero-thumbnail") ?? "";
  assert.is.not(og(left), og(centred));
  assert.is.not(thumbnail(left), thumbnail(centred));
  assert.is.not(square(left), square(centred));
});

focus(
  "the page's 16:9 frames of a focused hero, on its page and in lists, take its focus class; a centred one none",
  ({ result, left, centred }) => {
    assert.is(left.querySelector(".hero img")?.getAttribute("class"), "focus-x0");
    assert.is(centred.querySelector(".hero img")?.getAttribute("class"), undefined);
    const cards = page(result, "/ru/").querySelectorAll(".card");
    const card = (title: string): HTMLElement | undefined => cards.find((item) => item.querySelector("h2")?.text.trim() === title);
    assert.is(card("Слева")?.querySelector("img")?.getAttribute("class"), "focus-x0");
    assert.is(card("По центру")?.querySelector("img")?.getAttribute("class"), undefined);
  },
);

focus("the inlined stylesheet has a rule for every focus class a page can carry", ({ left }) => {
  const css = left
    .querySelectorAll("style")
    .map((style) => style.textContent)
    .join("");
  assert.match(css, /img\[class\*=["']?focus-["']?\]\{object-position:var\(--focus-x, ?50%\) var\(--focus-y, ?50%\)\}/);
  for (let step = 0; step <= 100; step += 10) {
    if (step === 50) continue;
    for (const axis of ["x", "y"]) {
      assert.match(css, new RegExp(`\\.focus-${axis}${step}\\{--focus-${axis}: ?${step}%\\}`), `focus-${axis}${step}`);
    }
  }
});

focus.run();
