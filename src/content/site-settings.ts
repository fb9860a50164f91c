// The site's own _data/site.ts (the project's, or a test fixture's), read for the config and checked where it can be wrong.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SiteSettings } from "../render/site-data.ts";
import { isTimeZone } from "./dates.ts";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";

export async function loadSiteSettings(dataDir: string): Promise<SiteSettings> {
  const file = path.join(dataDir, "site.ts");
  const site = ((await import(pathToFileURL(file).href)) as { default: SiteSettings }).default;
  if (typeof site.timeZone !== "string" || !isTimeZone(site.timeZone)) {
    const shown = path.relative(process.cwd(), file);
    throw new EditorError([problemLine(shown, "timeZone", 'an IANA time zone such as "Europe/Moscow"', describeFound(site.timeZone))]);
  }
  return site;
}
