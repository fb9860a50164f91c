// Links to the articles published just before and just after this one, in the same language.
import type { Neighbours } from "../../src/lists/related.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";

export function ArticleNeighbours({ neighbours, strings }: { neighbours: Neighbours; strings: UiStrings }) {
  const { older, newer } = neighbours;
  if (!older && !newer) return null;
  return (
    <nav class="article-neighbours" aria-label={strings.articleNavigation}>
      <ul>
        {older && (
          <li class="neighbour-previous">
            <span class="neighbour-label">{strings.previousArticle}</span>
            <a href={older.url}>{older.title}</a>
          </li>
        )}
        {newer && (
          <li class="neighbour-next">
            <span class="neighbour-label">{strings.nextArticle}</span>
            <a href={newer.url}>{newer.title}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
