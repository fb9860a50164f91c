// The search page's script, bundled from _includes/scripts/search.ts at build time (no inline script: the CSP forbids it).
import { searchScriptUrl } from "../../lib/search-page.ts";
import { bundleSearchScript } from "../../lib/search-script.ts";

export const data = { permalink: searchScriptUrl, eleventyExcludeFromCollections: true };

export default function searchScript(): Promise<string> {
  return bundleSearchScript();
}
