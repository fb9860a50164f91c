// The social card in <head>: og:image with its size and alt text, and twitter:image (absolute URLs).
import type { SocialImage as SocialImageData } from "../../lib/social-image.ts";

export function SocialImage({ image }: { image: SocialImageData }) {
  return (
    <>
      <meta property="og:image" content={image.url} />
      <meta property="og:image:type" content="image/jpeg" />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:image" content={image.url} />
      <meta name="twitter:image:alt" content={image.alt} />
    </>
  );
}
