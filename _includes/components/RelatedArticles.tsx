// Up to three articles on the same subject, chosen by src/lists/related.ts; nothing when there are none.
import type { Article } from "../../src/content/articles.ts";
import { formatDay } from "../../src/content/dates.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";

export function RelatedArticles({ articles, strings, locale }: { articles: Article[]; strings: UiStrings; locale: string }) {
  if (articles.length === 0) return null;
  return (
    <section class="related-articles" aria-labelledby="related-articles-title">
      <h2 id="related-articles-title">{strings.relatedArticles}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            <a href={article.url}>{article.title}</a>{" "}
            <time datetime={article.dates.published.day}>{formatDay(article.dates.published.day, locale)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
