// Articles' layout, URL, language and validation: defined in lib/article-data.ts.
export { default } from "../lib/article-data.ts";
