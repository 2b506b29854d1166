import type { FrontMatterEngine } from "@11ty/eleventy";

function refuse(language: string): FrontMatterEngine {
  const fail = (): never => {
    throw new Error(
      `"---${language}" front matter is refused: front matter is data (YAML or JSON), never code`,
    );
  };
  return { parse: fail, stringify: fail };
}

/**
 * Front-matter engines that refuse every language able to run code at build time.
 *
 * gray-matter evaluates `---js` / `---javascript` with `eval`, and Eleventy adds
 * `javascript` (run in a vm), `jsLegacy` and `node`. They are replaced by objects, not
 * bare functions: Eleventy deep-merges these options and silently drops a function.
 */
export const refusingEngines: Record<string, FrontMatterEngine> = {
  js: refuse("js"),
  javascript: refuse("javascript"),
  jsLegacy: refuse("jsLegacy"),
  node: refuse("node"),
};
