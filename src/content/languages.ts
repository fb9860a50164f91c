// The declared languages (from _data/languages.json) and lookups over them: a language is data, never code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const languageSchema = z.object({
  code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "a BCP 47 code such as ru or en"),
  name: z.string().min(1),
  locale: z.string().min(2),
  dir: z.enum(["ltr", "rtl"]).default("ltr"),
  quotes: z.string().length(4, "four characters: double open, double close, single open, single close"),
});

const languagesFileSchema = z
  .object({ defaultLanguage: z.string(), languages: z.array(languageSchema).min(1) })
  .refine((file) => file.languages.some((language) => language.code === file.defaultLanguage), {
    message: "defaultLanguage must be one of the declared language codes",
    path: ["defaultLanguage"],
  });

export type Language = z.infer<typeof languageSchema>;
export type SiteLanguages = z.infer<typeof languagesFileSchema>;

/** Reads and checks `<dataDir>/languages.json`; a bad file is one readable error, not a crash later. */
export function loadLanguages(dataDir: string): SiteLanguages {
  const file = path.join(dataDir, "languages.json");
  const parsed = languagesFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(lines.join("\n"));
  }
  return parsed.data;
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
