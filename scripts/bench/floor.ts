// The floor: the least a markdown site generator can do (read, parse front matter, render, write), timed by the bench.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import markdownIt from "markdown-it";

const [contentDir, outputDir] = process.argv.slice(2);
if (!contentDir || !outputDir) throw new Error("usage: floor.ts <content dir> <output dir>");

const markdown = markdownIt();
for (const lang of readdirSync(contentDir)) {
  const blog = path.join(contentDir, lang, "blog");
  let files: string[];
  try {
    files = readdirSync(blog).filter((file) => file.endsWith(".md"));
  } catch {
    continue;
  }
  for (const file of files) {
    const { data, content } = matter(readFileSync(path.join(blog, file), "utf8"));
    const folder = path.join(outputDir, lang, "blog", path.basename(file, ".md"));
    mkdirSync(folder, { recursive: true });
    const title = String(data.title ?? "");
    writeFileSync(
      path.join(folder, "index.html"),
      `<!DOCTYPE html><html lang="${lang}"><title>${title}</title>${markdown.render(content)}</html>`,
    );
  }
}
