// The page's metadata for search engines, feed readers and social cards; what it says is decided in src/seo/page-meta.ts.
import type { ComponentChildren } from "preact";
import type { SocialImage } from "../../src/images/derived.ts";
import type { PageMeta } from "../../src/seo/page-meta.ts";

interface SeoHeadProps {
  meta: PageMeta;
  /** The page's own og:image/twitter:image tags (an article's card); the site's default card otherwise. */
  socialImage?: ComponentChildren;
}

export function SeoHead({ meta, socialImage }: SeoHeadProps) {
  return (
    <>
      {meta.robots && <meta name="robots" content={meta.robots} />}
      {meta.canonical && <link rel="canonical" href={meta.canonical} />}
      {meta.alternates.map((link) => (
        <link key={link.hreflang} rel="alternate" hreflang={link.hreflang} href={link.href} />
      ))}
      {meta.feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
      ))}
      {meta.openGraph.map(([property, content], index) => (
        <meta key={index} property={property} content={content} />
      ))}
      {meta.twitter.map(([name, content]) => (
        <meta key={name} name={name} content={content} />
      ))}
      {socialImage ?? <SocialImageTags image={meta.defaultImage} />}
    </>
  );
}

/** og:image and twitter:image tags for one card: the site-wide one, or an article's own (src/images/derived.ts). */
export function SocialImageTags({ image }: { image: SocialImage }) {
  return (
    <>
      <meta property="og:image" content={image.url} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:image" content={image.url} />
      <meta name="twitter:image:alt" content={image.alt} />
    </>
  );
}
