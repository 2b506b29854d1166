import path from "node:path";
import * as esbuild from "esbuild";

/** Site-relative URLs of the bundled assets, for the layouts. */
export interface AssetUrls {
  stylesheet: string;
  icon: string;
}

/** Where the asset sources live inside the layouts folder. */
const SOURCES = { stylesheet: "css/site.css", icon: "assets/icon.svg" } as const;

/**
 * Bundles the stylesheet (its @imports and fonts) and the icon into `<output>/assets`
 * under content-hashed names, so they can be cached for ever, and returns their URLs.
 * Fonts come from npm font packages: the site requests nothing from another origin.
 */
export async function bundleAssets(layoutsDir: string, outputDir: string): Promise<AssetUrls> {
  const outdir = path.join(outputDir, "assets");
  const entryPoints = Object.values(SOURCES).map((source) => path.join(layoutsDir, source));
  const result = await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    minify: true,
    metafile: true,
    logLevel: "silent",
    entryNames: "[name]-[hash]",
    assetNames: "fonts/[name]-[hash]",
    loader: { ".woff2": "file", ".svg": "copy" },
    // Font packages resolve from this project even when the layouts are copied
    // elsewhere (the build tests build copies of the site in a temporary folder).
    nodePaths: [path.join(import.meta.dirname, "../../node_modules")],
  });
  const urls: Partial<Record<keyof typeof SOURCES, string>> = {};
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    const source = meta.entryPoint && path.resolve(meta.entryPoint);
    for (const [name, relative] of Object.entries(SOURCES) as [keyof typeof SOURCES, string][]) {
      if (source === path.resolve(layoutsDir, relative)) {
        urls[name] = `/${path.relative(outputDir, path.resolve(output)).split(path.sep).join("/")}`;
      }
    }
  }
  if (!urls.stylesheet || !urls.icon) throw new Error(`esbuild did not emit every asset of ${layoutsDir}`);
  return { stylesheet: urls.stylesheet, icon: urls.icon };
}
