import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PublishedFiles } from "../site/response-headers.ts";
import type { ServiceWorkerPlan } from "./render-service-worker.ts";

/** Files that are never needed offline: for crawlers and hosts, or the worker itself. */
const NOT_OFFLINE = new Set(["/robots.txt", "/sitemap.xml", "/sw.js"]);
/** Downloads are large and not every visitor wants them: kept when first downloaded. */
const ON_FIRST_USE = /^\/downloads\/[^/]+\.pdf$/;
/**
 * What only the PDF stage reads, never a browser: the print fonts' coverage, and the
 * stylesheet of print fonts for CJK and emoji (layouts/css/print-fonts-cjk-emoji.css,
 * which no page links to) with the fonts only it names: 6 MB a phone would otherwise
 * download on its first visit for nothing.
 */
const PDF_STAGE_ONLY = /^\/print-fonts\//;
const PDF_STAGE_STYLESHEET = /^\/assets\/print-fonts-cjk-emoji-[^/]+\.css$/;

/** A site path as a path relative to the top of the site: "/" -> "./", "/a/b/" -> "a/b/". */
const relative = (sitePath: string) => (sitePath === "/" ? "./" : sitePath.slice(1));

/**
 * What the service worker keeps for a built site, and its version: a hash of the
 * contents of every file it keeps, so any change to any of them (a page, a font, a
 * PDF) makes a new version, and an unchanged rebuild keeps the old one.
 */
export async function serviceWorkerPlan(siteDir: string, site: PublishedFiles): Promise<ServiceWorkerPlan> {
  const pagePaths = site.pages.map((page) => page.path);
  const pdfStageOnly = await filesOnlyThePdfStageReads(siteDir, site.files);
  const files = site.files.filter((file) => !NOT_OFFLINE.has(file) && !pdfStageOnly.has(file));
  const precache = [...pagePaths, ...files.filter((file) => !ON_FIRST_USE.test(file))].sort();
  const onFirstUse = files.filter((file) => ON_FIRST_USE.test(file)).sort();
  const version = createHash("sha256");
  for (const sitePath of [...precache, ...onFirstUse]) {
    const file = path.join(siteDir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
    version.update(`${sitePath}\0${createHash("sha256").update(await readFile(file)).digest("hex")}\n`);
  }
  return { version: version.digest("hex").slice(0, 16), precache: precache.map(relative), onFirstUse: onFirstUse.map(relative) };
}

/** The site paths of the files no browser requests (PDF_STAGE_ONLY, PDF_STAGE_STYLESHEET and what only that stylesheet names). */
async function filesOnlyThePdfStageReads(siteDir: string, files: readonly string[]): Promise<Set<string>> {
  const stylesheets = files.filter((file) => file.endsWith(".css"));
  const named = async (sheet: string) => urlsIn(await readFile(path.join(siteDir, sheet), "utf8"), sheet);
  const byPdfStage = new Set<string>();
  const byPages = new Set<string>();
  for (const sheet of stylesheets) {
    for (const url of await named(sheet)) (PDF_STAGE_STYLESHEET.test(sheet) ? byPdfStage : byPages).add(url);
  }
  return new Set(files.filter((file) => PDF_STAGE_ONLY.test(file) || PDF_STAGE_STYLESHEET.test(file) || (byPdfStage.has(file) && !byPages.has(file))));
}

/** The site paths a stylesheet at `sheet` names in url(), resolved against it. */
function urlsIn(css: string, sheet: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((match) => match[2]!)
    .filter((url) => !/^(data:|[a-z]+:\/\/|#)/i.test(url))
    .map((url) => path.posix.resolve(path.posix.dirname(sheet), url.split(/[?#]/)[0]!));
}
