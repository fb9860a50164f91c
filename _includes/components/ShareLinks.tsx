// "Share" under an article: a plain link per service, labelled in the reader's language.
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import { shareLinks } from "../../src/seo/share-links.ts";

export function ShareLinks({ url, title, strings }: { url: string; title: string; strings: UiStrings }) {
  return (
    <section class="share-links" aria-labelledby="share-links-title">
      <h2 id="share-links-title">{strings.shareHeading}</h2>
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.service}>
            <a href={link.href} rel="noopener noreferrer">
              {strings[link.service]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
