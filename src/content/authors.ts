// The site's authors (_data/authors.json): people and teams, each with a name in every language, a bio, an avatar and
// links; an article's byline must name declared ones.
import path from "node:path";
import { z } from "zod";
import { checkData, readDataFile } from "./data-file.ts";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import type { SiteLanguages } from "./languages.ts";
import { slugPattern } from "./slugs.ts";
import { namedRecordProblems } from "./named-records.ts";

const nonEmpty = (expected: string) => z.string({ error: expected }).refine((text) => text.trim() !== "", { error: expected });
const byLanguage = (expected: string) => z.record(z.string(), nonEmpty("a non-empty text"), { error: expected });

const authorSchema = z.strictObject(
  {
    id: z.string({ error: "a Latin id such as anna-smirnova" }).regex(slugPattern, { error: "a Latin id such as anna-smirnova" }),
    type: z.enum(["person", "organization"], { error: '"person" or "organization" (a team, such as the editorial team)' }),
    names: byLanguage('the names by language, such as { "ru": "Анна Смирнова", "en": "Anna Smirnova" }'),
    role: byLanguage('the role by language, such as { "ru": "Научный редактор", "en": "Science editor" }').optional(),
    bio: byLanguage("a short biography by language").optional(),
    avatar: z
      .string({ error: "a site-absolute image path such as /images/authors/anna.png" })
      .regex(/^\/images\/[^?#]+\.(?:avif|gif|jpe?g|png|webp)$/i, {
        error: "a site-absolute image path such as /images/authors/anna.png (avif, gif, jpeg, png or webp)",
      })
      .optional(),
    links: z
      .array(
        z.strictObject(
          {
            label: nonEmpty("the link's label, such as Telegram or GitHub"),
            url: z.url({ protocol: /^https?$/, error: "an absolute http(s) URL" }),
          },
          { error: 'a link written as { "label": "GitHub", "url": "https://github.com/…" }' },
        ),
        { error: 'a list of links such as [{ "label": "GitHub", "url": "https://github.com/…" }]' },
      )
      // Optional, not defaulted: templates read the file as Eleventy loaded it, where a left-out list is absent.
      .optional(),
  },
  { error: 'an author such as { "id": "anna-smirnova", "type": "person", "names": { … } }' },
);

const authorsSchema = z.array(authorSchema, { error: 'a list of authors such as [{ "id": "anna-smirnova", … }]' });

export type Author = z.output<typeof authorSchema>;

export const authorsFile = (dataDir: string): string => path.join(dataDir, "authors.json");

/** Reads and checks `<dataDir>/authors.json`: every problem with it is one line, and the build stops on any. */
export function loadAuthors(dataDir: string, site: SiteLanguages): Author[] {
  const file = authorsFile(dataDir);
  const authors = readDataFile(file, authorsSchema, "the site's authors, each with a name in every language");
  const problems = authorsProblems(displayPath(file), authors, site);
  if (problems.length > 0) throw new EditorError(problems);
  return authors;
}

/** A name missing in a declared language, a repeated id, or two names of one language sharing an author page's URL. */
export function authorsProblems(file: string, raw: unknown, site: SiteLanguages): string[] {
  const parsed = checkData(file, raw, authorsSchema);
  if (!parsed.ok) return parsed.problems;
  return namedRecordProblems(file, parsed.data, site, "author");
}

export function findAuthor(authors: readonly Author[], lang: string, name: string): Author | undefined {
  return authors.find((author) => author.names[lang] === name);
}

/** The line for a byline name no author of the article's language has, naming where to declare it; or undefined. */
export function authorProblem(file: string, field: string, lang: string, name: string, authors: readonly Author[]): string | undefined {
  if (findAuthor(authors, lang, name)) return undefined;
  const known = authors.flatMap((author) => author.names[lang] ?? []).map((known) => `«${known}»`);
  const declared = known.length > 0 && known.length <= 12 ? `one of ${known.join(", ")}, or ` : "";
  const expected = `${declared}an author declared in _data/authors.json (add { "id": "…", "type": "person", "names": { "${lang}": "${name.trim()}", … } } there)`;
  return problemLine(file, field, expected, describeFound(name));
}
