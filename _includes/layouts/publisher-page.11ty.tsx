// A publisher page (about, editorial policy, corrections policy, contact): its title, description and markdown body.
import type { PublisherPage } from "../../src/content/publisher-pages.ts";
import { formatDay } from "../../src/content/dates.ts";
import { switcherLinks } from "../../src/i18n/translations.ts";
import { footerLinks } from "../../src/render/footer.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { absoluteUrl } from "../../src/seo/absolute-url.ts";
import { newsMediaOrganization } from "../../src/seo/json-ld.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { JsonLd } from "../components/JsonLd.tsx";
import { Base } from "./Base.tsx";

interface PublisherPageData extends TemplateData {
  publisherPage: PublisherPage;
  content: string;
}

// schema.org's page types for the two pages that have one.
const pageTypes: Record<string, string> = { about: "AboutPage", contact: "ContactPage" };

export default function PublisherPageLayout(data: PublisherPageData) {
  const { publisherPage: page, content } = data;
  const { language, strings } = pageLanguage(data, page.lang);
  const pages = data.collections.publisherPages ?? [];
  const alternates = Object.fromEntries(pages.filter((other) => other.slug === page.slug).map((other) => [other.lang, other.url]));
  const organization = newsMediaOrganization({ siteUrl: data.site.url, siteName: strings.siteName, lang: page.lang, pages });
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": pageTypes[page.slug] ?? "WebPage",
    url: absoluteUrl(data.site.url, page.url),
    name: page.title,
    description: page.description,
    inLanguage: page.lang,
    ...(page.updated ? { dateModified: page.updated.dateTime } : {}),
    publisher: organization,
  };
  return (
    <Base
      language={language}
      strings={strings}
      title={page.title}
      description={page.description}
      switcher={switcherLinks(data.languages.languages, page.lang, alternates)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, page.lang)}
      meta={pageMeta(data, { lang: page.lang, siteName: strings.siteName, title: page.title, description: page.description })}
      head={<JsonLd data={jsonLd} />}
    >
      <article class="prose">
        <header>
          <h1>{page.title}</h1>
          <p class="lede">{page.description}</p>
          {page.updated && (
            <p class="article-meta">
              {strings.updated}: <time datetime={page.updated.day}>{formatDay(page.updated.day, language.locale)}</time>
            </p>
          )}
        </header>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: content }} />
      </article>
    </Base>
  );
}
