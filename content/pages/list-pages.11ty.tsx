// Every page of every list in every language (homes, categories, tags, authors, years, series, and their numbered pages),
// written by src/lists/list-writer.ts: this template itself writes no file of its own.
import path from "node:path";
import type { ListPageEntry } from "../../src/lists/list-pages.ts";
import { writeListPages, type PageEntry } from "../../src/lists/list-writer.ts";
import type { TemplateData } from "../../src/render/site-data.ts";
import { ArticleListPage } from "../../_includes/layouts/ArticleListPage.tsx";
import { HomePage } from "../../_includes/layouts/HomePage.tsx";
import { SeriesPage } from "../../_includes/layouts/SeriesPage.tsx";

interface ListPagesData extends TemplateData {
  collections: TemplateData["collections"] & { listPages: ListPageEntry[] };
  eleventy: { directories: { output: string } };
}

/** Eleventy's filter that runs every transform of the config on some content, as it does for a page it writes. */
interface Filters {
  renderTransforms(content: string, page: PageEntry): Promise<string | Uint8Array>;
}

export const data = {
  permalink: false,
  eleventyExcludeFromCollections: true,
  // The pages' hreflang links need every other page of the site.
  eleventyImport: { collections: ["all", "listPages"] },
};

export default async function ListPages(this: Filters, data: ListPagesData): Promise<string> {
  await writeListPages({
    pages: data.collections.listPages.filter((listPage) => data.builtLanguages.some(({ code }) => code === listPage.lang)),
    outputDir: path.resolve(data.eleventy.directories.output),
    inputPath: data.page.inputPath,
    render: (listPage) => {
      const pageData = { ...data, page: { ...data.page, url: listPage.url }, translationKey: listPage.translationKey };
      if (listPage.kind === "home") return <HomePage data={pageData} listPage={listPage} />;
      if (listPage.kind === "series") return <SeriesPage data={pageData} listPage={listPage} />;
      return <ArticleListPage data={pageData} listPage={listPage} />;
    },
    transform: (html, page) => this.renderTransforms(html, page),
  });
  return "";
}
