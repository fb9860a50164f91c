// Structured data: a schema.org NewsArticle per article, its CreativeWorkSeries, and the publisher as a
// NewsMediaOrganization, serialized so it can sit inside <script> safely.
import { absoluteUrl } from "./absolute-url.ts";
import type { Article } from "../content/articles.ts";
import { findAuthor, type Author } from "../content/authors.ts";
import { listUrl } from "../lists/urls.ts";
import { publisherPagesOf, type PublisherPage, type PublisherRole } from "../content/publisher-pages.ts";

export interface PublisherContext {
  siteUrl: string;
  siteName: string;
  lang: string;
  /** Every language's publisher pages (collections.publisherPages): this language's policies are named. */
  pages: readonly PublisherPage[];
}

// The schema.org property each publisher page is; "about" is the masthead: who runs and edits the site.
const roleProperties: Record<PublisherRole, string> = {
  about: "masthead",
  "editorial-policy": "publishingPrinciples",
  "corrections-policy": "correctionsPolicy",
  contact: "contactPoint",
};

/** The publisher in one language, with its policies where the language has those pages. */
export function newsMediaOrganization(context: PublisherContext): Record<string, unknown> {
  const home = absoluteUrl(context.siteUrl, `/${context.lang}/`);
  const organization: Record<string, unknown> = {
    "@type": "NewsMediaOrganization",
    "@id": `${home}#publisher`,
    name: context.siteName,
    url: home,
    logo: { "@type": "ImageObject", url: absoluteUrl(context.siteUrl, "/favicon.svg") },
  };
  for (const page of publisherPagesOf(context.pages, context.lang)) {
    if (!page.role) continue;
    const url = absoluteUrl(context.siteUrl, page.url);
    organization[roleProperties[page.role]] = page.role === "contact" ? { "@type": "ContactPoint", contactType: "editorial", url } : url;
  }
  return organization;
}

export interface NewsArticleContext {
  siteUrl: string;
  siteName: string;
  /** The publisher's pages of every language (collections.publisherPages). */
  publisherPages?: readonly PublisherPage[];
  /** The hero in the shapes search engines ask for, as the image pipeline cuts them (src/images/derived.ts); else the hero. */
  images?: ReadonlyArray<{ path: string; width: number; height: number }>;
  /** _data/authors.json: each byline name is described as its declared person or team. */
  authors?: readonly Author[];
  /** The original, when the article is its translation (src/i18n/provenance.ts originalOf). */
  original?: Pick<Article, "url" | "lang">;
  /** The series the article is a part of (src/lists/series.ts). */
  series?: SeriesReference;
}

/** What JSON-LD says of a series: its name and page, in one language. */
export interface SeriesReference {
  name: string;
  url: string;
  lang: string;
}

/** A series as schema.org names it: what each part's isPartOf points to, and what the series page describes. */
export function creativeWorkSeries(series: SeriesReference, siteUrl: string): Record<string, unknown> {
  return { "@type": "CreativeWorkSeries", name: series.name, url: absoluteUrl(siteUrl, series.url), inLanguage: series.lang };
}

/** The series page's structured data: the series and its parts in reading order. */
export function seriesJsonLd(
  series: SeriesReference & { parts: ReadonlyArray<Pick<Article, "title" | "url">> },
  siteUrl: string,
): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    ...creativeWorkSeries(series, siteUrl),
    hasPart: series.parts.map((part, index) => ({
      "@type": "NewsArticle",
      headline: part.title,
      url: absoluteUrl(siteUrl, part.url),
      position: index + 1,
    })),
  };
}

/** A byline name as schema.org's Person or Organization, with its author page and its own sites and profiles. */
export function authorJsonLd(
  name: string,
  lang: string,
  context: Pick<NewsArticleContext, "siteUrl" | "authors">,
): Record<string, unknown> {
  const author = findAuthor(context.authors ?? [], lang, name);
  const role = author?.role?.[lang];
  return {
    "@type": author?.type === "organization" ? "Organization" : "Person",
    name,
    url: absoluteUrl(context.siteUrl, listUrl("author", lang, name)),
    ...(role && author?.type === "person" ? { jobTitle: role } : {}),
    ...(author?.links?.length ? { sameAs: author.links.map((link) => link.url) } : {}),
  };
}

/** An author's page: a ProfilePage about the declared person or team, with the biography in the page's language. */
export function authorProfilePage(
  author: Author,
  lang: string,
  context: Pick<NewsArticleContext, "siteUrl" | "authors">,
): Record<string, unknown> {
  const bio = author.bio?.[lang];
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    inLanguage: lang,
    mainEntity: { ...authorJsonLd(author.names[lang] ?? author.id, lang, context), ...(bio ? { description: bio } : {}) },
  };
}

// IPTC's digital source types, which schema.org's digitalSourceType takes: what AI's part in the text was.
const digitalSourceTypes: Record<NonNullable<Article["aiAssistance"]>, string> = {
  generated: "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
  drafted: "https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
};

/** How the text was made: the work it translates and who translated or reviewed it, AI's part, its corrections. */
function provenance(article: Article, context: NewsArticleContext): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (context.original) {
    const url = absoluteUrl(context.siteUrl, context.original.url);
    fields.translationOfWork = { "@type": "NewsArticle", "@id": url, url, inLanguage: context.original.lang };
    // A person translated it, or a service did (then a person may have reviewed it, who answers for the text).
    const translators = [
      ...(article.translator ? [{ "@type": article.translation === "human" ? "Person" : "Organization", name: article.translator }] : []),
      ...(article.reviewedBy ? [{ "@type": "Person", name: article.reviewedBy }] : []),
    ];
    if (translators.length > 0) fields.translator = translators;
  }
  if (article.aiAssistance) fields.digitalSourceType = digitalSourceTypes[article.aiAssistance];
  if (article.editedBy) fields.editor = { "@type": "Person", name: article.editedBy };
  if (article.corrections.length > 0) {
    fields.correction = article.corrections.map((correction) => ({
      "@type": "CorrectionComment",
      datePublished: correction.date.dateTime,
      text: correction.note,
    }));
  }
  return fields;
}

export function newsArticle(article: Article, context: NewsArticleContext): Record<string, unknown> {
  const url = absoluteUrl(context.siteUrl, article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: url,
    url,
    headline: article.title,
    description: article.description,
    image: context.images
      ? context.images.map(({ path, width, height }) => ({
          "@type": "ImageObject",
          url: absoluteUrl(context.siteUrl, path),
          width,
          height,
        }))
      : [absoluteUrl(context.siteUrl, article.heroImage)],
    datePublished: article.dates.published.dateTime,
    dateModified: article.dates.modified.dateTime,
    author: article.author.map((name) => authorJsonLd(name, article.lang, context)),
    publisher: newsMediaOrganization({ ...context, lang: article.lang, pages: context.publisherPages ?? [] }),
    inLanguage: article.lang,
    articleSection: article.category,
    keywords: article.tags,
    ...provenance(article, context),
    ...(context.series ? { isPartOf: creativeWorkSeries(context.series, context.siteUrl) } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. `<` is written as \u003c so a title containing `</script>` or
 * `<!--` cannot end or confuse the element; `>` and `&` likewise, and U+2028/U+2029 for older JavaScript parsers.
 * JSON.parse gives back exactly the original value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
