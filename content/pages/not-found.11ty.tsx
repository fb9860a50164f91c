// The 404 page of each language, and /404.html (default language) for hosts that serve one page for every miss.
import { footerLinks } from "../../src/render/footer.ts";
import type { Language } from "../../src/content/languages.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { switcherLinks } from "../../src/i18n/translations.ts";
import { Base } from "../../_includes/layouts/Base.tsx";

interface NotFoundPage {
  lang: string;
  url: string;
}

interface NotFoundData extends TemplateData {
  notFound: NotFoundPage;
}

export const data = {
  pagination: {
    data: "languages.languages",
    size: 1,
    alias: "notFound",
    before: (languages: Language[], data: TemplateData): NotFoundPage[] => [
      { lang: data.languages.defaultLanguage, url: "/404.html" },
      ...languages.map(({ code }) => ({ lang: code, url: `/${code}/404.html` })),
    ],
  },
  permalink: (data: NotFoundData) => data.notFound.url,
  noindex: true,
};

export default function NotFound(data: NotFoundData) {
  const { lang } = data.notFound;
  const { language, strings } = pageLanguage(data, lang);
  const homes = Object.fromEntries(data.languages.languages.map(({ code }) => [code, `/${code}/`]));
  return (
    <Base
      language={language}
      strings={strings}
      title={strings.notFoundTitle}
      description={strings.notFoundText}
      switcher={switcherLinks(data.languages.languages, lang, homes)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, lang)}
      meta={pageMeta(data, { lang, siteName: strings.siteName, title: strings.notFoundTitle, description: strings.notFoundText })}
    >
      <div class="prose">
        <h1>{strings.notFoundTitle}</h1>
        <p>{strings.notFoundText}</p>
        <p>
          <a href={`/${lang}/`}>{strings.backHome}</a>
        </p>
      </div>
    </Base>
  );
}
