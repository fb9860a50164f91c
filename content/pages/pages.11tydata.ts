// Page templates render their own document and URL; only articles use the article layout.
export default { layout: false };
