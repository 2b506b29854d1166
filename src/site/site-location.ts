import { readFile } from "node:fs/promises";
import path from "node:path";

/** Where the published site lives: its base URL, and the path every URL of the site starts with. */
export interface SiteLocation {
  /** Absolute, ending in "/": `https://example.org/autonomy-contract/`. */
  baseUrl: string;
  /** The base URL's path, also ending in "/": `/autonomy-contract/` (Eleventy's pathPrefix). */
  pathPrefix: string;
}

/**
 * Reads a base URL as `data/site.json` or `--base-url` gives it. A missing final "/"
 * is added (the site is a folder); anything that cannot be a site's address
 * (another scheme, a query, a fragment, a user name) is refused, naming `where`.
 */
export function parseSiteLocation(text: string, where: string): SiteLocation {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${where}: "${text}" is not an absolute URL; write it like "https://example.org/" or "https://example.org/autonomy-contract/"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${where}: "${text}" must start with https:// (or http://)`);
  if (url.search || url.hash || text.includes("#")) throw new Error(`${where}: "${text}" must not have a query or a fragment`);
  if (url.username || url.password) throw new Error(`${where}: "${text}" must not hold a user name or password`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return { baseUrl: url.href, pathPrefix: url.pathname };
}

/** The absolute URL of a site path (`/steps/1/`, as Eleventy's `page.url` gives it) on the published site. */
export function absoluteUrl(location: SiteLocation, sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), location.baseUrl).href;
}

/** Prefixes a site path (`/assets/x.css`) with the path prefix (`/autonomy-contract/assets/x.css`). */
export function prefixedPath(location: Pick<SiteLocation, "pathPrefix">, sitePath: string): string {
  return `${location.pathPrefix}${sitePath.replace(/^\//, "")}`;
}

/** Reads `url` from the site data file (`data/site.json`) and checks it. */
export async function readSiteLocation(siteDataFile: string): Promise<SiteLocation> {
  const where = `${path.relative(process.cwd(), siteDataFile) || siteDataFile}: "url"`;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(siteDataFile, "utf8"));
  } catch (cause) {
    throw new Error(`${siteDataFile} cannot be read as JSON`, { cause });
  }
  const url = (data as { url?: unknown } | null)?.url;
  if (typeof url !== "string") throw new Error(`${where} is missing: give the address the site is published at, like "https://example.org/"`);
  return parseSiteLocation(url, where);
}
