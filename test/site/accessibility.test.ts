import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { describeViolations, runAxe, VIEWS } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

const session = useBrowserSession();

describe("accessibility (axe-core, WCAG 2.2 AA, in Chromium)", () => {
  it("finds the violations of a bad page (the check is live)", async () => {
    await session().withPage(async (page) => {
      await page.setContent('<html><body><p style="color:#bbb;background:#fff">faint</p><img src="x.png"></body></html>');
      const results = await runAxe(page);
      expect(results.violations.map((violation) => violation.id)).toEqual(expect.arrayContaining(["color-contrast", "image-alt", "html-has-lang"]));
    });
  });

  const cases = builtPages().flatMap((page) => VIEWS.map((view) => [page.url, view.name, view] as const));

  it.each(cases)("%s (%s) has no violations", async (url, _name, view) => {
    await session().withPage(async (page) => {
      await page.setViewport({ width: view.width, height: view.height });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
      await page.goto(`${session().server.url}${url}`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const results = await runAxe(page);
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
      // axe ran its checks: a page with nothing tested would pass vacuously.
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
});
