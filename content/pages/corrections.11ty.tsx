// /<lang>/corrections/: every corrected article of the language with its corrections, the latest first.
import type { Language } from "../../src/content/languages.ts";
import { correctedArticles, correctionsUrl } from "../../src/lists/corrections.ts";
import { switcherLinks } from "../../src/i18n/translations.ts";
import { footerLinks } from "../../src/render/footer.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { CorrectionList } from "../../_includes/components/Corrections.tsx";
import { Base } from "../../_includes/layouts/Base.tsx";

interface CorrectionsData extends TemplateData {
  correctionsLanguage: Language;
}

export const data = {
  // Every language's page, in a one-language build too: the sitemap and hreflang links name them all, as the full build's do.
  pagination: { data: "languages.languages", size: 1, alias: "correctionsLanguage", addAllPagesToCollections: true },
  permalink: (data: CorrectionsData) => correctionsUrl(data.correctionsLanguage.code),
  eleventyImport: { collections: ["articles"] },
};

export default function CorrectionsPage(data: CorrectionsData) {
  const lang = data.correctionsLanguage.code;
  const { language, strings } = pageLanguage(data, lang);
  const articles = correctedArticles(data.collections.articles, lang);
  const pages = Object.fromEntries(data.languages.languages.map(({ code }) => [code, correctionsUrl(code)]));
  return (
    <Base
      language={language}
      strings={strings}
      title={strings.corrections}
      description={strings.correctionsIntro}
      switcher={switcherLinks(data.languages.languages, lang, pages)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, lang)}
      meta={pageMeta(data, { lang, siteName: strings.siteName, title: strings.corrections, description: strings.correctionsIntro })}
    >
      <div class="prose">
        <h1>{strings.corrections}</h1>
        <p class="lede">{strings.correctionsIntro}</p>
        {articles.length === 0 ? (
          <p>{strings.correctionsNone}</p>
        ) : (
          <ul class="corrected-articles">
            {articles.map((article) => (
              <li key={article.url}>
                <h2>
                  <a href={`${article.url}#corrections`}>{article.title}</a>
                </h2>
                <CorrectionList corrections={[...article.corrections].reverse()} locale={language.locale} timeZone={data.site.timeZone} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Base>
  );
}
