import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { SAMPLE_TEXT } from "../helpers/contracts.ts";
import { openQuestion, openWorkbookTab, profilesOf, storedText, WORKBOOK_KEY, waitForStatus } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

const zoneOf = (page: import("puppeteer").Page) => page.$eval("#f-couple-timeZone", (select) => (select as HTMLSelectElement).value);

describe("the couple's time zone in the workbook", () => {
  it("starts on the browser's own zone, which is no answer of theirs until they give one, then is saved with it", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.emulateTimezone("America/Sao_Paulo");
      await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      expect(await page.$eval("[data-task-continue]", (button) => button.textContent)).toBe("Start");
      await openQuestion(page, "f-couple-a-name");
      expect(await zoneOf(page)).toBe("America/Sao_Paulo");
      await page.type("#f-couple-a-name", "Maya");
      await waitForStatus(page, "Saved on this device");
      expect(JSON.parse((await storedText(page)) ?? "null").couple).toEqual({ a: { name: "Maya" }, timeZone: "America/Sao_Paulo" });
    });
  });

  it("shows a saved contract's own zone, not the browser's, and lets the couple choose another from the list", async () => {
    await withProfile(async (context) => {
      const first = await context.newPage();
      await first.goto(`${session().server.url}/`, { waitUntil: "load" });
      await first.evaluate((key, text) => localStorage.setItem(key, text), WORKBOOK_KEY, SAMPLE_TEXT);
      const page = await openWorkbookTab(context, session().server.url);
      await page.emulateTimezone("America/New_York");
      await page.reload({ waitUntil: "load" });
      await openQuestion(page, "f-couple-timeZone");
      expect(await zoneOf(page)).toBe("Europe/London");
      await page.select("#f-couple-timeZone", "Pacific/Auckland");
      await waitForStatus(page, "Saved on this device");
      expect(JSON.parse((await storedText(page)) ?? "null").couple.timeZone).toBe("Pacific/Auckland");
    });
  });

  it("keeps a saved zone the list does not name, rather than dropping it", async () => {
    await withProfile(async (context) => {
      const first = await context.newPage();
      await first.goto(`${session().server.url}/`, { waitUntil: "load" });
      const contract = JSON.parse(SAMPLE_TEXT);
      // An alias the runtime knows but the list (the canonical names) may not show.
      contract.couple.timeZone = "Asia/Kolkata";
      await first.evaluate((key, text) => localStorage.setItem(key, text), WORKBOOK_KEY, JSON.stringify(contract));
      const page = await openWorkbookTab(context, session().server.url);
      await openQuestion(page, "f-couple-timeZone");
      expect(await zoneOf(page)).toBe("Asia/Kolkata");
    });
  });
});
