// The translation status as a translator reads it in the terminal: one line per article, then what to do.
import type { LanguageStatus, StatusReport } from "./translation-status.ts";

export function formatStatusReport(report: StatusReport, contentDir: string): string {
  const width = Math.max(8, ...report.articles.map((article) => article.slug.length));
  // "en: current (machine-reviewed)": the state, and how the translation was made where its file says so.
  const cell = (status: LanguageStatus | undefined, lang: string): string =>
    `${lang}: ${status?.state ?? "missing"}${status?.method ? ` (${status.method})` : ""}`;
  const columnWidth = (lang: string): number =>
    Math.max(...report.articles.map((article) => cell(article.languages[lang], lang).length)) + 1;
  const widths = new Map(report.languages.map((lang) => [lang, columnWidth(lang)]));
  const lines = [`Translations in ${contentDir} (languages: ${report.languages.join(", ")})`, ""];
  for (const article of report.articles) {
    const cells = report.languages.map((lang) => cell(article.languages[lang], lang).padEnd(widths.get(lang) ?? 0));
    lines.push(`${article.slug.padEnd(width)}  ${cells.join(" ").trimEnd()}${article.draft ? "  (draft: not published yet)" : ""}`);
  }
  const todo = report.articles.flatMap((article) =>
    article.draft
      ? []
      : report.languages.flatMap((lang) => {
          const status = article.languages[lang];
          const record = `then set translatedFrom: "${article.fingerprint}"`;
          switch (status?.state) {
            case "missing":
              return [`${article.slug}: no ${lang} translation: npm run translate -- ${article.slug} --to ${lang}`];
            case "stale":
              return [
                `${status.file}: stale: ${article.sourceFile} changed since translatedFrom "${status.translatedFrom}"; update the text, ${record}`,
              ];
            case "unknown":
              return [`${status.file}: unknown: no translatedFrom; check it against ${article.sourceFile}, ${record}`];
            case "draft":
              return [`${status.file}: draft: finish the translation and remove draft: true`];
            default:
              return [];
          }
        }),
  );
  if (todo.length > 0) lines.push("", "To do:", ...todo.map((line) => `  ${line}`));
  const { summary } = report;
  lines.push(
    "",
    `${report.articles.length} articles: ${summary.current} current, ${summary.stale} stale, ${summary.unknown} unknown, ` +
      `${summary.draft} draft, ${summary.missing} missing translations`,
  );
  return lines.join("\n");
}
