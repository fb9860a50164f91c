// The article front matter schema: the Article type is inferred from it, and every failure becomes an editor-facing line.
import { z } from "zod";
import { parseArticleDate } from "./dates.ts";
import { describeFound, problemLine } from "./editor-error.ts";
import { articleTagsKey } from "./front-matter.ts";
import { centerFocus, heroFocusExpected, parseHeroFocus } from "./hero-focus.ts";

const articleDate = (timeZone: string) =>
  z.unknown().transform((value, context) => {
    const parsed =
      typeof value === "string"
        ? parseArticleDate(value, timeZone)
        : { ok: false as const, expected: "a real calendar date written as YYYY-MM-DD" };
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: parsed.expected });
      return z.NEVER;
    }
    return parsed.date;
  });

// Control characters (a bell, an ESC, a NUL pasted from a terminal) are parse errors in HTML and forbidden in XML feeds.
const text = (expected: string) =>
  z
    .string({ error: expected })
    .trim()
    .min(1, { error: expected })
    .regex(/^\P{Cc}*$/u, { error: `${expected}, without control characters` });
// A headline longer than 200 characters is cut in search results, social cards and every list it appears in; a
// description of 300 holds a search snippet twice over. Past that a title is a paragraph (a 5,000-character one made a 95 KB page).
const limited = (expected: string, maximum: number) =>
  text(expected).max(maximum, { error: `${expected} of at most ${maximum} characters` });

/** How a translation was made: by a person; by machine, read by no one; by machine, then reviewed by a person. */
export const translationMethods = ["human", "machine", "machine-reviewed"] as const;
export type TranslationMethod = (typeof translationMethods)[number];

/** How AI took part in writing an article: it drafted what a person then wrote, or it generated the text. */
export const aiAssistanceKinds = ["drafted", "generated"] as const;
export type AiAssistance = (typeof aiAssistanceKinds)[number];

// Dates are read in the site's time zone: one schema per zone, made once.
const schemas = new Map<string, ReturnType<typeof makeArticleSchema>>();

export function articleSchema(timeZone: string): ReturnType<typeof makeArticleSchema> {
  let schema = schemas.get(timeZone);
  if (!schema) {
    schema = makeArticleSchema(timeZone);
    schemas.set(timeZone, schema);
  }
  return schema;
}

const makeArticleSchema = (timeZone: string) =>
  z.object({
    title: limited("a non-empty title in quotes", 200),
    description: limited("a one-sentence description in quotes", 300),
    pubDate: articleDate(timeZone),
    updatedDate: articleDate(timeZone).optional(),
    category: text('a category name such as "Новости ИИ"'),
    tags: z
      .array(text("each tag a non-empty string"), { error: 'a list of tags such as ["OpenAI", "LLM"]' })
      .default([])
      .transform((tags) => [...new Set(tags)]),
    // One author or several: a list is a shared byline, in its order.
    author: z
      .union([text("the author's name"), z.array(text("each author's name"), { error: "" }).min(1)], {
        error: 'the author\'s name, or a list of names such as ["Анна Смирнова", "Илья Корнеев"]',
      })
      .transform((author) => [...new Set(typeof author === "string" ? [author] : author)]),
    heroImage: z
      .string({ error: "a site-absolute image path such as /images/blog/hero.webp" })
      .regex(/^\/images\/[^?#]+\.(?:avif|gif|jpe?g|png|svg|webp)$/i, {
        error: "a site-absolute image path such as /images/blog/hero.webp (avif, gif, jpeg, png, svg or webp)",
      }),
    heroAlt: text("a non-empty description of the hero image").optional(),
    heroFocus: z
      .string({ error: heroFocusExpected })
      .transform((value, context) => {
        const focus = parseHeroFocus(value);
        if (!focus) context.addIssue({ code: "custom", message: heroFocusExpected });
        return focus ?? z.NEVER;
      })
      .default(centerFocus),
    featured: z.boolean({ error: "true or false" }).default(false),
    series: limited('a series name in quotes such as "Локальные модели"', 200).optional(),
    seriesPart: z
      .number({ error: "the part's number in its series, a whole number such as 2" })
      .int({ error: "the part's number in its series, a whole number such as 2" })
      .min(1, { error: "the part's number in its series, a whole number from 1" })
      .optional(),
    draft: z.boolean({ error: "true or false" }).default(false),
    translatedFrom: text("the source's fingerprint, written by npm run translate").optional(),
    translation: z
      .enum(translationMethods, { error: `how the translation was made: ${translationMethods.map((m) => `"${m}"`).join(", ")}` })
      .optional(),
    translator: text("the translator's name (a person, or the machine translation service)").optional(),
    reviewedBy: text("the name of the person who reviewed the machine translation").optional(),
    aiAssistance: z
      .enum(aiAssistanceKinds, { error: `how AI took part: ${aiAssistanceKinds.map((m) => `"${m}"`).join(" or ")}` })
      .optional(),
    editedBy: text("the name of the person who edited the text and answers for it").optional(),
    corrections: z
      .array(
        z.strictObject(
          { date: articleDate(timeZone), note: limited("a note saying what was corrected", 1000) },
          { error: 'a correction written as { date: 2026-03-02, note: "What was wrong and what it says now." }' },
        ),
        { error: 'a list of corrections, each { date: 2026-03-02, note: "What was corrected." }' },
      )
      .default([]),
  });

/** The article's front matter after validation: dates are Dates, defaults are filled in. */
export type ArticleFrontMatter = z.output<ReturnType<typeof makeArticleSchema>>;

export const articleFields = Object.keys(makeArticleSchema("UTC").shape) as Array<keyof ArticleFrontMatter>;

const optionalFields = new Set<string>([
  "updatedDate",
  "heroAlt",
  "heroFocus",
  "draft",
  "translatedFrom",
  "tags",
  "translation",
  "translator",
  "reviewedBy",
  "aiAssistance",
  "editedBy",
  "corrections",
  "featured",
  "series",
  "seriesPart",
]);

/** A field as the editor wrote it; an optional field left empty in YAML (`heroAlt:`) means "not given". */
function readField(data: Record<string, unknown>, field: string): unknown {
  const value = field === "tags" && articleTagsKey in data ? data[articleTagsKey] : data[field];
  return value === null && optionalFields.has(field) ? undefined : value;
}

export type ValidationResult = { ok: true; frontMatter: ArticleFrontMatter } | { ok: false; problems: string[] };

/** Checks the fields an editor wrote; `data` may hold more (Eleventy's cascade), only the schema's fields are read. */
export function validateFrontMatter(file: string, data: Record<string, unknown>, timeZone: string): ValidationResult {
  const fields = Object.fromEntries(articleFields.map((field) => [field, readField(data, field)]));
  const result = articleSchema(timeZone).safeParse(fields);
  if (result.success) return { ok: true, frontMatter: result.data };
  const problems = result.error.issues.map((issue) => {
    const [field = "front matter"] = issue.path;
    // corrections[1].date: the value the path leads to, as the editor wrote it.
    const found = issue.path
      .slice(1)
      .reduce<unknown>(
        (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
        fields[String(field)],
      );
    const name = issue.path
      .slice(1)
      .reduce<string>((named, key) => (typeof key === "number" ? `${named}[${key}]` : `${named}.${String(key)}`), String(field));
    // An over-long text is named by its length: quoting 5,000 characters back would bury the line.
    const shown = issue.code === "too_big" && typeof found === "string" ? `${found.trim().length} characters` : describeFound(found);
    return problemLine(file, name, issue.message, shown);
  });
  return { ok: false, problems };
}
