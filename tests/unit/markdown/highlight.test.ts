// Code blocks: highlighted at build time by named language, escaped plain text otherwise, template syntax literal.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { highlightCode, isKnownLanguage } from "../../../src/markdown/highlight.ts";
import { createMarkdown } from "../../../src/markdown/renderer.ts";

const markdown = createMarkdown({ quotes: "“”‘’" });

test("a fenced block in a known language is highlighted with class names only", () => {
  const html = markdown.render("```python\ndef f(x):\n    return 'a' < x\n```\n");
  assert.match(html, '<pre><code class="language-python"><span class="hljs-keyword">def</span>');
  assert.match(html, '<span class="hljs-string">&#x27;a&#x27;</span> &lt; x');
  assert.not.match(html, "style=");
});

test("an unknown or missing language falls back to escaped plain text", () => {
  assert.is(
    markdown.render("```klingon\n<b>qapla'</b>\n```\n"),
    '<pre><code class="language-klingon">&lt;b&gt;qapla\'&lt;/b&gt;\n</code></pre>\n',
  );
  assert.is(markdown.render("```\n<i>&</i>\n```\n"), "<pre><code>&lt;i&gt;&amp;&lt;/i&gt;\n</code></pre>\n");
  assert.is(highlightCode("x", "no-such-language"), "");
});

test("template syntax stays literal inside highlighted code", () => {
  for (const language of ["njk", "html", "js"]) {
    const html = markdown.render(`\`\`\`${language}\n<p>{{ user.name }}</p>{% for item in items %}\n\`\`\`\n`);
    const text = html
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
    assert.match(text, "{{ user.name }}", language);
    assert.match(text, "{% for item in items %}", language);
  }
});

test("common languages and the editors' aliases are known", () => {
  for (const language of ["ts", "typescript", "python", "bash", "yaml", "rust", "json", "njk", "nunjucks"]) {
    assert.ok(isKnownLanguage(language), language);
  }
  assert.not.ok(isKnownLanguage(""));
});

test.run();
