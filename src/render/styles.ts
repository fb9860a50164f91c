// The stylesheet is small enough to inline into every page: no render-blocking request, nothing to cache-bust.
import { transform } from "esbuild";

/**
 * Minified by esbuild's CSS parser, which leaves quoted strings and url() alone (regexes collapsed the spaces inside
 * them and dropped a ";" before "}" even within a string). No trailing newline: it sits inside <style>.
 */
export async function minifyCss(css: string): Promise<string> {
  const { code } = await transform(css, { loader: "css", minify: true });
  return code.trimEnd();
}
