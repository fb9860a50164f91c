// Whether this run is a production build (`npm run build`) or the dev server: they write their output differently.

/** Production builds (`npm run build`) stage and publish to _site; the dev server writes straight into .dev and serves it. */
export function isProductionBuild(): boolean {
  return process.env.ELEVENTY_RUN_MODE === "build";
}
