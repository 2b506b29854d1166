import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ROOT } from "../project-root.ts";
import { publishSite } from "../publish/publish-site.ts";
import { parseSiteLocation, readSiteLocation, type SiteLocation } from "../site/site-location.ts";

/** What to build from and where to; defaults are the repository's own folders. */
export interface BuildOptions {
  input?: string;
  output?: string;
  quiet?: boolean;
  /** Print the workbook PDFs into downloads/ (needs Chromium); default true. */
  pdfs?: boolean;
  /** Where the site will be published, in place of `url` in data/site.json. */
  baseUrl?: string;
}

export { ROOT } from "../project-root.ts";

/**
 * Builds the site, then prints its PDFs. Eleventy writes into a fresh folder beside the output, which
 * replaces the output only once the whole build has succeeded: a failed build (PDFs included) leaves
 * the previous site as it was, and files of deleted pages never linger. Last, the
 * files a host and a browser read about the site as a whole (headers, sitemap,
 * service worker) are written from the finished pages.
 */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  const input = path.resolve(options.input ?? path.join(ROOT, "content"));
  const output = path.resolve(options.output ?? path.join(ROOT, "dist"));
  // The config gives the data folder as "../data", relative to the input.
  const location = await siteLocation(options.baseUrl, path.join(input, "../data/site.json"));
  await mkdir(path.dirname(output), { recursive: true });
  const staging = await mkdtemp(`${output}.building-`);
  try {
    // Eleventy 3.1.7 matches directory data files (steps/steps.11tydata.json) only
    // when the input folder is given relative to the working directory.
    const eleventy = new Eleventy(path.relative(process.cwd(), input) || ".", staging, {
      configPath: path.join(ROOT, "eleventy.config.ts"),
      quietMode: options.quiet ?? true,
      // A site published under a sub-path (https://example.org/autonomy-contract/):
      // Eleventy's HTML base plugin (src/site/site-plugin.ts) prefixes every URL of
      // the built pages, so content keeps writing root-relative links.
      pathPrefix: location.pathPrefix,
      config: (config) => {
        config.addGlobalData("siteLocation", location);
        // Eleventy warns on stderr when one transform takes over 8 % of a build; the
        // build's own checks of the rendered pages do on a busy machine. Not for a
        // quiet build: --verbose shows them.
        if (options.quiet ?? true) config.benchmarks?.config.setMinimumThresholdMs(0);
      },
    });
    await eleventy.write();
    if (options.pdfs ?? true) {
      // Loaded only when needed: a site-only build never starts puppeteer or pdf-lib.
      const { buildDownloads } = await import("../pdf/build-downloads.ts");
      // The schema the site was just built from: the data folder beside the input (eleventy.config.ts's dir.data).
      await buildDownloads(staging, path.join(input, "..", "data", "contract.schema.json"));
    }
    await publishSite(staging, location);
    // mkdtemp made the folder for this user alone; a web server reading dist/ runs as another.
    await chmod(staging, 0o777 & ~process.umask());
    await replaceFolder(staging, output);
    return output;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function siteLocation(baseUrl: string | undefined, siteDataFile: string): Promise<SiteLocation> | SiteLocation {
  return baseUrl === undefined ? readSiteLocation(siteDataFile) : parseSiteLocation(baseUrl, "--base-url");
}

async function replaceFolder(fresh: string, target: string): Promise<void> {
  const old = `${fresh}.old`;
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}
