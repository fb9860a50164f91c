// The search page's script is TypeScript under src/search/client, bundled by esbuild into one small browser module.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const searchScriptEntry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "client/main.ts");

/** One minified ES module; Pagefind's own module is loaded at run time from the URL the page gives, never bundled. */
export async function bundleSearchScript(entry = searchScriptEntry): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`Search script: esbuild produced nothing for ${entry}`);
  return output.text;
}
