// How an article's text was made, as its readers are told: a translation's method and its original, AI's part, and
// corrections of the original that its translation does not carry yet. The page and the feeds say the same sentences.
import type { Article, Correction } from "../content/articles.ts";
import { requireLanguage, type SiteLanguages } from "../content/languages.ts";
import { formatShownDate } from "../content/dates.ts";
import { languagePreference, sortOriginalFirst, versionsOf } from "./translations.ts";
import { fill, type UiStrings } from "./ui-strings.ts";

/** One sentence of a notice, and the link to the original in its own language where it points there. */
export interface ProvenanceNote {
  kind: "translation" | "ai" | "original-corrected";
  text: string;
  link?: { href: string; label: string; lang: string };
}

/** The original this article translates, or undefined for an original (or a translation whose original is not published). */
export function originalOf(article: Article, articles: readonly Article[], languages: SiteLanguages): Article | undefined {
  if (article.translatedFrom === undefined) return undefined;
  const [original] = sortOriginalFirst([...versionsOf(article, articles).values()], languagePreference(languages));
  return original && original !== article ? original : undefined;
}

/** The original's corrections made after this translation was last updated: the translation does not carry them yet. */
export function correctionsNotCarried(translation: Article, original: Article): Correction[] {
  const updated = Date.parse(translation.dates.modified.dateTime);
  return original.corrections.filter((correction) => Date.parse(correction.date.dateTime) > updated);
}

export interface ProvenanceContext {
  articles: readonly Article[];
  languages: SiteLanguages;
  strings: UiStrings;
  timeZone: string;
}

/** What the top of the article tells its reader, in the reader's language; empty for an original written by people. */
export function provenanceNotes(article: Article, context: ProvenanceContext): ProvenanceNote[] {
  const { strings } = context;
  const language = requireLanguage(context.languages, article.lang);
  const notes: ProvenanceNote[] = [];
  const original = originalOf(article, context.articles, context.languages);
  if (original) {
    const originalName = requireLanguage(context.languages, original.lang).name;
    const link = { href: original.url, label: fill(strings.readOriginal, { language: originalName }), lang: original.lang };
    const sentence = translationSentence(article, strings);
    if (sentence) notes.push({ kind: "translation", text: sentence, link });
    const missed = correctionsNotCarried(article, original).at(-1);
    if (missed) {
      const date = formatShownDate(missed.date, language.locale, context.timeZone);
      notes.push({
        kind: "original-corrected",
        text: fill(strings.originalCorrected, { date }),
        link: { ...link, href: `${original.url}#corrections`, label: fill(strings.originalCorrections, { language: originalName }) },
      });
    }
  }
  if (article.aiAssistance) {
    const said = article.aiAssistance === "generated" ? strings.aiGenerated : strings.aiDrafted;
    const editor = article.editedBy ? ` ${fill(strings.aiEditedBy, { person: article.editedBy })}` : "";
    notes.push({ kind: "ai", text: `${said}${editor}` });
  }
  return notes;
}

function translationSentence(article: Article, strings: UiStrings): string | undefined {
  switch (article.translation) {
    case "machine":
      return strings.translationMachine;
    case "machine-reviewed":
      return fill(strings.translationReviewed, { person: article.reviewedBy ?? "" });
    case "human":
      return fill(strings.translationHuman, { person: article.translator ?? "" });
    default:
      return undefined;
  }
}
