// The footer's links on every page: the publisher's pages (about, policies, contact) in the page's language.
import { publisherPagesOf } from "../content/publisher-pages.ts";
import type { TemplateData } from "./site-data.ts";

export interface FooterLink {
  href: string;
  label: string;
}

export function footerLinks(data: Pick<TemplateData, "collections">, lang: string): FooterLink[] {
  return publisherPagesOf(data.collections.publisherPages ?? [], lang).map((page) => ({ href: page.url, label: page.title }));
}
