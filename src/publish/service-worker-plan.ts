import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PublishedFiles } from "../site/response-headers.ts";
import type { ServiceWorkerPlan } from "./render-service-worker.ts";

/** Files that are never needed offline: for crawlers and hosts, or the worker itself. */
const NOT_OFFLINE = new Set(["/robots.txt", "/sitemap.xml", "/sw.js"]);
/** Downloads are large and not every visitor wants them: kept when first downloaded. */
const ON_FIRST_USE = /^\/downloads\/[^/]+\.pdf$/;

/** A site path as a path relative to the top of the site: "/" -> "./", "/a/b/" -> "a/b/". */
const relative = (sitePath: string) => (sitePath === "/" ? "./" : sitePath.slice(1));

/**
 * What the service worker keeps for a built site, and its version: a hash of the
 * contents of every file it keeps, so any change to any of them (a page, a font, a
 * PDF) makes a new version, and an unchanged rebuild keeps the old one.
 */
export async function serviceWorkerPlan(siteDir: string, site: PublishedFiles): Promise<ServiceWorkerPlan> {
  const pagePaths = site.pages.map((page) => page.path);
  const files = site.files.filter((file) => !NOT_OFFLINE.has(file));
  const precache = [...pagePaths, ...files.filter((file) => !ON_FIRST_USE.test(file))].sort();
  const onFirstUse = files.filter((file) => ON_FIRST_USE.test(file)).sort();
  const version = createHash("sha256");
  for (const sitePath of [...precache, ...onFirstUse]) {
    const file = path.join(siteDir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
    version.update(`${sitePath}\0${createHash("sha256").update(await readFile(file)).digest("hex")}\n`);
  }
  return { version: version.digest("hex").slice(0, 16), precache: precache.map(relative), onFirstUse: onFirstUse.map(relative) };
}
