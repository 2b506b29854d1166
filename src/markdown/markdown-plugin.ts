import type { UserConfig } from "@11ty/eleventy";
import { createMarkdown } from "./create-markdown.ts";

/** Renders `.md` content with the project's own markdown-it (see createMarkdown). */
export function markdownPlugin(config: UserConfig): void {
  config.setLibrary("md", createMarkdown());
}
