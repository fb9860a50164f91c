// The built sample site has no broken internal link, image, anchor or alternate, and its HTML validates.
import { siteValidator } from "../helpers/html-validator.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkLinks, siteFiles } from "../helpers/link-check.ts";
import { build, removeSite, type BuildResult } from "../helpers/site.ts";

const siteUrl = "https://integrity.example";
const integrity = suite<{ result: BuildResult }>("site integrity");

integrity.before((context) => {
  context.result = build({ withProjectContent: true }, { SITE_URL: siteUrl });
});
integrity.after((context) => removeSite(context.result));

integrity("the sample site builds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

integrity("no internal link, image, anchor or alternate is broken", ({ result }) => {
  const broken = checkLinks(result.output, siteUrl);
  assert.equal(
    broken.map((link) => `${link.page}: ${link.link}: ${link.reason}`),
    [],
  );
});

integrity("every page is valid HTML", async ({ result }) => {
  const validator = siteValidator();
  const problems: string[] = [];
  for (const sitePath of siteFiles(result.output).filter((file) => file.endsWith(".html"))) {
    const report = await validator.validateString(readFileSync(path.join(result.output, sitePath), "utf8"), sitePath);
    for (const message of report.results.flatMap((entry) => entry.messages)) {
      problems.push(`${sitePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  assert.equal(problems, []);
});

integrity.run();
