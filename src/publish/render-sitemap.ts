import { absoluteUrl, type SiteLocation } from "../site/site-location.ts";

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A sitemap (sitemaps.org 0.9) listing every page at its absolute, published URL. */
export function renderSitemap(pagePaths: readonly string[], location: SiteLocation): string {
  const urls = [...pagePaths].sort().map((page) => `  <url><loc>${escapeXml(absoluteUrl(location, page))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
