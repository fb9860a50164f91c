// Series across articles: two parts of one series with the same number, and series names that would share a URL.
import type { Article } from "../content/articles.ts";
import { describeFound, problemLine } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";
import { byCodeUnits } from "../content/text-order.ts";
import { seriesUrl } from "./series.ts";
import { listSlug } from "./urls.ts";

/** One line per problem, on the later file (by path), naming the earlier one: all of them in one run. */
export function seriesProblems(articles: readonly Article[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const report = (article: Article, line: string): void => {
    problems.set(article.inputPath, [...(problems.get(article.inputPath) ?? []), line]);
  };
  const names = new Map<string, { name: string; file: string }>();
  const parts = new Map<string, string>();
  for (const article of [...articles].sort((a, b) => byCodeUnits(a.inputPath, b.inputPath))) {
    const { series, seriesPart } = article;
    if (series === undefined || seriesPart === undefined) continue;
    const file = displayPath(article.inputPath);
    if (listSlug(series) === "") {
      report(article, problemLine(file, "series", "a series name with letters or digits for its URL", describeFound(series)));
      continue;
    }
    const url = seriesUrl(article.lang, series);
    const first = names.get(url);
    if (!first) names.set(url, { name: series, file });
    else if (first.name !== series) {
      const clash = `${describeFound(series)}, whose URL ${url} is already that of "${first.name}" in ${first.file}`;
      report(article, problemLine(file, "series", `a series name with a URL of its own, or exactly "${first.name}"`, clash));
      continue;
    }
    const part = `${url}#${seriesPart}`;
    const taken = parts.get(part);
    if (!taken) parts.set(part, file);
    else {
      const expected = `a part number no other part of the series "${series}" has`;
      report(article, problemLine(file, "seriesPart", expected, `${describeFound(seriesPart)}, which ${taken} has too`));
    }
  }
  return problems;
}
