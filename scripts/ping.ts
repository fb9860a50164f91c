// npm run ping [-- --data <dir>]: after a deploy, tells the WebSub hub of _data/site.ts that every feed has changed.
import path from "node:path";
import { problemLine } from "../src/content/editor-error.ts";
import { loadLanguages } from "../src/content/languages.ts";
import { loadSiteSettings } from "../src/content/site-settings.ts";
import { feedUrls, pingFeeds } from "../src/publish/websub-ping.ts";
import { parseCommandLine, runCommand, usageError } from "../src/tools/cli.ts";

const usage = `Usage: npm run ping -- [--data <dir>]
  Run after each deploy: POSTs hub.mode=publish and hub.url=<feed> to websubHub (_data/site.ts) for every language's
  Atom, RSS and JSON feed at site.url (SITE_URL overrides it, as for the build). Exits 1 when any ping fails, and
  when no websubHub is set.
  --data  the _data folder (default: _data, or DATA_DIR)`;

runCommand(async () => {
  const { values, positionals } = parseCommandLine("npm run ping", process.argv.slice(2), {
    data: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 0) throw usageError("npm run ping", "arguments", "only options (see --help)", `"${positionals.join(" ")}"`);
  const dataDir = values.data ?? process.env.DATA_DIR ?? "_data";
  const site = await loadSiteSettings(dataDir);
  if (!site.websubHub) {
    // Asked to ping with no hub is a deploy set up wrong: a failure, so the deploy's log shows it.
    const settings = path.relative(process.cwd(), path.join(dataDir, "site.ts"));
    console.error(`${problemLine(settings, "websubHub", "a WebSub hub's URL to ping", "none")}; nothing was pinged`);
    return 1;
  }
  const languages = loadLanguages(dataDir).languages.map(({ code }) => code);
  const results = await pingFeeds(site.websubHub, feedUrls(site.url, languages));
  for (const result of results) (result.ok ? console.log : console.error)(result.line);
  return results.every((result) => result.ok) ? 0 : 1;
});
