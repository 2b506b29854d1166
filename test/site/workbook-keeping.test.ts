import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { everythingStored, setPassphrase, storageKeys } from "../helpers/safety-page.ts";
import { openQuestion, profilesOf, waitForStatus } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);
const site = () => session().server.url;
const DAY = 24 * 60 * 60 * 1000;
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

/**
 * Opens the workbook with `navigator.storage.persist()` answering `granted`
 * (persisted() says false until it is asked, or true from the start for "already"), counting the calls, after putting
 * `stored` into the origin's localStorage (times relative to now, for the reminders).
 */
async function openWorkbook(context: BrowserContext, granted: boolean | "already", stored: Record<string, unknown> = {}, userAgent?: string): Promise<Page> {
  const page = await context.newPage();
  if (userAgent) await page.setUserAgent(userAgent);
  await page.evaluateOnNewDocument((given: boolean | "already") => {
    const answer = given !== false;
    let persisted = given === "already";
    (window as unknown as { persistCalls: number }).persistCalls = 0;
    Object.defineProperty(navigator.storage, "persist", {
      value: async () => {
        (window as unknown as { persistCalls: number }).persistCalls++;
        persisted = answer;
        return answer;
      },
    });
    Object.defineProperty(navigator.storage, "persisted", { value: async () => persisted });
  }, granted);
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  if (Object.keys(stored).length) {
    await page.goto(`${site()}/`, { waitUntil: "load" });
    await page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, typeof value === "string" ? value : JSON.stringify(value));
    }, Object.entries(stored));
  }
  await page.goto(`${site()}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
  return page;
}

const barLine = (page: Page) => page.$eval("[data-keep-status]", (element) => element.textContent ?? "");
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
const reminder = (page: Page) => page.$('[data-notice="keep-a-copy"]');
const keeping = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("autonomy-contract/keeping") ?? "{}") as Record<string, number>);

/** Days ago, as the reminders store time. */
const ago = (days: number) => Date.now() - days * DAY;

describe("the workbook keeps answers over weeks", () => {
  it("asks the browser to keep its storage once typing starts, and says it has agreed", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, true);
      expect(await persistCalls(page)).toBe(0);
      expect(await barLine(page)).toBe("Kept only in this browser, which may clear it. Last saved to a file: never.");
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", "Maya");
      await waitForStatus(page, "Saved");
      expect(await persistCalls(page)).toBe(1);
      expect(await barLine(page)).toBe("Kept only in this browser, which agreed to keep it. Last saved to a file: never.");
    });
  });

  it("says the browser may clear the answers when it will not keep its storage", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, false);
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", "Maya");
      await waitForStatus(page, "Saved");
      expect(await persistCalls(page)).toBe(1);
      expect(await barLine(page)).toBe("Kept only in this browser, which may clear it. Last saved to a file: never.");
    });
  });

  it("reminds, calmly, after a day of changes with no file copy; dismissed, it waits another day", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, false, { "autonomy-contract/keeping": { unfiledSince: ago(1.1) } });
      await page.waitForSelector('[data-notice="keep-a-copy"]');
      const notice = await page.$eval('[data-notice="keep-a-copy"]', (element) => ({ role: element.getAttribute("role"), text: (element as HTMLElement).innerText }));
      expect(notice.role).toBe("status");
      expect(notice.text).toContain("Your answers have never been saved to a file. This browser may clear them when it needs space. A file is a copy no browser can clear.");
      expect(notice.text).toContain("Save a copy");
      // It never takes focus, and typing goes on.
      expect(await page.evaluate(() => document.activeElement?.closest("[data-notice]") ?? null)).toBeNull();
      expect(describeViolations((await runAxe(page)).violations)).toBe("");
      await page.click('[data-notice="keep-a-copy"] .button-quiet');
      expect((await keeping(page)).dismissedAt).toBeGreaterThan(ago(0.01));
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await reminder(page)).toBeNull();
    });
  });

  it("does not remind after a file copy, and the bar says when it was made", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, false, { "autonomy-contract/keeping": { lastFileCopy: ago(3) } });
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await reminder(page)).toBeNull();
      expect(await barLine(page)).toBe("Kept only in this browser, which may clear it. Last saved to a file: 3 days ago.");
    });
  });

  it("stops reminding once “Save a copy” is used, and the bar says today", async () => {
    await withProfile(
      async (context) => {
        const page = await openWorkbook(context, false, { "autonomy-contract/keeping": { unfiledSince: ago(2), lastFileCopy: ago(5) } });
        await page.waitForSelector('[data-notice="keep-a-copy"]');
        expect(await page.$eval('[data-notice="keep-a-copy"]', (element) => element.textContent)).toContain("Your answers have changed since you last saved a copy to a file.");
        await page.click('[data-notice="keep-a-copy"] .button-secondary');
        // The file actions load on first use: the copy counts once it is written.
        await page.waitForFunction(() => !document.querySelector('[data-notice="keep-a-copy"]'));
        expect(await reminder(page)).toBeNull();
        expect(await barLine(page)).toBe("Kept only in this browser, which may clear it. Last saved to a file: today.");
        expect((await keeping(page)).unfiledSince).toBeUndefined();
      },
      { downloadBehavior: { policy: "deny" } },
    );
  });

  it("does not remind where the browser keeps its storage, except on Safari", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, "already", { "autonomy-contract/keeping": { unfiledSince: ago(2) } });
      expect(await barLine(page)).toBe("Kept only in this browser, which agreed to keep it. Last saved to a file: never.");
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await reminder(page)).toBeNull();
      const safari = await openWorkbook(context, "already", { "autonomy-contract/keeping": { unfiledSince: ago(2) } }, IPHONE);
      await safari.waitForSelector('[data-notice="keep-a-copy"]');
      const text = await safari.$eval('[data-notice="keep-a-copy"]', (element) => element.textContent ?? "");
      expect(text).toContain("Safari deletes what a site keeps once it has not been visited for 7 days.");
      expect(text).toContain("add this site to your Home Screen (in Safari, tap Share, then Add to Home Screen)");
    });
  });

  it("clears everything: answers, the lock, the reminders' state, and the contract view open in another tab", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, false, { "autonomy-contract/keeping": { unfiledSince: ago(2) } });
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", "Maya Quenby");
      await waitForStatus(page, "Saved");
      await setPassphrase(page, "river stone lantern");
      await page.evaluate(() => document.querySelector<HTMLDialogElement>("dialog[data-lock-settings]")?.close());
      const contract = await context.newPage();
      await contract.goto(`${site()}/contract/`, { waitUntil: "load" });
      await contract.type("#lock-passphrase", "river stone lantern");
      await contract.click("[data-lock-submit]");
      await contract.waitForFunction(() => document.querySelector("[data-contract]")?.textContent?.includes("Maya Quenby"), { timeout: 20_000 });
      await page.bringToFront();
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action="clear"]')?.click());
      await page.waitForSelector("dialog[data-confirm][open]");
      expect(await page.$eval("#confirm-text", (element) => element.textContent)).toContain("the passphrase lock if you set one, and the reminders about saving a copy");
      await page.click("[data-confirm-yes]");
      await page.waitForSelector('[data-notice="cleared"]');
      expect(await page.$eval('[data-notice="cleared"]', (element) => element.textContent)).toContain(
        "Removed: your answers and signatures, the passphrase lock and the reminders about saving a copy.",
      );
      expect(await storageKeys(page)).toEqual([]);
      expect(await everythingStored(page)).not.toContain("Quenby");
      expect(await page.$eval("#f-couple-a-name", (element) => (element as HTMLInputElement).value)).toBe("");
      await contract.waitForFunction(() => !document.querySelector("[data-contract]")?.textContent?.includes("Maya Quenby"));
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-locked"))).toBe(false);
    });
  });
});
