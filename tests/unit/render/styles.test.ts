// The inlined stylesheet's minifier: smaller CSS, with strings and url() exactly as written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { minifyCss } from "../../../src/render/styles.ts";

test("quoted strings and url() keep their spaces, commas, '>' and ';}' while the rest is minified", async () => {
  const css = [
    "/* a comment */",
    '.note::before {\n  content: "a  >  b, c;}  d";\n}',
    '.hero {\n  background: url("/images/a  b.png") no-repeat;\n}',
  ].join("\n");
  const minified = await minifyCss(css);
  assert.ok(minified.includes('"a  >  b, c;}  d"'), minified);
  assert.ok(minified.includes("/images/a  b.png"), minified);
  assert.not.match(minified, /comment|\n/);
  assert.ok(minified.length < css.length - "/* a comment */".length, minified);
});

test.run();
