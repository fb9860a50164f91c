// An article's series fields come in pairs: a part number names its series, and a series names the part's number.
import { describeFound, problemLine } from "./editor-error.ts";

/** One line when `series` or `seriesPart` is given without the other (their values are already valid). */
export function seriesFieldProblems(file: string, fields: { series?: string; seriesPart?: number }): string[] {
  const { series, seriesPart } = fields;
  if (seriesPart !== undefined && series === undefined) {
    const expected = `the name of the series whose part ${seriesPart} this is, such as series: "Локальные модели"`;
    return [problemLine(file, "series", expected, describeFound(series))];
  }
  if (series !== undefined && seriesPart === undefined) {
    const expected = `this article's part number in the series "${series}", a whole number such as 1`;
    return [problemLine(file, "seriesPart", expected, describeFound(seriesPart))];
  }
  return [];
}
