// The search index of a built site: each language's article pages, by a Pagefind process of its own, and one line.
import { articleFilesGlobOf } from "../content/articles.ts";
import { closeSearchService, writeSearchIndex, type SearchIndexSummary } from "./pagefind-index.ts";

/**
 * Pagefind reads the written pages itself: measured faster than sending Eleventy's in-memory results through its
 * Node API (scripts/bench-search.ts; again while the build renders: node spent 1.7 s more CPU and 200 MB more memory
 * encoding pages for the service, the wall time did not drop), and complete after the dev server's partial rebuilds.
 * Only the article files: list pages have no data-pagefind-body, yet Pagefind parsed every one of them. One language
 * at a time, each in a Pagefind process of its own: the indexer's memory is one language's.
 */
export async function indexBuiltSite(
  outputDir: string,
  languages: readonly string[],
  options: { keepService?: boolean } = {},
): Promise<void> {
  try {
    const sources = languages.map((lang) => ({ directory: outputDir, glob: articleFilesGlobOf(lang) }));
    report(await writeSearchIndex(sources, outputDir));
  } finally {
    if (!options.keepService) closeSearchService();
  }
}

function report(summary: SearchIndexSummary): void {
  const languages = Object.entries(summary.languages)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(", ");
  const { adding, writing } = summary.seconds;
  const time = `${(adding + writing).toFixed(2)} seconds (reading pages ${adding.toFixed(2)}, writing ${writing.toFixed(2)})`;
  console.log(`[search] Indexed ${summary.pageCount} articles (${languages || "none"}) in ${time}`);
}
