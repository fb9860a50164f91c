// The site header: name, links to the home and to the index of each taxonomy, the search field (a plain GET form, works without JavaScript) and the language switcher.
import { sectionLinks } from "../../src/lists/list-indexes.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import type { SwitcherLink } from "../../src/i18n/translations.ts";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";

interface HeaderProps {
  lang: string;
  strings: UiStrings;
  switcher: SwitcherLink[];
}

export function Header({ lang, strings, switcher }: HeaderProps) {
  return (
    <header class="site-header">
      <div class="wrap">
        <a class="site-name" href={`/${lang}/`}>
          {strings.siteName}
        </a>
        <nav class="site-nav" aria-label={strings.mainNavigation}>
          <ul>
            <li>
              <a href={`/${lang}/`}>{strings.navHome}</a>
            </li>
            {sectionLinks(lang, strings).map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* biome-ignore lint/a11y/useSemanticElements: a <search> wrapper would change the page; role="search" on the form is the landmark screen readers announce today. */}
        <form class="search-form" role="search" aria-label={strings.searchLabel} action={`/${lang}/search/`} method="get">
          <label class="visually-hidden" for="site-search">
            {strings.searchLabel}
          </label>
          {/* Wide enough for the placeholder in any language: `size` counts characters, the few it adds cover wide letters and the field's own clear button. */}
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={strings.searchPlaceholder}
            size={strings.searchPlaceholder.length + 4}
            autocomplete="off"
          />
          <button type="submit">{strings.searchButton}</button>
        </form>
        <LanguageSwitcher links={switcher} label={strings.languageSwitcher} />
      </div>
    </header>
  );
}
