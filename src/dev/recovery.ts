// After a failed dev-server build the next one is a full build: Eleventy's incremental path then asked templates
// that the failed build never initialized ("templateRender has not yet initialized") until npm start was restarted.
let restore: (() => void) | undefined;

/** Called by npm start's error report: incremental builds stay off until a build succeeds. */
export function afterFailedBuild(eleventy: { setIncrementalBuild(incremental: boolean): void }, incremental: boolean): void {
  eleventy.setIncrementalBuild(false);
  restore = () => eleventy.setIncrementalBuild(incremental);
}

/** Called when a build finished (eleventy.after): saves are incremental again. */
export function afterGoodBuild(): void {
  restore?.();
  restore = undefined;
}

/** False from a failed build until the next good one: the last template map may then be incomplete. */
export function lastBuildSucceeded(): boolean {
  return restore === undefined;
}
