// One order of strings for the build: by UTF-16 code unit, so the build machine's locale (LANG) never reorders a page.
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
