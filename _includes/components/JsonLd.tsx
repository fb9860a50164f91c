// Structured data in a <script type="application/ld+json">: data, not code, so pages still ship no JavaScript.
import { serializeJsonLd } from "../../src/seo/json-ld.ts";

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // Raw on purpose: JSX would HTML-escape the quotes; serializeJsonLd makes the text safe inside <script>.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
