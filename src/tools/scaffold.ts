// New articles and new translations as files: valid front matter, never overwriting, every refusal one clear line.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readArticleFiles } from "../content/article-files.ts";
import { categoryNames, findCategory, loadCategories, type Category } from "../content/categories.ts";
import { formatArticleFile } from "./article-writer.ts";
import { usageError, type SiteFolders } from "./cli.ts";
import { bodyFingerprint } from "./fingerprint.ts";
import { translationMethods } from "../content/schema.ts";
import { displayPath } from "../content/front-matter.ts";
import { languageCodes } from "../content/languages.ts";
import { slugPattern, toSlug } from "../content/slugs.ts";
import { languagePreference, sortOriginalFirst } from "../i18n/translations.ts";

/** A neutral image the project ships, so a new article's front matter is valid before it has its own picture. */
export const placeholderHeroImage = "/images/blog/hero-placeholder.webp";
/** Marks what an editor still has to write; `grep -rn TODO content/` finds every one. */
export const placeholderMarker = "TODO";

export interface Written {
  file: string;
  notes: string[];
}

function articlePath(contentDir: string, lang: string, slug: string): string {
  return path.join(contentDir, lang, "blog", `${slug}.md`);
}

function requireDeclared(command: string, option: string, folders: SiteFolders, lang: string): void {
  const declared = languageCodes(folders.languages);
  if (!declared.includes(lang))
    throw usageError(command, option, `a language declared in _data/languages.json (${declared.join(", ")})`, `"${lang}"`);
}

/** The categories as the build reads them; none while the site has no categories file (names are then kept as written). */
function siteCategories(folders: SiteFolders): Category[] {
  return existsSync(path.join(folders.dataDir, "categories.json")) ? loadCategories(folders.dataDir, folders.languages) : [];
}

function write(file: string, contents: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents, { flag: "wx" }); // wx: fails rather than overwrite, even in a race
  return displayPath(file);
}

/** `localDay(new Date())`: the editor's calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
}

export function newArticle(
  folders: SiteFolders,
  options: { lang: string; title: string; slug?: string | undefined; today: string },
): Written {
  const command = "npm run new";
  requireDeclared(command, "--lang", folders, options.lang);
  const title = options.title.trim();
  if (title === "") throw usageError(command, "title", 'the article\'s title in quotes, such as "Заголовок статьи"', "nothing");
  const slug = options.slug ?? toSlug(title);
  if (!slugPattern.test(slug)) throw usageError(command, "slug", "Latin letters, digits and hyphens (give one with --slug)", `"${slug}"`);
  // The same slug in any language folder would make the new article a "translation" of an unrelated one.
  const taken = languageCodes(folders.languages)
    .map((lang) => articlePath(folders.contentDir, lang, slug))
    .find(existsSync);
  if (taken)
    throw usageError(
      command,
      "slug",
      "a slug no article uses yet (choose one with --slug)",
      `"${slug}", already used by ${displayPath(taken)}`,
    );
  const [category] = categoryNames(siteCategories(folders), options.lang);
  const fields = {
    title,
    description: `${placeholderMarker}: one sentence for lists and search engines`,
    pubDate: options.today,
    category: category ?? `${placeholderMarker}: category`,
    tags: [],
    author: `${placeholderMarker}: author`,
    heroImage: placeholderHeroImage,
    draft: true,
  };
  const body = `${placeholderMarker}: the first paragraph.\n\n## ${placeholderMarker}: a heading\n\n${placeholderMarker}: the text.\n`;
  const file = write(articlePath(folders.contentDir, options.lang, slug), formatArticleFile(fields, body));
  const notes = [`draft: true keeps it off the published site until you remove it; replace every ${placeholderMarker} first.`];
  if (!existsSync(path.join(folders.contentDir, placeholderHeroImage)))
    notes.push(`${placeholderHeroImage} is not in ${folders.contentDir}: add a hero image.`);
  return { file, notes };
}

/** How the translator says the translation is made: the article's translation, translator and reviewedBy fields. */
export interface TranslationProvenance {
  translation?: string | undefined;
  translator?: string | undefined;
  reviewedBy?: string | undefined;
}

/** The provenance fields to write, or a usage line for a method the build would reject. */
function provenanceFields(command: string, given: TranslationProvenance): Record<string, string> {
  const { translation, translator, reviewedBy } = given;
  if (translation === undefined) {
    if (translator || reviewedBy) throw usageError(command, "--translation", `one of ${translationMethods.join(", ")}`, "nothing");
    return {};
  }
  if (!(translationMethods as readonly string[]).includes(translation))
    throw usageError(command, "--translation", `one of ${translationMethods.join(", ")}`, `"${translation}"`);
  if (translation === "human" && !translator)
    throw usageError(command, "--translator", "the translator's name, with --translation human", "nothing");
  if (translation === "machine-reviewed" && !reviewedBy)
    throw usageError(command, "--reviewed-by", "the reviewer's name, with --translation machine-reviewed", "nothing");
  if (reviewedBy && translation !== "machine-reviewed")
    throw usageError(command, "--reviewed-by", "only with --translation machine-reviewed", `--translation ${translation}`);
  return { translation, ...(translator ? { translator } : {}), ...(reviewedBy ? { reviewedBy } : {}) };
}

export function translateArticle(
  folders: SiteFolders,
  options: { slug: string; to: string; from?: string | undefined } & TranslationProvenance,
): Written {
  const command = "npm run translate";
  requireDeclared(command, "--to", folders, options.to);
  const provenance = provenanceFields(command, options);
  if (options.from) requireDeclared(command, "--from", folders, options.from);
  const versions = readArticleFiles(folders.contentDir, languageCodes(folders.languages)).filter((file) => file.slug === options.slug);
  if (versions.length === 0)
    throw usageError(command, "slug", `an article at ${folders.contentDir}/<language>/blog/<slug>.md`, `no article "${options.slug}"`);
  const target = articlePath(folders.contentDir, options.to, options.slug);
  if (existsSync(target))
    throw usageError(
      command,
      "--to",
      "a language the article is not translated into yet",
      `${displayPath(target)} (already exists; it is never overwritten)`,
    );
  const ranked = sortOriginalFirst(
    versions.map((file) => ({ ...file, translatedFrom: file.data.translatedFrom as string | undefined })),
    languagePreference(folders.languages),
  );
  const source = options.from ? ranked.find((file) => file.lang === options.from) : ranked[0];
  if (!source)
    throw usageError(
      command,
      "--from",
      `a language "${options.slug}" exists in (${versions.map((file) => file.lang).join(", ")})`,
      `"${options.from}"`,
    );
  const notes: string[] = [];
  // The original's own provenance says how it was made, not how this translation is.
  const { translatedFrom: _previous, translation: _method, translator: _translator, reviewedBy: _reviewer, ...fields } = source.data;
  if (typeof fields.category === "string") {
    const mapped = findCategory(siteCategories(folders), source.lang, fields.category)?.names[options.to];
    if (mapped) fields.category = mapped;
    else
      notes.push(
        `category "${fields.category}" kept as it is: no ${options.to} name for it in ${path.join(folders.dataDir, "categories.json")}.`,
      );
  }
  const fingerprint = bodyFingerprint(source.body);
  const contents = formatArticleFile({ ...fields, draft: true, translatedFrom: fingerprint, ...provenance }, source.body);
  const file = write(target, contents);
  notes.unshift(
    `translation of ${source.file}, translatedFrom: "${fingerprint}".`,
    `Translate the title, description, tags, heroAlt and body, then remove draft: true to publish it.`,
  );
  if (!provenance.translation)
    notes.push(`translation: not set; say how it is made (${translationMethods.join(", ")}) so readers are told (README: translations).`);
  return { file, notes };
}
