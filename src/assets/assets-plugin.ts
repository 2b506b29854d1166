import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { bundleAssets, type BundledAssets } from "./bundle-assets.ts";
import { MANIFEST, webManifest, type ManifestSite } from "./web-manifest.ts";
import { writeIcons, type IconUrls } from "./write-icons.ts";

/** Where the icon drawing lives inside the layouts folder. */
const ICON_SVG = "assets/icon.svg";

/** What layouts get as `assets`: the bundled files, the icons and the manifest, as site paths. */
export interface AssetUrls extends BundledAssets {
  icons: IconUrls;
  manifest: string;
}

/**
 * Before each build: bundles CSS, fonts and scripts, draws the icons, writes the web
 * app manifest, and gives layouts their URLs as `assets`.
 */
export function assetsPlugin(config: UserConfig): void {
  let urls: AssetUrls | undefined;
  config.on("eleventy.before", async ({ directories }) => {
    const layouts = directories.layouts ?? directories.includes;
    // esbuild bundles in a process of its own while the icons are drawn here.
    const [bundled, icons] = await Promise.all([bundleAssets(layouts, directories.output), writeIcons(path.join(layouts, ICON_SVG), directories.output)]);
    const site = JSON.parse(await readFile(path.join(directories.data, "site.json"), "utf8")) as ManifestSite;
    // Set by Eleventy from the build's pathPrefix (src/build/build-site.ts) before plugins run.
    const pathPrefix = config.pathPrefix ?? "/";
    const manifest = webManifest(site, icons, bundled.icon, pathPrefix);
    await writeFile(path.join(directories.output, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    urls = { ...bundled, icons, manifest: `/${MANIFEST}` };
  });
  config.addGlobalData("assets", () => {
    if (!urls) throw new Error("assets were asked for before they were bundled");
    return urls;
  });
}
