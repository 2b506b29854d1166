import { writeFile } from "node:fs/promises";
import path from "node:path";
import { formatHeadersFile, HEADERS_FILE } from "../site/headers-file.ts";
import { headerRules, SERVICE_WORKER_PATH } from "../site/response-headers.ts";
import type { SiteLocation } from "../site/site-location.ts";
import { readPublishedFiles } from "./read-published-files.ts";
import { renderRobots } from "./render-robots.ts";
import { renderServiceWorker } from "./render-service-worker.ts";
import { renderSitemap } from "./render-sitemap.ts";
import { serviceWorkerPlan } from "./service-worker-plan.ts";

/** The page a host serves for a path that has no file (Netlify, Cloudflare Pages, GitHub Pages). */
export const NOT_FOUND_PAGE = "/404.html";
const SITEMAP = "/sitemap.xml";
const ROBOTS = "/robots.txt";

/** Why the headers file is there, and where else it holds. */
const HEADERS_INTRO = [
  "Response headers, in the format Netlify and Cloudflare Pages read. Written by the build",
  "(src/site/response-headers.ts); npm run serve applies this same file. The README has them",
  `for nginx and Caddy. A path with no file gets ${NOT_FOUND_PAGE.slice(1)}, with status 404, on both hosts.`,
];

/**
 * The last stage of the build, once every page is final (PDF sizes filled in): the
 * files a crawler, a host and a browser read about the site as a whole, written
 * from what is there: robots.txt and sitemap.xml, the service worker, and the
 * `_headers` file last, since it lists every file including those.
 */
export async function publishSite(siteDir: string, location: SiteLocation): Promise<void> {
  const site = await readPublishedFiles(siteDir);
  const write = async (sitePath: string, text: string) => {
    await writeFile(path.join(siteDir, sitePath), text);
    site.files.push(sitePath);
  };
  await write(SITEMAP, renderSitemap(site.pages.map((page) => page.path).filter((page) => page !== NOT_FOUND_PAGE), location));
  await write(ROBOTS, renderRobots(location, SITEMAP));
  await write(SERVICE_WORKER_PATH, renderServiceWorker(await serviceWorkerPlan(siteDir, site)));
  await writeFile(path.join(siteDir, HEADERS_FILE), formatHeadersFile(headerRules(site, location), HEADERS_INTRO));
}
