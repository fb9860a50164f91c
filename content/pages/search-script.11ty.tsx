// The search page's script, bundled from src/search/client/main.ts at build time (no inline script: the CSP forbids it).
import { searchScriptUrl } from "../../src/search/shared/page-config.ts";
import { bundleSearchScript } from "../../src/search/bundle.ts";

export const data = { permalink: searchScriptUrl, eleventyExcludeFromCollections: true };

export default function searchScript(): Promise<string> {
  return bundleSearchScript();
}
