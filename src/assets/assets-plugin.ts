import type { UserConfig } from "@11ty/eleventy";
import { bundleAssets, type AssetUrls } from "./bundle-assets.ts";

/** Bundles CSS, fonts and icon before each build and gives layouts their URLs as `assets`. */
export function assetsPlugin(config: UserConfig): void {
  let urls: AssetUrls | undefined;
  config.on("eleventy.before", async ({ directories }) => {
    urls = await bundleAssets(directories.layouts ?? directories.includes, directories.output);
  });
  config.addGlobalData("assets", () => {
    if (!urls) throw new Error("assets were asked for before they were bundled");
    return urls;
  });
}
