// The article's table of contents: links to its h2 sections with their h3 subsections; src/markdown/headings.ts decides.
import type { TocEntry } from "../../src/markdown/headings.ts";
import { notIndexed } from "../../src/search/metadata.ts";

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

export function TableOfContents({ entries, title }: { entries: TocEntry[]; title: string }) {
  if (entries.length === 0) return null;
  // Left out of the search index: the headings it lists are indexed where they stand in the body.
  return (
    <nav class="toc" aria-labelledby="toc-title" {...notIndexed}>
      <h2 id="toc-title">{title}</h2>
      <Entries entries={entries} />
    </nav>
  );
}
