import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkLinks } from "../../helpers/link-check.ts";

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "links-"));
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

test("working links, anchors, images and external links pass", () => {
  const root = site({
    "index.html":
      '<a href="/ru/">ru</a><a href="/ru/#top">top</a><img src="/a.png" srcset="/a.png 1x, /a.png 2x"><a href="https://example.com/x">x</a>',
    "ru/index.html": '<h1 id="top">Top</h1><a href="../">up</a>',
    "a.png": "png",
  });
  assert.equal(checkLinks(root, "https://site.example"), []);
  rmSync(root, { recursive: true });
});

test("a missing page, image, srcset candidate and anchor are each reported", () => {
  const root = site({
    "index.html":
      '<a href="/nope/">x</a><img src="/missing.png"><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="/#gone">y</a><link rel="alternate" hreflang="en" href="https://site.example/en/">',
    "a.png": "png",
  });
  const broken = checkLinks(root, "https://site.example").map((link) => link.link);
  const expected = ['href="/#gone"', 'href="/nope/"', 'href="https://site.example/en/"', 'src="/missing.png"', 'srcset="/b.png"'];
  assert.equal(broken.sort(), expected.sort());
  rmSync(root, { recursive: true });
});

test.run();
