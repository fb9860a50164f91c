// The footer's links on every page: the publisher's pages (about, policies, contact) and the corrections page, in the
// page's language.
import { publisherPagesOf } from "../content/publisher-pages.ts";
import { correctionsUrl } from "../lists/corrections.ts";
import { pageLanguage, type TemplateData } from "./site-data.ts";

export interface FooterLink {
  href: string;
  label: string;
}

export function footerLinks(data: TemplateData, lang: string): FooterLink[] {
  const pages = publisherPagesOf(data.collections.publisherPages ?? [], lang).map((page) => ({ href: page.url, label: page.title }));
  return [...pages, { href: correctionsUrl(lang), label: pageLanguage(data, lang).strings.corrections }];
}
