// The article page: title, metadata line, its series' parts, hero image, table of contents, the rendered markdown
// body, tags, neighbours and related articles.
import { footerLinks } from "../../src/render/footer.ts";
import type { Article } from "../../src/content/articles.ts";
import { formatDay, formatShownDate, shownDateTime } from "../../src/content/dates.ts";
import { originalOf, provenanceNotes } from "../../src/i18n/provenance.ts";
import { recordedHeadings, tableOfContents } from "../../src/markdown/headings.ts";
import { newsArticle } from "../../src/seo/json-ld.ts";
import { absoluteUrl } from "../../src/seo/absolute-url.ts";
import { listUrl } from "../../src/lists/urls.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { formatMinutes, readingMinutes } from "../../src/markdown/reading-time.ts";
import { neighboursOf, relatedArticles } from "../../src/lists/related.ts";
import { seriesPlaceOf } from "../../src/lists/series.ts";
import {
  abbreviationFilters,
  articleIndexAttributes,
  filterAttribute,
  notIndexed,
  titleMeta,
  weightAttribute,
} from "../../src/search/metadata.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { heroCropsAttribute, searchEngineImages, socialImage } from "../../src/images/derived.ts";
import { focusClass } from "../../src/images/crop.ts";
import { articleSwitcherTargets, switcherLinks } from "../../src/i18n/translations.ts";
import { fill } from "../../src/i18n/ui-strings.ts";
import { ArticleNeighbours } from "../components/ArticleNeighbours.tsx";
import { ArticleNotices } from "../components/ArticleNotices.tsx";
import { Corrections } from "../components/Corrections.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { RelatedArticles } from "../components/RelatedArticles.tsx";
import { SeriesNavigation } from "../components/SeriesNavigation.tsx";
import { ShareLinks } from "../components/ShareLinks.tsx";
import { SocialImageTags } from "../components/SeoHead.tsx";
import { TableOfContents } from "../components/TableOfContents.tsx";
import { Base } from "./Base.tsx";

interface ArticleData extends TemplateData {
  article: Article;
  content: string;
}

export default function ArticleLayout(data: ArticleData) {
  const { article, content } = data;
  const { language, strings } = pageLanguage(data, article.lang);
  // Every language has a page at this article's address: its translation, or a "not yet translated" notice.
  const switcherTargets = articleSwitcherTargets(
    article.slug,
    data.languages.languages.map(({ code }) => code),
  );
  const minutes = formatMinutes(readingMinutes(content), language.locale);
  const meta = pageMeta(data, {
    lang: article.lang,
    siteName: strings.siteName,
    title: article.title,
    description: article.description,
    type: "article",
    published: article.dates.published.dateTime,
    modified: article.dates.modified.dateTime,
  });
  // The 1200×630 card and the three shapes the image pipeline cuts from the hero (see data-hero-crops below).
  const card = socialImage(article, data.site.url);
  const notes = provenanceNotes(article, {
    articles: data.collections.articles,
    languages: data.languages,
    strings,
    timeZone: data.site.timeZone,
  });
  const updated = article.dates.updated;
  const seriesPlace = seriesPlaceOf(article, data.collections.articles);
  return (
    <Base
      language={language}
      strings={strings}
      title={article.title}
      description={article.description}
      switcher={switcherLinks(data.languages.languages, article.lang, switcherTargets)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, article.lang)}
      meta={meta}
      head={
        <JsonLd
          data={newsArticle(article, {
            siteUrl: data.site.url,
            siteName: strings.siteName,
            images: searchEngineImages(article),
            publisherPages: data.collections.publisherPages,
            original: originalOf(article, data.collections.articles, data.languages),
            authors: data.authors,
            ...(seriesPlace ? { series: seriesPlace.series } : {}),
          })}
        />
      }
      socialImage={<SocialImageTags image={card} />}
    >
      <article class="prose" {...articleIndexAttributes(article)}>
        <header>
          <h1 {...titleMeta}>{article.title}</h1>
          <p class="lede" {...weightAttribute("description")}>
            {article.description}
          </p>
          <ul class="article-meta">
            <li {...notIndexed}>
              {strings.published}:{" "}
              <time datetime={article.dates.published.day}>{formatDay(article.dates.published.day, language.locale)}</time>
            </li>
            {updated && (
              <li {...notIndexed}>
                {strings.updated}:{" "}
                <time datetime={shownDateTime(updated)}>{formatShownDate(updated, language.locale, data.site.timeZone)}</time>
              </li>
            )}
            <li>
              <span {...notIndexed}>{strings.category}: </span>
              <span {...filterAttribute("category")} {...weightAttribute("category")}>
                <a href={listUrl("category", article.lang, article.category)}>{article.category}</a>
              </span>
            </li>
            <li>
              <span {...notIndexed}>{article.author.length > 1 ? strings.authors : strings.author}: </span>
              {article.author.map((name, index) => (
                <>
                  {index > 0 && ", "}
                  <span key={name} {...filterAttribute("author")} {...weightAttribute("author")}>
                    <a href={listUrl("author", article.lang, name)}>{name}</a>
                  </span>
                </>
              ))}
            </li>
            <li {...notIndexed}>{fill(strings.readingTime, { time: minutes })}</li>
          </ul>
          <ArticleNotices notes={notes} label={strings.aboutThisText} />
          <SeriesNavigation article={article} place={seriesPlace} strings={strings} />
        </header>
        <figure class="hero">
          <img
            src={article.heroImage}
            alt={article.heroAlt ?? article.title}
            sizes="(min-width: 46rem) 44rem, 100vw"
            loading="eager"
            fetchpriority="high"
            decoding="async"
            class={focusClass(article.heroFocus)}
            data-hero-crops={heroCropsAttribute(article.heroFocus)}
          />
        </figure>
        <TableOfContents entries={tableOfContents(recordedHeadings(data))} title={strings.tableOfContents} />
        <div class="article-body" dangerouslySetInnerHTML={{ __html: content }} />
        {article.tags.length > 0 && (
          <ul class="tag-list" aria-label={strings.tags} {...weightAttribute("tags")}>
            {article.tags.map((tag) => (
              <li key={tag} {...filterAttribute("tag")}>
                <a href={listUrl("tag", article.lang, tag)}>{tag}</a>
              </li>
            ))}
          </ul>
        )}
        <Corrections
          corrections={article.corrections}
          heading={strings.corrections}
          locale={language.locale}
          timeZone={data.site.timeZone}
        />
        {abbreviationFilters([article.title, article.description, article.category, content, ...article.tags]).map((attributes) => (
          <span key={attributes["data-pagefind-filter"]} hidden {...attributes} />
        ))}
      </article>
      <div class="prose article-more">
        <ShareLinks url={absoluteUrl(data.site.url, article.url)} title={article.title} strings={strings} />
        <ArticleNeighbours neighbours={neighboursOf(article, data.collections.articles)} strings={strings} />
        <RelatedArticles articles={relatedArticles(article, data.collections.articles)} strings={strings} locale={language.locale} />
      </div>
    </Base>
  );
}
