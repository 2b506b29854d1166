import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import container from "markdown-it-container";

/**
 * The callout boxes authors may use, as `::: name` containers, with the label a
 * screen reader announces and the reader sees. Content has raw HTML turned off, so
 * these are the only boxes there are.
 */
export const CALLOUTS = {
  note: "Note",
  example: "In your own words",
  caution: "Take care",
  card: "",
} as const satisfies Record<string, string>;

/** Registers each callout as a markdown-it container rendering a labelled `<div>`. */
export function callouts(md: MarkdownIt): void {
  for (const [name, label] of Object.entries(CALLOUTS)) {
    md.use(container, name, {
      validate: (params: string) => params.trim() === name,
      render(tokens: Token[], index: number): string {
        const token = tokens[index];
        if (token?.nesting !== 1) return "</div>\n";
        const heading = label ? `<p class="callout-label">${md.utils.escapeHtml(label)}</p>\n` : "";
        return `<div class="callout callout-${name}">\n${heading}`;
      },
    });
  }
}
