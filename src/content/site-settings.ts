// The site's own _data/site.ts (the project's, or a test fixture's), read for the config and checked where it can be wrong.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SiteSettings } from "../render/site-data.ts";
import { isTimeZone } from "./dates.ts";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";

export async function loadSiteSettings(dataDir: string): Promise<SiteSettings> {
  const file = path.join(dataDir, "site.ts");
  const site = ((await import(pathToFileURL(file).href)) as { default: SiteSettings }).default;
  const shown = path.relative(process.cwd(), file);
  const problems: string[] = [];
  if (typeof site.timeZone !== "string" || !isTimeZone(site.timeZone)) {
    problems.push(problemLine(shown, "timeZone", 'an IANA time zone such as "Europe/Moscow"', describeFound(site.timeZone)));
  }
  const featured: unknown = site.featuredOnHome;
  if (featured !== undefined && !(typeof featured === "number" && Number.isSafeInteger(featured) && featured >= 0)) {
    const expected = "how many featured articles a home pins, a whole number such as 3 (0 for none), or no featuredOnHome";
    problems.push(problemLine(shown, "featuredOnHome", expected, describeFound(featured)));
  }
  const limit: unknown = site.fileLimit;
  if (limit !== undefined && !(typeof limit === "number" && Number.isSafeInteger(limit) && limit > 0)) {
    const expected = "a positive whole number of files (the host's cap, such as 20000), or no fileLimit";
    problems.push(problemLine(shown, "fileLimit", expected, describeFound(limit)));
  }
  if (site.websubHub !== undefined && !isWebUrl(site.websubHub)) {
    const expected = 'a WebSub hub\'s absolute http(s) URL such as "https://pubsubhubbub.appspot.com/", or no websubHub';
    problems.push(problemLine(shown, "websubHub", expected, describeFound(site.websubHub)));
  }
  if (problems.length > 0) throw new EditorError(problems);
  return site;
}

/** Hubs are reached over HTTP: a bare host, a relative path or another scheme would fail only at the first ping. */
function isWebUrl(value: unknown): boolean {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
}
