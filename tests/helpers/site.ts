// Builds a fixture site with the project's real pipeline (the Eleventy CLI, our config and layouts) in a temp folder.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { collectOutput, type CommandResult } from "./child-output.ts";
import { eleventyCommand, layOutSite, projectRoot } from "./site-folder.ts";

export { projectRoot };
export const fixturesDir = path.join(projectRoot, "tests/fixtures");

export interface SiteSource {
  /** A folder under tests/fixtures whose content/ and _data/ are laid over the project's data. */
  fixture?: string;
  /** Extra or replacement files, relative to the site root (e.g. "content/ru/blog/x.md"). */
  files?: Record<string, string | Buffer>;
  /** Copy the project's own content (articles and images) first. */
  withProjectContent?: boolean;
}

export interface BuildResult extends CommandResult {
  root: string;
  output: string;
}

/**
 * Lays out a site (tests/helpers/site-folder.ts), then the project's own articles if asked, the fixture, and `files`.
 */
export function createSite(source: SiteSource): string {
  const root = mkdtempSync(path.join(tmpdir(), `site-${source.fixture ?? "inline"}-`));
  layOutSite(root);
  if (source.withProjectContent) {
    for (const entry of ["images", ...languageFolders(path.join(projectRoot, "content"))]) {
      cpSync(path.join(projectRoot, "content", entry), path.join(root, "content", entry), { recursive: true });
    }
  }
  if (source.fixture) cpSync(path.join(fixturesDir, source.fixture), root, { recursive: true });
  for (const [file, contents] of Object.entries(source.files ?? {})) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

function languageFolders(contentDir: string): string[] {
  const languages = JSON.parse(readFileSync(path.join(projectRoot, "_data/languages.json"), "utf8")) as {
    languages: Array<{ code: string }>;
  };
  return languages.languages.map(({ code }) => code).filter((code) => existsSync(path.join(contentDir, code)));
}

/** Runs the production build (`npm run build`'s command) in a site folder. */
export function buildSite(root: string, env: Record<string, string> = {}): BuildResult {
  const output = path.join(root, "_site");
  const eleventy = eleventyCommand();
  const result = spawnSync(eleventy.command, eleventy.args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...eleventy.env, ...env },
    timeout: 300_000,
  });
  return { root, output, status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** The production build started in the background: its pid, what it printed so far, and its result once it exits. */
export function startBuild(
  root: string,
  env: Record<string, string> = {},
): { pid: number; printed: () => string; done: Promise<BuildResult> } {
  const eleventy = eleventyCommand();
  const child = spawn(eleventy.command, eleventy.args, { cwd: root, env: { ...process.env, ...eleventy.env, ...env } });
  const { printed, done } = collectOutput(child);
  const output = path.join(root, "_site");
  return { pid: child.pid ?? 0, printed, done: done.then((result) => ({ root, output, ...result })) };
}

export function build(source: SiteSource, env?: Record<string, string>): BuildResult {
  return buildSite(createSite(source), env);
}

export function removeSite(result: { root: string }): void {
  rmSync(result.root, { recursive: true, force: true });
}

/** A built page, parsed by a real HTML parser; `url` is a site path such as /ru/blog/x/. */
export function page(result: BuildResult, url: string): HTMLElement {
  const file = path.join(result.output, url.endsWith("/") ? `${url}index.html` : url);
  if (!existsSync(file)) throw new Error(`No page ${url} in the build (${file})`);
  // <pre> is parsed as markup (node-html-parser keeps it as raw text by default) so code blocks can be queried.
  return parse(readFileSync(file, "utf8"), { blockTextElements: { script: true, noscript: true, style: true } });
}

/** A built page's JSON-LD entry of one @type (NewsArticle, ProfilePage…), parsed, or undefined. */
export function jsonLdOf<T = Record<string, unknown>>(document: HTMLElement, type: string): T | undefined {
  return document
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as T & { "@type"?: string })
    .find((entry) => entry["@type"] === type);
}

export function hasFile(result: BuildResult, sitePath: string): boolean {
  return existsSync(path.join(result.output, sitePath));
}

// Read once: article() runs for every file of every test site.
const dataFiles = new Map<string, Array<{ names: Record<string, string> }>>();
function projectData(file: string): Array<{ names: Record<string, string> }> {
  let data = dataFiles.get(file);
  if (!data) {
    data = JSON.parse(readFileSync(path.join(projectRoot, "_data", file), "utf8")) as Array<{ names: Record<string, string> }>;
    dataFiles.set(file, data);
  }
  return data;
}

/**
 * The editorial team's declared name in the language whose category the article names: an English article
 * (category "AI News") is bylined "Editorial team", a Russian one «Редакция», as the project's data declares them.
 */
function teamNameFor(category: unknown): string {
  const categoryNames = projectData("categories.json").flatMap((entry) => Object.entries(entry.names));
  const lang = categoryNames.find(([, name]) => name === category)?.[0] ?? "ru";
  const [team] = projectData("authors.json");
  return team?.names[lang] ?? "Редакция";
}

/** A minimal valid article; override any front matter field, or set one to undefined to drop it. */
export function article(fields: Record<string, unknown> = {}, body = "Текст статьи о модели.\n\n## Раздел\n\nЕщё текст."): string {
  const defaults: Record<string, unknown> = {
    title: "Тестовая статья",
    description: "Описание тестовой статьи.",
    pubDate: "2026-02-27",
    category: "Новости ИИ",
    tags: ["OpenAI", "LLM"],
    heroImage: "/images/blog/hero-fast-model.webp",
  };
  const merged = { ...defaults, author: teamNameFor(fields.category ?? defaults.category), ...fields };
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === "string" && key.endsWith("Date") ? value : JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---\n${body}\n`;
}

/** A file of the project itself (e.g. a sample hero image) to place into a fixture site. */
export function projectFile(relativePath: string): Buffer {
  return readFileSync(path.join(projectRoot, relativePath));
}

export const sampleHero = "content/images/blog/hero-fast-model.webp";

export { startDevServer, type DevServer } from "./dev-server.ts";
