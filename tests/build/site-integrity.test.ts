// The built sample site has no broken internal link, image, anchor or alternate, and its HTML validates.
import { invalidHtml } from "../helpers/html-validator.ts";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkLinks } from "../helpers/link-check.ts";
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
  const problems = await invalidHtml(result.output);
  assert.equal(problems, []);
});

integrity.run();
