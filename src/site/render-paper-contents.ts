import { escapeHtml } from "../fields/escape-html.ts";
import type { PaperPart } from "../fields/render-paper-workbook.ts";

/**
 * The printed workbook's table of contents: a link to each part's heading, and an
 * empty `data-toc-page` slot named after the heading's id, where the PDF stage writes
 * the page the heading landed on. The slot has a fixed width, so filling it in moves
 * nothing else on the page.
 */
export function renderPaperContents(parts: readonly PaperPart[]): string {
  const items = parts.map(
    (part) =>
      `<li class="toc-entry"><a class="toc-link" href="#${escapeHtml(part.id)}"><span class="toc-title">${escapeHtml(part.title)}</span> <span class="toc-page" data-toc-page="${escapeHtml(part.id)}"></span></a></li>`,
  );
  return `<nav class="paper-contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol class="toc-list">
${items.join("\n")}
</ol>
</nav>`;
}
