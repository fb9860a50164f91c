// Articles' layout, URL, language and validation: defined in src/content/article-data.ts.
export { default } from "../src/content/article-data.ts";
