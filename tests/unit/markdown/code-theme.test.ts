// The code colours in site.css must stay readable: WCAG AA contrast (4.5:1) on the code background, light and dark.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { projectRoot } from "../../helpers/site.ts";

const css = readFileSync(path.join(projectRoot, "_includes/css/site.css"), "utf8");

function variables(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1] ?? "", (match[2] ?? "").toLowerCase()]),
  );
}

const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
const light = variables(css.slice(0, darkStart));
const dark = new Map([...light, ...variables(css.slice(darkStart, css.indexOf("}", css.indexOf("}", darkStart) + 1)))]);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = (hex.slice(1).match(/../g) ?? []).map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

// The variables the .hljs-* rules use, besides the --hl-* ones.
const codeColours = (scheme: Map<string, string>): string[] =>
  [...scheme.keys()].filter((name) => name.startsWith("hl-")).concat(["muted", "accent", "fg"]);

test("the stylesheet declares the code colours for both schemes", () => {
  assert.ok(darkStart > 0);
  assert.ok(codeColours(light).length >= 7);
  for (const name of codeColours(light)) assert.ok(light.has(name) && dark.has(name), name);
  assert.match(css, /\.hljs-keyword[^{]*\{\s*color:\s*var\(--hl-keyword\)/);
});

test("every code colour reaches 4.5:1 on the code background in light and dark mode", () => {
  for (const [scheme, colours] of [
    ["light", light],
    ["dark", dark],
  ] as const) {
    const background = colours.get("code-bg") ?? "";
    for (const name of codeColours(colours)) {
      const ratio = contrast(colours.get(name) ?? "", background);
      assert.ok(ratio >= 4.5, `${scheme} --${name} ${colours.get(name)} on ${background}: ${ratio.toFixed(2)}:1`);
    }
  }
});

test("every colour a .hljs rule uses is one of the checked variables", () => {
  const used = [...css.matchAll(/\.hljs-[^{]+\{([^}]*)\}/g)].flatMap((rule) =>
    [...(rule[1] ?? "").matchAll(/color:\s*([^;}]+)/g)].map((m) => (m[1] ?? "").trim()),
  );
  assert.ok(used.length > 0);
  for (const value of used)
    assert.ok(
      codeColours(light)
        .map((name) => `var(--${name})`)
        .includes(value),
      value,
    );
});

test.run();
