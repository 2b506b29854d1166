import { AxePuppeteer } from "@axe-core/puppeteer";
import type { Result } from "axe-core";
import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

/** WCAG 2.2 level A and AA, as axe-core tags them. */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** How each page is seen: a phone in light mode, a desktop in dark mode, and the reverse. */
const VIEWS = [
  { name: "phone, light", width: 390, height: 844, scheme: "light" },
  { name: "phone, dark", width: 390, height: 844, scheme: "dark" },
  { name: "desktop, light", width: 1280, height: 900, scheme: "light" },
  { name: "desktop, dark", width: 1280, height: 900, scheme: "dark" },
] as const;

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(" ")}: ${node.failureSummary}`).join("\n")}`)
    .join("\n");
}

const session = useBrowserSession();

describe("accessibility (axe-core, WCAG 2.2 AA, in Chromium)", () => {
  it("finds the violations of a bad page (the check is live)", async () => {
    await session().withPage(async (page) => {
      await page.setContent('<html><body><p style="color:#bbb;background:#fff">faint</p><img src="x.png"></body></html>');
      const results = await new AxePuppeteer(page).withTags(WCAG_22_AA).analyze();
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
      const results = await new AxePuppeteer(page).withTags(WCAG_22_AA).analyze();
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
      // axe ran its checks: a page with nothing tested would pass vacuously.
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
});
