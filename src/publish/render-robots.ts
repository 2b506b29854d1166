import { absoluteUrl, type SiteLocation } from "../site/site-location.ts";

/** robots.txt: every page may be read and indexed, and the sitemap says where they are. */
export function renderRobots(location: SiteLocation, sitemapPath: string): string {
  return `# Every page of the site may be read and indexed.\nUser-agent: *\nDisallow:\n\nSitemap: ${absoluteUrl(location, sitemapPath)}\n`;
}
