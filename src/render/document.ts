// A rendered TSX page as the file's text: an <html> document gets its doctype, anything else stays as it is.
import type { VNode } from "preact";
import { render } from "preact-render-to-string";

export function renderDocument(page: VNode): string {
  const html = render(page);
  return html.startsWith("<html") ? `<!DOCTYPE html>\n${html}` : html;
}
