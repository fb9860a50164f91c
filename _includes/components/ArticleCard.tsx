// One article in a list: hero thumbnail, title link, date and description; a featured one larger, on the home.
import type { Article } from "../../src/content/articles.ts";
import { formatDay } from "../../src/content/dates.ts";
import { focusClass } from "../../src/images/crop.ts";
import { listUrl } from "../../src/lists/urls.ts";

/**
 * Cards in the grid's widest row: .card-grid fits columns of at least 20rem into the 72rem page (site.css), three.
 * Those images are in the first screen, so they load at once; the first is the page's largest paint.
 */
export const cardsInFirstRow = 3;

/**
 * How wide each kind of card's image is shown (site.css): a list card is a third of the 72rem page; the featured lead
 * card spans the page, and the featured cards under it take half of it from 62rem (two 28rem columns fit), so the
 * browser picks a larger rendition for them. Widths and heights come from the image pipeline, as for every card.
 */
const imageSizes = {
  card: "(min-width: 72rem) 22rem, (min-width: 44rem) 45vw, 100vw",
  lead: "(min-width: 72rem) 70rem, 100vw",
  featured: "(min-width: 72rem) 35rem, (min-width: 62rem) 50vw, 100vw",
};

export type CardKind = keyof typeof imageSizes;

interface ArticleCardProps {
  article: Article;
  locale: string;
  /** The card's place on the page, from 0: the first row loads at once, the first card is the largest paint. */
  position: number;
  kind?: CardKind;
}

export function ArticleCard({ article, locale, position, kind = "card" }: ArticleCardProps) {
  const firstRow = position < cardsInFirstRow;
  return (
    <li class={kind === "card" ? "card" : `card card-featured card-${kind}`}>
      <img
        src={article.heroImage}
        alt=""
        class={focusClass(article.heroFocus)}
        sizes={imageSizes[kind]}
        loading={firstRow ? "eager" : "lazy"}
        fetchpriority={position === 0 ? "high" : undefined}
        decoding="async"
        data-article-file={article.inputPath}
      />
      <h2>
        <a href={article.url}>{article.title}</a>
      </h2>
      <p class="card-meta">
        <time datetime={article.dates.published.day}>{formatDay(article.dates.published.day, locale)}</time> ·{" "}
        <a href={listUrl("category", article.lang, article.category)}>{article.category}</a>
      </p>
      <p>{article.description}</p>
    </li>
  );
}
