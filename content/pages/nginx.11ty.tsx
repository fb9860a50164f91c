// /nginx.conf: the headers of /_headers, each language's 404 page and / to the default language, for the owner's nginx.
import { nginxConfig } from "../../src/publish/nginx-config.ts";
import type { TemplateData } from "../../src/render/site-data.ts";
import { fingerprintedPaths, headerRules, styleHash } from "../../src/seo/security.ts";

export const data = { permalink: "/nginx.conf", eleventyExcludeFromCollections: true };

export default function Nginx(data: TemplateData): string {
  return nginxConfig({
    rules: headerRules({ styleHashes: [styleHash(data.inlineCss)], fingerprintedPaths }),
    languages: data.languages.languages.map(({ code }) => code),
    defaultLanguage: data.languages.defaultLanguage,
  });
}
