// Numbered page links for a list, with newer/older links; nothing when the list fits one page.
import { fill, type UiStrings } from "../../src/i18n/ui-strings.ts";

interface PaginationProps {
  pageNumber: number;
  pageUrls: string[];
  strings: UiStrings;
}

export function Pagination({ pageNumber, pageUrls, strings }: PaginationProps) {
  if (pageUrls.length < 2) return null;
  const newer = pageUrls[pageNumber - 2];
  const older = pageUrls[pageNumber];
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      <ul>
        {newer && (
          <li>
            <a href={newer} rel="prev">
              {strings.newer}
            </a>
          </li>
        )}
        {pageUrls.map((url, index) => (
          <li key={url}>
            <a
              href={url}
              aria-current={index + 1 === pageNumber ? "page" : undefined}
              aria-label={fill(strings.pageOf, { page: index + 1, total: pageUrls.length })}
            >
              {index + 1}
            </a>
          </li>
        ))}
        {older && (
          <li>
            <a href={older} rel="next">
              {strings.older}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
