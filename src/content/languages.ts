// The declared languages (from _data/languages.json) and lookups over them: a language is data, never code.
import path from "node:path";
import { z } from "zod";
import { readDataFile } from "./data-file.ts";

const languageSchema = z.object({
  code: z.string({ error: "a BCP 47 code such as ru or en" }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "a BCP 47 code such as ru or en"),
  name: z
    .string({ error: "the language's name in that language, such as Русский" })
    .min(1, "the language's name in that language, such as Русский"),
  locale: z
    .string({ error: "an Intl locale such as ru-RU" })
    .refine(isSupportedLocale, "a locale this Node's Intl formats dates and numbers in, such as ru-RU"),
  dir: z.enum(["ltr", "rtl"], { error: '"ltr" or "rtl"' }).default("ltr"),
  quotes: z
    .string({ error: "four characters: double open, double close, single open, single close" })
    .length(4, "four characters: double open, double close, single open, single close"),
});

const languagesFileSchema = z
  .object(
    {
      defaultLanguage: z.string({ error: "one of the declared language codes" }),
      languages: z.array(languageSchema, { error: 'a list of languages such as [{ "code": "ru", … }]' }).min(1, "at least one language"),
    },
    { error: 'the site\'s languages: { "defaultLanguage": "ru", "languages": [ … ] }' },
  )
  .refine((file) => file.languages.some((language) => language.code === file.defaultLanguage), {
    message: "one of the declared language codes",
    path: ["defaultLanguage"],
  });

/** Well-formed (BCP 47, as Intl reads it) and one Intl has data for: else dates would quietly come out in English. */
function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 1;
  } catch {
    return false; // RangeError: "Incorrect locale information provided"
  }
}

export type Language = z.infer<typeof languageSchema>;
export type SiteLanguages = z.infer<typeof languagesFileSchema>;

/** Reads and checks `<dataDir>/languages.json`; a bad file is one readable line per problem, not a crash later. */
export function loadLanguages(dataDir: string): SiteLanguages {
  return readDataFile(path.join(dataDir, "languages.json"), languagesFileSchema, "the site's declared languages");
}

export function languageCodes(site: SiteLanguages): string[] {
  return site.languages.map((language) => language.code);
}

export function findLanguage(site: SiteLanguages, code: string): Language | undefined {
  return site.languages.find((language) => language.code === code);
}

export function requireLanguage(site: SiteLanguages, code: string): Language {
  const language = findLanguage(site, code);
  if (!language) throw new Error(`Language "${code}" is not declared (declared: ${languageCodes(site).join(", ")})`);
  return language;
}

/** The language folder of a content path such as `./content/en/blog/x.md` (relative to the input folder). */
export function languageFolderOf(inputPath: string, inputDir: string): string | undefined {
  const relative = path.relative(inputDir, inputPath).split(path.sep);
  return relative.length > 1 ? relative[0] : undefined;
}
