// The article page: title, metadata line, hero image, the rendered markdown body and tags.
import type { Article } from "../../lib/articles.ts";
import { formatLongDate, isoDay } from "../../lib/dates.ts";
import { formatMinutes, readingMinutes } from "../../lib/plurals.ts";
import { pageLanguage, type TemplateData } from "../../lib/site-data.ts";
import { articleSwitcherTargets, switcherLinks } from "../../lib/translations.ts";
import { fill } from "../../lib/ui-strings.ts";
import { Base } from "./Base.tsx";

interface ArticleData extends TemplateData {
  article: Article;
  content: string;
}

export default function ArticleLayout(data: ArticleData) {
  const { article, content } = data;
  const { language, strings } = pageLanguage(data, article.lang);
  // Every language has a page at this article's address: its translation, or a "not yet translated" notice.
  const switcherTargets = articleSwitcherTargets(article.slug, data.languages.languages.map(({ code }) => code));
  const minutes = formatMinutes(readingMinutes(content), language.locale);
  return (
    <Base
      language={language}
      strings={strings}
      title={article.title}
      description={article.description}
      switcher={switcherLinks(data.languages.languages, article.lang, switcherTargets)}
      inlineCss={data.inlineCss}
    >
      <article class="prose">
        <header>
          <h1>{article.title}</h1>
          <p class="lede">{article.description}</p>
          <ul class="article-meta">
            <li>
              {strings.published}: <time datetime={isoDay(article.pubDate)}>{formatLongDate(article.pubDate, language.locale)}</time>
            </li>
            {article.updatedDate && (
              <li>
                {strings.updated}:{" "}
                <time datetime={isoDay(article.updatedDate)}>{formatLongDate(article.updatedDate, language.locale)}</time>
              </li>
            )}
            <li>
              {strings.category}: {article.category}
            </li>
            <li>
              {strings.author}: {article.author}
            </li>
            <li>{fill(strings.readingTime, { time: minutes })}</li>
          </ul>
        </header>
        <figure class="hero">
          <img
            src={article.heroImage}
            alt={article.heroAlt ?? article.title}
            sizes="(min-width: 46rem) 44rem, 100vw"
            loading="eager"
            fetchpriority="high"
            decoding="async"
          />
        </figure>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: content }} />
        {article.tags.length > 0 && (
          <ul class="tag-list" aria-label={strings.tags}>
            {article.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </article>
    </Base>
  );
}
