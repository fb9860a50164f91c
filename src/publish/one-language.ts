// npm run build -- --lang ru: one language rendered and indexed, every language's front matter still read.
import path from "node:path";
import { BuildFailure } from "./build-failure.ts";
import { languageCodes, type SiteLanguages } from "../content/languages.ts";

const variable = "ELEVENTY_BUILD_LANGUAGE";

/** Set by scripts/eleventy.ts from --lang, before Eleventy reads the config. */
export function setBuildLanguage(lang: string): void {
  process.env[variable] = lang;
}

/**
 * The languages this build renders: the one --lang named, or every declared language. Switchers, hreflang links, the
 * sitemap, list indexes and search pages still see every language, so they come out as a full build writes them.
 */
export function builtLanguages(site: SiteLanguages): string[] {
  const chosen = process.env[variable];
  const declared = languageCodes(site);
  if (!chosen) return declared;
  if (!declared.includes(chosen)) {
    throw new BuildFailure(`--lang: expected a language declared in _data/languages.json (${declared.join(", ")}), found "${chosen}"`);
  }
  return [chosen];
}

/** Eleventy's template as the writer makes it: what decides whether it is rendered and written. */
interface WriterTemplate {
  inputPath: string;
  isRenderable(): boolean;
}

export interface TemplateWriter {
  _createTemplate(file: string, to?: string): { template: WriterTemplate; wasCached: boolean };
}

/**
 * Templates under another language's folder (content/en/… in a ru build) keep their data, URL and place in every
 * collection, but are neither rendered nor written: what Eleventy does with a template its incremental build skips.
 * Its own switch (setRenderableOverride) is reset by every full build, so the template's answer is replaced.
 */
export function renderOnlyLanguages(writer: TemplateWriter, inputDir: string, site: SiteLanguages, built: readonly string[]): void {
  const others = new Set(languageCodes(site).filter((code) => !built.includes(code)));
  if (others.size === 0) return;
  const create = writer._createTemplate.bind(writer);
  writer._createTemplate = (file, to) => {
    const made = create(file, to);
    const [folder] = path.relative(inputDir, path.resolve(made.template.inputPath)).split(path.sep);
    if (folder && others.has(folder)) made.template.isRenderable = () => false;
    return made;
  };
}
