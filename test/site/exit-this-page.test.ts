import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { EXIT_TO, recordRequests, waitForExit } from "../helpers/safety-page.ts";
import { openQuestion, profilesOf, waitForStatus } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);
const site = () => session().server.url;

/** Something only a person could have typed: it must appear in no request. */
const SECRET = "Zanzibar-7781 private words";

describe("Exit this page", () => {
  it("leaves the safety page by its button, and Back does not return to it", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await recordRequests(page);
      await page.goto(`${site()}/`, { waitUntil: "load" });
      await page.goto(`${site()}/safety/`, { waitUntil: "load" });
      await page.click("a[data-exit-this-page]");
      await waitForExit(page);
      expect(page.url()).toBe(EXIT_TO);
      await page.goBack({ waitUntil: "load" });
      expect(page.url()).toBe(`${site()}/`);
    });
  });

  it("leaves the workbook on three presses of Shift, over every view it opened, and nothing typed is sent", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      const sent = await recordRequests(page);
      await page.goto(`${site()}/`, { waitUntil: "load" });
      await page.goto(`${site()}/workbook/`, { waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", SECRET);
      await waitForStatus(page, "Saved");
      await openQuestion(page, "f-batteryPack-a-hoursPerWeek");
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await waitForExit(page);
      const exit = sent.find((request) => request.url.startsWith(EXIT_TO));
      expect(exit?.url).toBe(EXIT_TO);
      // No referrer at all: the destination learns nothing of where the person was.
      expect(exit?.headers.referer).toBeUndefined();
      for (const request of sent) expect(JSON.stringify(request)).not.toMatch(/Zanzibar|7781|private(%20|\+| )words/);
      await page.goBack({ waitUntil: "load" });
      expect(page.url()).toBe(`${site()}/`);
    });
  });

  it("announces each press of Shift, and starts counting again after any other key", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await recordRequests(page);
      await page.goto(`${site()}/safety/`, { waitUntil: "load" });
      await page.keyboard.press("Shift");
      expect(await page.$eval("[data-exit-announcement]", (element) => element.textContent)).toBe("Shift, press 2 more times to exit.");
      await page.keyboard.press("Shift");
      await page.keyboard.press("KeyA");
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      expect(page.url()).toBe(`${site()}/safety/`);
      await page.keyboard.press("Shift");
      await waitForExit(page);
    });
  });

  it("leaves the contract view by its button", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await recordRequests(page);
      await page.goto(`${site()}/contract/`, { waitUntil: "load" });
      await page.click("a[data-exit-this-page]");
      await waitForExit(page);
      await page.goBack({ waitUntil: "load" }).catch(() => undefined);
      expect(page.url()).not.toContain("/contract/");
    });
  });

  it("is a plain link that still leaves where script does not run", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setJavaScriptEnabled(false);
      await recordRequests(page);
      for (const url of ["/safety/", "/workbook/", "/contract/"]) {
        await page.goto(`${site()}${url}`, { waitUntil: "load" });
        const link = await page.$eval("a[data-exit-this-page]", (element) => ({ href: element.getAttribute("href"), rel: element.getAttribute("rel"), shown: element.checkVisibility() }));
        expect(link, url).toEqual({ href: EXIT_TO, rel: "noreferrer nofollow", shown: true });
      }
      await page.click("a[data-exit-this-page]");
      await waitForExit(page);
    });
  });
});
