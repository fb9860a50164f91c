// The home's pinned articles above its list: the newest featured one as a lead card across the page, the others larger
// than list cards.
import type { Article } from "../../src/content/articles.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import { ArticleCard } from "./ArticleCard.tsx";

export function FeaturedArticles({ articles, locale, strings }: { articles: Article[]; locale: string; strings: UiStrings }) {
  if (articles.length === 0) return null;
  return (
    <section class="featured" aria-label={strings.featuredArticles}>
      <ul class="featured-grid">
        {articles.map((article, position) => (
          <ArticleCard
            key={article.url}
            article={article}
            locale={locale}
            position={position}
            kind={position === 0 ? "lead" : "featured"}
          />
        ))}
      </ul>
    </section>
  );
}
