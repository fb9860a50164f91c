// The notices at the top of an article: how its text was made (a translation, AI's part) and the original's corrections.
import type { ProvenanceNote } from "../../src/i18n/provenance.ts";
import { notIndexed } from "../../src/search/metadata.ts";

export function ArticleNotices({ notes, label }: { notes: ProvenanceNote[]; label: string }) {
  if (notes.length === 0) return null;
  return (
    <aside class="article-notices" aria-label={label} {...notIndexed}>
      {notes.map((note) => (
        <p key={note.kind} class={`article-notice notice-${note.kind}`}>
          {note.text}
          {note.link && (
            <>
              {" "}
              <a href={note.link.href} hreflang={note.link.lang} lang={note.link.lang}>
                {note.link.label}
              </a>
            </>
          )}
        </p>
      ))}
    </aside>
  );
}
