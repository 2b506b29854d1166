import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe, VIEWS } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openQuestion, openView, openWorkbookTab, profilesOf, SAMPLE_CONTRACT } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

/** Opens the sample contract from its file in the workbook, as a person would. */
async function openSample(page: Page): Promise<void> {
  await (await page.$("input[data-import-file]"))?.uploadFile(SAMPLE_CONTRACT);
  await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
}

/** Opens "check your answers" and waits for the map drawn under the answers, with `expected` in its first table. */
async function openCheckMap(page: Page, expected: string): Promise<void> {
  await openView(page, "check");
  await page.waitForFunction((text) => document.querySelector("[data-check-map] #check-map-needs")?.textContent?.includes(text), {}, expected);
}

describe("the map of where you differ, in the workbook's check view", () => {
  it("draws the map from the answers under the list, before signing, from a chunk loaded only then", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbookTab(context, session().server.url);
      // The page is open already (watchPage's recorder starts with a page): console errors and uncaught errors from here on.
      const problems: string[] = [];
      page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
      page.on("pageerror", (error) => problems.push((error as Error).message));
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await openSample(page);
      expect(requests.filter((url) => url.includes("render-difference-map"))).toEqual([]);
      await openCheckMap(page, "Maya Okafor wants 3.5 hours more a week.");
      expect(requests.filter((url) => /\/assets\/chunks\/render-difference-map-[A-Z0-9]+\.js$/.test(url))).toHaveLength(1);
      const order = await page.evaluate(() => {
        const list = document.querySelector("[data-check-answers]") as Element;
        const map = document.querySelector("[data-check-map]") as Element;
        return Boolean(list.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order).toBe(true);
      expect(await page.$$eval("[data-check-map] .map-panel > svg.map-svg", (svgs) => svgs.length)).toBe(4);
      expect(await page.$eval("[data-check-map] #check-map-week caption", (caption) => caption.textContent)).toBe("Your week, together and apart");
      expect(problems).toEqual([]);
    });
  });

  it("draws the answers as they are now each time the view opens", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbookTab(context, session().server.url);
      await openSample(page);
      await openCheckMap(page, "2.5 hours");
      await openQuestion(page, "f-batteryPack-b-hoursPerWeek");
      await page.$eval("#f-batteryPack-b-hoursPerWeek", (input) => ((input as HTMLInputElement).value = ""));
      await page.type("#f-batteryPack-b-hoursPerWeek", "6");
      await openCheckMap(page, "You want the same time alone.");
      const hours = await page.$eval("[data-check-map] #check-map-needs tbody tr", (row) => Array.from(row.children, (cell) => cell.textContent));
      expect(hours).toEqual(["Hours alone a week", "6 hours", "6 hours", "You want the same time alone."]);
    });
  });

  for (const view of VIEWS) {
    it(`has no WCAG 2.2 AA violations with the map (${view.name})`, async () => {
      await withProfile(async (context) => {
        const page = await openWorkbookTab(context, session().server.url);
        await page.setViewport({ width: view.width, height: view.height });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
        await openSample(page);
        await openCheckMap(page, "Maya Okafor");
        await page.evaluate(() => window.scrollTo(0, 0));
        const results = await runAxe(page);
        expect(results.violations, describeViolations(results.violations)).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    });
  }
});
