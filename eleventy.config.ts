import type { UserConfig } from "@11ty/eleventy";
import { assetsPlugin } from "./src/assets/assets-plugin.ts";
import { contentPlugin } from "./src/content/content-plugin.ts";
import { createContractSource } from "./src/fields/contract-source.ts";
import { fieldsPlugin } from "./src/fields/fields-plugin.ts";
import { markdownPlugin } from "./src/markdown/markdown-plugin.ts";
import { downloadsPlugin } from "./src/pdf/downloads-plugin.ts";
import { printWorkbookPlugin } from "./src/site/print-workbook-plugin.ts";
import { sitePlugin } from "./src/site/site-plugin.ts";

/** The build, as a table of contents: each stage is a plugin in src/. */
export default function (config: UserConfig) {
  // The contract schema is loaded and checked once per build; the plugins after it render from it.
  const contract = createContractSource();
  config.addPlugin(contentPlugin);
  config.addPlugin(contract.plugin);
  config.addPlugin(markdownPlugin);
  config.addPlugin(assetsPlugin);
  config.addPlugin(fieldsPlugin, contract);
  config.addPlugin(sitePlugin);
  config.addPlugin(printWorkbookPlugin, contract);
  config.addPlugin(downloadsPlugin);

  return {
    // Input and output are given by src/build/build-site.ts: Eleventy lets a config's
    // `dir.input`/`dir.output` override those of its programmatic API. The others are
    // relative to the input folder.
    dir: { layouts: "../layouts", includes: "../layouts", data: "../data" },
    templateFormats: ["md"],
    // Markdown is Markdown only: no template language runs inside content files.
    markdownTemplateEngine: false,
  };
}
