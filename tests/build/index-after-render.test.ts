// npm run build indexes after the rendering process has exited: Pagefind's memory never adds to the renderer's.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { article, buildSite, createSite, projectFile, projectRoot, removeSite, sampleHero } from "../helpers/site.ts";

const realPagefind = path.join(projectRoot, `node_modules/@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);

test("when Pagefind starts, no process of the build is still rendering, and the site is published whole", () => {
  const root = createSite({
    files: { "content/ru/blog/first.md": article({ title: "Первая статья" }), [sampleHero]: projectFile(sampleHero) },
  });
  const scratch = mkdtempSync(path.join(tmpdir(), "index-after-render-"));
  try {
    // Pagefind's binary in front of the real one: it records the live processes whose environment marks the
    // rendering step (src/publish/production-build.ts sets it for Eleventy's process only), then becomes Pagefind.
    const seen = path.join(scratch, "rendering-when-pagefind-started");
    const binary = path.join(scratch, "pagefind-stand-in");
    // Only the build's own processes (the one that started Pagefind and its children): tests run side by side.
    writeFileSync(
      binary,
      [
        "#!/bin/sh",
        "for proc in /proc/[0-9]*; do",
        '  [ "$proc" = "/proc/$PPID" ] || [ "$(cut -d" " -f4 "$proc/stat" 2>/dev/null)" = "$PPID" ] || continue',
        `  { tr '\\0' '\\n' < "$proc/environ" | grep -qx PUBLISH_RENDER_STEP=1 && echo "$proc"; } 2>/dev/null`,
        `done >> "${seen}"`,
        `echo started >> "${seen}"`,
        `exec "${realPagefind}" "$@"`,
        "",
      ].join("\n"),
    );
    chmodSync(binary, 0o755);
    const result = buildSite(root, { PAGEFIND_EXTENDED_BINARY_PATH: binary });
    assert.is(result.status, 0, result.stdout + result.stderr);
    // Pagefind was started (once per language), and each time nothing was rendering any more.
    const lines = readFileSync(seen, "utf8").trim().split("\n");
    assert.ok(lines.length > 0);
    assert.equal(
      lines.filter((line) => line !== "started"),
      [],
    );
    assert.match(readFileSync(path.join(result.output, "ru/blog/first/index.html"), "utf8"), "Первая статья");
    assert.match(readFileSync(path.join(result.output, "pagefind/pagefind-entry.json"), "utf8"), '"ru"');
  } finally {
    removeSite({ root });
    rmSync(scratch, { recursive: true, force: true });
  }
});

test.run();
