// npm run combine -- <into> <site> <site> …: the sites of npm run build -- --lang <code>, one per language, as one site.
import { combineSites } from "../src/publish/combine.ts";
import { BuildFailure } from "../src/publish/build-failure.ts";

const [into, ...sites] = process.argv.slice(2);
if (!into || sites.length === 0) {
  console.error("npm run combine -- <into> <site> <site> …: expected a folder to write and at least one built site");
  process.exit(2);
}
try {
  const files = combineSites(sites, into);
  console.log(`[combine] ${files} files from ${sites.join(", ")} into ${into}`);
} catch (error) {
  if (!(error instanceof BuildFailure)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
