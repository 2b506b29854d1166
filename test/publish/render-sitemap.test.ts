import { describe, expect, it } from "vitest";
import { renderRobots } from "../../src/publish/render-robots.ts";
import { renderSitemap } from "../../src/publish/render-sitemap.ts";
import { parseSiteLocation } from "../../src/site/site-location.ts";

const location = parseSiteLocation("https://example.org/autonomy-contract/", "test");

describe("renderSitemap", () => {
  it("lists every page at its absolute published URL, escaped for XML", () => {
    const xml = renderSitemap(["/steps/1/", "/", "/a&b/"], location);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])).toEqual([
      "https://example.org/autonomy-contract/",
      "https://example.org/autonomy-contract/a&#38;b/",
      "https://example.org/autonomy-contract/steps/1/",
    ]);
  });
});

describe("renderRobots", () => {
  it("allows everything and names the sitemap", () => {
    expect(renderRobots(location, "/sitemap.xml")).toMatch(/^User-agent: \*\nDisallow:\n\nSitemap: https:\/\/example.org\/autonomy-contract\/sitemap.xml\n$/m);
  });
});
