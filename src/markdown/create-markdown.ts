import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { callouts } from "./callouts.ts";

/** Turns heading text into an id: lowercase words joined by hyphens ("What it is not" -> "what-it-is-not"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, "-");
}

/**
 * The Markdown renderer for content pages. Raw HTML is off (Eleventy turns it on),
 * so Markdown can only produce the elements below; callouts come from containers.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: false, typographer: true })
    .use(anchor, { slugify, tabIndex: false })
    .use(callouts);
}
