// "Not yet translated": an article's page in a language it has no version in, at the address its translation will take.
import { footerLinks } from "../../src/render/footer.ts";
import type { MissingTranslation } from "../../src/i18n/translations.ts";
import { findLanguage } from "../../src/content/languages.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { articleSwitcherTargets, switcherLinks } from "../../src/i18n/translations.ts";
import { Base } from "../../_includes/layouts/Base.tsx";

interface UntranslatedData extends TemplateData {
  missing: MissingTranslation;
}

export const data = {
  pagination: { data: "collections.missingTranslations", size: 1, alias: "missing" },
  permalink: (data: UntranslatedData) => data.missing.url,
  // Not an article: no lists, feeds, sitemap or search index; the real translation replaces it at the same URL.
  eleventyExcludeFromCollections: true,
  noindex: true,
};

export default function Untranslated(data: UntranslatedData) {
  const { lang, slug, versions } = data.missing;
  const { language, strings } = pageLanguage(data, lang);
  const targets = articleSwitcherTargets(
    slug,
    data.languages.languages.map(({ code }) => code),
  );
  return (
    <Base
      language={language}
      strings={strings}
      title={strings.untranslatedTitle}
      description={strings.untranslatedText}
      switcher={switcherLinks(data.languages.languages, lang, targets)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, lang)}
      meta={pageMeta(data, { lang, siteName: strings.siteName, title: strings.untranslatedTitle, description: strings.untranslatedText })}
    >
      <div class="prose untranslated">
        <h1>{strings.untranslatedTitle}</h1>
        <p>{strings.untranslatedText}</p>
        <ul class="untranslated-versions">
          {versions.map((version) => (
            <li key={version.lang} lang={version.lang}>
              <a href={version.url} hreflang={version.lang}>
                {version.title}
              </a>{" "}
              ({findLanguage(data.languages, version.lang)?.name ?? version.lang})
            </li>
          ))}
        </ul>
        <p>
          <a href={`/${lang}/`}>{strings.backHome}</a>
        </p>
      </div>
    </Base>
  );
}
