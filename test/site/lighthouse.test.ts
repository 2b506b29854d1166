import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { describeLosses, runLighthouse, STEADY_CATEGORIES } from "../helpers/lighthouse.ts";

// Lighthouse on every page, served by the same server as `npm run serve`. Performance
// depends on the machine's speed, so `npm run bench` prints it; the other three
// categories and the layout shift do not, so they are held to 100 and 0 here.
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(siteDir());
});
afterAll(async () => {
  await server?.close();
});

describe("Lighthouse, mobile preset", () => {
  it("reports a page's faults and its layout shift (the check is live)", async () => {
    // A page without a language or a description, an image without text, and a
    // heading pushed down after it was painted.
    const bad = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" }).end(`<!DOCTYPE html><title>x</title><h1>Heading</h1><p>${"Text. ".repeat(200)}</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="50" height="50">
<script>setTimeout(() => document.body.prepend(Object.assign(document.createElement("div"), { style: "height:300px" })), 300)</script>`);
    });
    await new Promise<void>((resolve) => bad.listen(0, "127.0.0.1", resolve));
    try {
      const lhr = await runLighthouse(`http://127.0.0.1:${(bad.address() as AddressInfo).port}/`, STEADY_CATEGORIES);
      expect(lhr.categories.accessibility!.score).toBeLessThan(1);
      expect(lhr.categories.seo!.score).toBeLessThan(1);
      expect(lhr.audits["cumulative-layout-shift"]!.numericValue).toBeGreaterThan(0);
    } finally {
      bad.closeAllConnections();
      bad.close();
    }
  });

  const NOT_FOUND = "/404.html";

  it.each(builtPages().map((page) => page.url).filter((url) => url !== NOT_FOUND))("%s scores 100 for accessibility, best practices and SEO, with nothing moving", async (url) => {
    const lhr = await runLighthouse(`${server.url}${url}`, STEADY_CATEGORIES);
    for (const category of STEADY_CATEGORIES) {
      expect(lhr.categories[category]!.score, `${category}:\n${describeLosses(lhr, category)}`).toBe(1);
    }
    expect(lhr.audits["cumulative-layout-shift"]!.numericValue).toBe(0);
  });

  it("the 404 page scores 100 for accessibility and best practices, passes every SEO audit but the one its noindex is for, and nothing moves", async () => {
    // A page for addresses that do not exist must not be found by search engines: its
    // `noindex` is the one SEO audit it fails, on purpose (served for a missing
    // address, its status 404 says the same).
    const lhr = await runLighthouse(`${server.url}${NOT_FOUND}`, STEADY_CATEGORIES);
    for (const category of ["accessibility", "best-practices"]) {
      expect(lhr.categories[category]!.score, `${category}:\n${describeLosses(lhr, category)}`).toBe(1);
    }
    expect(describeLosses(lhr, "seo")).toBe("is-crawlable (0): Page is blocked from indexing");
    expect(lhr.audits["cumulative-layout-shift"]!.numericValue).toBe(0);
  });
});
