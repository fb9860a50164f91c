// "/" sends readers to the default language's home: a meta refresh and a link, no JavaScript.
import { absoluteUrl } from "../../src/seo/absolute-url.ts";
import { contentSecurityPolicy } from "../../src/seo/security.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";

export const data = { permalink: "/index.html", noindex: true };

export default function Root(data: TemplateData) {
  const lang = data.languages.defaultLanguage;
  const { strings } = pageLanguage(data, lang);
  const target = `/${lang}/`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy({ styleHashes: [], asMeta: true })} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{strings.siteName}</title>
        <meta http-equiv="refresh" content={`0; url=${target}`} />
        <link rel="canonical" href={absoluteUrl(data.site.url, target)} />
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <p>
          <a href={target}>{strings.redirectText}</a>
        </p>
      </body>
    </html>
  );
}
