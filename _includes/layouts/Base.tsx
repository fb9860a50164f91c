// The HTML document every page shares: head metadata, inlined CSS, header, main landmark and footer.
import type { ComponentChildren } from "preact";
import type { Language } from "../../src/content/languages.ts";
import type { PageMeta } from "../../src/seo/page-meta.ts";
import type { SwitcherLink } from "../../src/i18n/translations.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import type { FooterLink } from "../../src/render/footer.ts";
import { Header } from "../components/Header.tsx";
import { SeoHead } from "../components/SeoHead.tsx";
import { contentSecurityPolicy, styleHash } from "../../src/seo/security.ts";

export interface BaseProps {
  language: Language;
  strings: UiStrings;
  /** The document title without the site name. */
  title: string;
  description: string;
  switcher: SwitcherLink[];
  inlineCss: string;
  /** Canonical URL, hreflang alternates, feeds, OpenGraph and Twitter card: src/seo/page-meta.ts pageMeta(). */
  meta: PageMeta;
  /** The page's own og:image/twitter:image tags (articles); pages without them get the site's default card. */
  socialImage?: ComponentChildren;
  /** Extra elements for <head>: preloads, metadata. */
  head?: ComponentChildren;
  /** The publisher's pages in this language: src/render/footer.ts footerLinks(). */
  footerLinks: readonly FooterLink[];
  children: ComponentChildren;
}

export function Base({
  language,
  strings,
  title,
  description,
  switcher,
  inlineCss,
  meta,
  socialImage,
  head,
  footerLinks,
  children,
}: BaseProps) {
  const documentTitle = title === strings.siteName ? title : `${title} — ${strings.siteName}`;
  return (
    <html lang={language.code} dir={language.dir}>
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy({ styleHashes: [styleHash(inlineCss)], asMeta: true })} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <SeoHead meta={meta} socialImage={socialImage} />
        {head}
        <style dangerouslySetInnerHTML={{ __html: inlineCss }} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {strings.skipToContent}
        </a>
        <Header lang={language.code} strings={strings} switcher={switcher} />
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            {footerLinks.length > 0 && (
              <nav aria-label={strings.publisherNavigation}>
                <ul class="footer-links">
                  {footerLinks.map((link) => (
                    <li key={link.href}>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <p>{strings.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
