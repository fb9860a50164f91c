// Translation status: for every article, which languages exist, which are missing, stale, or of unknown freshness.
import type { ArticleFile } from "../content/article-files.ts";
import { bodyFingerprint } from "./fingerprint.ts";
import { sortOriginalFirst } from "../i18n/translations.ts";

/**
 * source: the original. current: made from the original's present body. stale: made from an older body.
 * unknown: records no translatedFrom. draft: a translation still being written (unpublished). missing: no file.
 */
export type TranslationState = "source" | "current" | "stale" | "unknown" | "draft" | "missing";

export interface LanguageStatus {
  state: TranslationState;
  file?: string;
  /** What the translation records having been made from (stale, current and draft translations). */
  translatedFrom?: string;
  /** How it was made, as its `translation` field says (human, machine, machine-reviewed). */
  method?: string;
}

export interface ArticleStatus {
  slug: string;
  title: string;
  sourceLang: string;
  sourceFile: string;
  /** The original's present fingerprint: what an up-to-date translation records in translatedFrom. */
  fingerprint: string;
  /** An unpublished original: its translations are not expected yet. */
  draft: boolean;
  languages: Record<string, LanguageStatus>;
}

export interface StatusReport {
  languages: string[];
  articles: ArticleStatus[];
  summary: Record<TranslationState, number>;
  /** Translations --strict rejects: stale, missing, unknown or unfinished translations of published articles. */
  failures: number;
}

const failing = new Set<TranslationState>(["stale", "missing", "unknown", "draft"]);

interface Version {
  lang: string;
  file: ArticleFile;
  translatedFrom: string | undefined;
}

function translatedFromOf(file: ArticleFile): string | undefined {
  const value = file.data.translatedFrom;
  return value === undefined || value === null || value === "" ? undefined : String(value);
}

function stateOf(version: Version | undefined, upToDate: ReadonlySet<string>): TranslationState {
  if (!version) return "missing";
  if (version.file.data.draft === true) return "draft";
  if (!version.translatedFrom) return "unknown";
  return upToDate.has(version.translatedFrom) ? "current" : "stale";
}

/**
 * Bodies a translation may be made from and still be current: the original's, and those of translations that are
 * current themselves (npm run translate --from en makes a Ukrainian translation of the English one).
 */
function upToDateFingerprints(original: Version, translations: readonly Version[]): Set<string> {
  const fingerprint = bodyFingerprint(original.file.body);
  const current = translations.filter((version) => version.translatedFrom === fingerprint && version.file.data.draft !== true);
  return new Set([fingerprint, ...current.map((version) => bodyFingerprint(version.file.body))]);
}

/** `preference`: language codes, default language first (see languagePreference). */
export function translationStatus(files: readonly ArticleFile[], preference: readonly string[]): StatusReport {
  const bySlug = new Map<string, Version[]>();
  for (const file of files) {
    const versions = bySlug.get(file.slug) ?? [];
    versions.push({ lang: file.lang, file, translatedFrom: translatedFromOf(file) });
    bySlug.set(file.slug, versions);
  }
  const summary: Record<TranslationState, number> = { source: 0, current: 0, stale: 0, unknown: 0, draft: 0, missing: 0 };
  let failures = 0;
  const articles = [...bySlug.keys()].sort().map((slug): ArticleStatus => {
    const [original, ...translations] = sortOriginalFirst(bySlug.get(slug) ?? [], preference);
    if (!original) throw new Error(`no version of ${slug}`);
    const fingerprint = bodyFingerprint(original.file.body);
    const upToDate = upToDateFingerprints(original, translations);
    const draft = original.file.data.draft === true;
    const languages: Record<string, LanguageStatus> = {};
    for (const lang of preference) {
      const translation = translations.find((version) => version.lang === lang);
      const state = lang === original.lang ? "source" : stateOf(translation, upToDate);
      languages[lang] = {
        state,
        ...(lang === original.lang ? { file: original.file.file } : translation ? { file: translation.file.file } : {}),
        ...(translation?.translatedFrom ? { translatedFrom: translation.translatedFrom } : {}),
        ...(typeof translation?.file.data.translation === "string" ? { method: translation.file.data.translation } : {}),
      };
      summary[state] += 1;
      if (!draft && failing.has(state)) failures += 1;
    }
    const title = typeof original.file.data.title === "string" ? original.file.data.title : slug;
    return { slug, title, sourceLang: original.lang, sourceFile: original.file.file, fingerprint, draft, languages };
  });
  return { languages: [...preference], articles, summary, failures };
}
