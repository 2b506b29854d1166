import path from "node:path";
import * as esbuild from "esbuild";
import { ROOT } from "../project-root.ts";
import { woff2Only } from "./woff2-only.ts";

/** Site-relative URLs of the bundled assets, for the layouts. */
export interface BundledAssets {
  stylesheet: string;
  /** The print fonts for CJK and emoji, which only the PDF stage loads (layouts/css/print-fonts.css says why). */
  printFonts: string;
  icon: string;
  workbookScript: string;
  contractScript: string;
  exitScript: string;
}

type AssetName = keyof BundledAssets;

/** Where the stylesheet and icon live inside the layouts folder. */
const LAYOUT_SOURCES = { stylesheet: "css/site.css", printFonts: "css/print-fonts-cjk-emoji.css", icon: "assets/icon.svg" } as const;

/** The browser scripts: TypeScript in src/browser, one entry point per page that has script. */
const SCRIPT_SOURCES = {
  workbookScript: path.join(ROOT, "src/browser/workbook-page.ts"),
  contractScript: path.join(ROOT, "src/browser/contract-page.ts"),
  // The safety page's one script: "Exit this page" (issue 15).
  exitScript: path.join(ROOT, "src/browser/exit-page.ts"),
} as const;

/**
 * Bundles the stylesheet (its @imports and fonts), the icon and the browser scripts
 * into `<output>/assets` under content-hashed names, so they can be cached for ever,
 * and returns their URLs. Fonts come from npm font packages and scripts are files of
 * the site: nothing is requested from another origin and no script is inline.
 */
export async function bundleAssets(layoutsDir: string, outputDir: string): Promise<BundledAssets> {
  const outdir = path.join(outputDir, "assets");
  const sources: Record<AssetName, string> = {
    stylesheet: path.join(layoutsDir, LAYOUT_SOURCES.stylesheet),
    printFonts: path.join(layoutsDir, LAYOUT_SOURCES.printFonts),
    icon: path.join(layoutsDir, LAYOUT_SOURCES.icon),
    ...SCRIPT_SOURCES,
  };
  const common: esbuild.BuildOptions = {
    outdir,
    bundle: true,
    minify: true,
    metafile: true,
    format: "esm",
    target: ["chrome110", "firefox115", "safari16"],
    logLevel: "silent",
    entryNames: "[name]-[hash]",
    assetNames: "fonts/[name]-[hash]",
    loader: { ".woff2": "file", ".svg": "copy" },
    plugins: [woff2Only],
    // Font packages resolve from this project even when the layouts are copied
    // elsewhere (the build tests build copies of the site in a temporary folder).
    nodePaths: [path.join(ROOT, "node_modules")],
  };
  const { workbookScript, contractScript, ...rest } = sources;
  const split = (entry: string) => esbuild.build({ ...common, entryPoints: [entry], splitting: true, chunkNames: "chunks/[name]-[hash]" });
  const [main, workbook, contract] = await Promise.all([
    esbuild.build({ ...common, entryPoints: Object.values(rest) }),
    // Each page's script is split on its own: what it imports dynamically (the
    // workbook's PDF reader, with pdf-lib; the contract page's calendar, with
    // ical-generator) becomes a chunk of its own, loaded only when it is asked for, so
    // the page's own script stays small. Built apart, the two pages share no chunk, and
    // each page still loads exactly one file of script.
    split(workbookScript),
    split(contractScript),
  ]);
  const result = { metafile: { outputs: { ...main.metafile!.outputs, ...workbook.metafile!.outputs, ...contract.metafile!.outputs } } };
  const urls: Partial<BundledAssets> = {};
  const siteUrl = (output: string) => `/${path.relative(outputDir, path.resolve(output)).split(path.sep).join("/")}`;
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    const source = meta.entryPoint && path.resolve(meta.entryPoint);
    for (const [name, file] of Object.entries(sources) as [AssetName, string][]) {
      if (source === path.resolve(file)) {
        urls[name] = siteUrl(output);
      }
    }
  }
  const missing = (Object.keys(sources) as AssetName[]).filter((name) => !urls[name]);
  if (missing.length) throw new Error(`esbuild did not emit ${missing.join(", ")} from ${layoutsDir}`);
  return urls as BundledAssets;
}
