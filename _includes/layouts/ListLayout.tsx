// The page every list shares (homes, categories, tags, authors, years, indexes): metadata, switcher and heading.
import { footerLinks } from "../../src/render/footer.ts";
import type { ComponentChildren } from "preact";
import { pageMeta, type PageMetaData } from "../../src/seo/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { switcherLinks } from "../../src/i18n/translations.ts";
import { Base } from "./Base.tsx";

interface ListLayoutProps {
  data: TemplateData & PageMetaData;
  lang: string;
  /** The document title. */
  title: string;
  /** The visible heading, when it differs from the title (the home says "Latest articles"). */
  heading?: string;
  description: string;
  /** This list in other languages, for the switcher. */
  alternates: Readonly<Record<string, string>>;
  /** Extra elements for <head> (the home's publisher JSON-LD). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

export function ListLayout({ data, lang, title, heading, description, alternates, head, children }: ListLayoutProps) {
  const { language, strings } = pageLanguage(data, lang);
  return (
    <Base
      language={language}
      strings={strings}
      title={title}
      description={description}
      switcher={switcherLinks(data.languages.languages, lang, alternates)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, lang)}
      meta={pageMeta(data, { lang, siteName: strings.siteName, title, description })}
      head={head}
    >
      <h1 class="page-title">{heading ?? title}</h1>
      {children}
    </Base>
  );
}
