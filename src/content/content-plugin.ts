import type { UserConfig } from "@11ty/eleventy";
import { checkContent } from "./check-content.ts";
import { refusingEngines } from "./refusing-engines.ts";

/**
 * Content checks for Eleventy: code front matter is refused by Eleventy's own parser,
 * and before anything is rendered every page's front matter is validated, so a bad
 * field fails the build with the file and the field named.
 */
export function contentPlugin(config: UserConfig): void {
  config.setFrontMatterParsingOptions({ engines: refusingEngines });

  config.on("eleventy.before", async ({ directories }) => {
    await checkContent(directories.input);
  });
}
