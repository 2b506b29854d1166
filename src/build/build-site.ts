import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ROOT } from "../project-root.ts";
import { publishSite } from "../publish/publish-site.ts";
import { parseSiteLocation, readSiteLocation, type SiteLocation } from "../site/site-location.ts";
import type { Downloads } from "../pdf/build-downloads.ts";

/** What to build from and where to; defaults are the repository's own folders. */
export interface BuildOptions {
  input?: string;
  output?: string;
  quiet?: boolean;
  /** Print the workbook PDFs into downloads/ (needs Chromium); default true. */
  pdfs?: boolean;
  /** Where the site will be published, in place of `url` in data/site.json. */
  baseUrl?: string;
  /** The Eleventy configuration: the bundled one when the build runs from its bundle; default eleventy.config.ts. */
  configPath?: string;
  /** Told when each stage ends (`npm run build -- --verbose`), to see where a build's time goes. */
  log?: (line: string) => void;
}

export { ROOT } from "../project-root.ts";

/** Milliseconds since the process started, for the log's lines. */
const stamp = () => `${Math.round(performance.now())} ms:`.padStart(9);

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
  let downloads: Downloads | undefined;
  try {
    // Eleventy 3.1.7 matches directory data files (steps/steps.11tydata.json) only
    // when the input folder is given relative to the working directory.
    const quiet = options.quiet ?? true;
    const eleventy = new Eleventy(path.relative(process.cwd(), input) || ".", staging, {
      configPath: options.configPath ?? path.join(ROOT, "eleventy.config.ts"),
      quietMode: quiet,
      // A site published under a sub-path (https://example.org/autonomy-contract/):
      // Eleventy's HTML base plugin (src/site/site-plugin.ts) prefixes every URL of
      // the built pages, so content keeps writing root-relative links.
      pathPrefix: location.pathPrefix,
      config: (config) => {
        config.addGlobalData("siteLocation", location);
        // Eleventy 3.1.7 warns when a filter takes over 8% of its run ("Benchmark 344ms
        // 14% ... workbookForm") whatever quietMode says: its timers were made before the
        // mode was set. The share is of Eleventy's own run, which the bundled build made
        // short, and a busy machine stretches one call; the warnings show with --verbose.
        config.benchmarks.config.setIsVerbose(!quiet);
      },
    });
    // Loaded only when needed: a site-only build never starts Chromium or pdf-lib.
    // Chromium starts now and boots while Eleventy writes the pages; the PDFs print after.
    // The schema the site is built from: the data folder beside the input (eleventy.config.ts's dir.data).
    downloads = (options.pdfs ?? true) ? (await import("../pdf/build-downloads.ts")).startDownloads(staging, { schemaFile: path.join(input, "..", "data", "contract.schema.json"), log: options.log, pathPrefix: location.pathPrefix }) : undefined;
    await eleventy.write();
    options.log?.(`${stamp()} Eleventy wrote the pages`);
    await downloads?.finish();
    // After the PDFs: the service worker's list of files and the headers name them too.
    await publishSite(staging, location);
    // mkdtemp made the folder for this user alone; a web server reading dist/ runs as another.
    await chmod(staging, 0o777 & ~process.umask());
    await replaceFolder(staging, output);
    return output;
  } finally {
    await downloads?.close();
    // maxRetries: a Chromium that printed into the folder may still be closing a file in it (ENOTEMPTY).
    await rm(staging, { recursive: true, force: true, maxRetries: 5 });
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
  await rm(old, { recursive: true, force: true, maxRetries: 5 });
}
