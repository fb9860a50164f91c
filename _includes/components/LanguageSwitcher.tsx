// Links to this page in every declared language; the current one is marked with aria-current.
import type { SwitcherLink } from "../../src/i18n/translations.ts";

export function LanguageSwitcher({ links, label }: { links: SwitcherLink[]; label: string }) {
  if (links.length < 2) return null;
  return (
    <nav class="language-switcher" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.lang}>
            <a href={link.href} lang={link.lang} hreflang={link.lang} aria-current={link.current ? "page" : undefined}>
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
