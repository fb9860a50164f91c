// Up to three articles on the same subject, chosen by lib/related.ts; nothing when there are none.
import type { Article } from "../../lib/articles.ts";
import { formatLongDate, isoDay } from "../../lib/dates.ts";
import type { UiStrings } from "../../lib/ui-strings.ts";

export function RelatedArticles({ articles, strings, locale }: { articles: Article[]; strings: UiStrings; locale: string }) {
  if (articles.length === 0) return null;
  return (
    <section class="related-articles" aria-labelledby="related-articles-title">
      <h2 id="related-articles-title">{strings.relatedArticles}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            <a href={article.url}>{article.title}</a>{" "}
            <time datetime={isoDay(article.pubDate)}>{formatLongDate(article.pubDate, locale)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
