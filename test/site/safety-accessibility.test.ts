import type { Page } from "puppeteer";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCK_KEY } from "../../src/browser/lock/device-lock.ts";
import { deriveLockKey, newKeyParameters, sealText } from "../../src/browser/lock/sealed-envelope.ts";
import { VIEWS, describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openLockDialog } from "../helpers/safety-page.ts";
import { WORKBOOK_KEY, profilesOf } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);
const site = () => session().server.url;

/** A lock record and a sealed contract, made here with the same code the page runs, so no test waits on the page to set them. */
let locked: Record<string, string>;
beforeAll(async () => {
  const parameters = newKeyParameters();
  const key = await deriveLockKey("river stone lantern", parameters);
  locked = {
    [LOCK_KEY]: JSON.stringify(await sealText(key, parameters, "autonomy-contract: the passphrase is right")),
    [WORKBOOK_KEY]: JSON.stringify(await sealText(key, parameters, JSON.stringify({ schemaVersion: 2, couple: { a: { name: "Maya" } } }))),
  };
});

/** Opens a page of the site at a size and colour scheme, after putting `stored` into localStorage. */
async function open(page: Page, view: (typeof VIEWS)[number], url: string, stored: Record<string, string>): Promise<void> {
  await page.setViewport({ width: view.width, height: view.height });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
  await page.goto(`${site()}/`, { waitUntil: "load" });
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(stored));
  await page.goto(`${site()}${url}`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
}

const violations = async (page: Page) => describeViolations((await runAxe(page)).violations);

describe("issue 15's states have no axe violations (WCAG 2.2 AA), on a phone and a desktop, light and dark", () => {
  it.each(VIEWS.map((view) => [view.name, view] as const))("%s: the locked screen of the workbook and of the contract, with an error and the forgotten passphrase's confirmation", async (_name, view) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await open(page, view, "/workbook/", locked);
      await page.waitForSelector("[data-lock-screen]:not([hidden])");
      expect(await violations(page)).toBe("");
      await page.click("[data-lock-submit]");
      await page.click("[data-lock-forgotten] summary");
      await page.click("[data-lock-clear]");
      expect(await violations(page)).toBe("");
      await open(page, view, "/contract/", locked);
      await page.waitForSelector("[data-lock-screen]:not([hidden])");
      expect(await violations(page)).toBe("");
    });
  });

  it.each(VIEWS.map((view) => [view.name, view] as const))("%s: the reminder to save a copy, the bar's line and the lock's dialog", async (_name, view) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await open(page, view, "/workbook/", { "autonomy-contract/keeping": JSON.stringify({ unfiledSince: Date.now() - 2 * 24 * 3600 * 1000 }) });
      await page.waitForSelector('[data-notice="keep-a-copy"]');
      await page.waitForSelector("[data-keep-status]:not([hidden])");
      expect(await violations(page)).toBe("");
      await openLockDialog(page);
      await page.click("[data-lock-set] button[type=submit]");
      expect(await violations(page)).toBe("");
    });
  });

  it.each(VIEWS.map((view) => [view.name, view] as const))("%s: the safety page with Exit this page", async (_name, view) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await open(page, view, "/safety/", {});
      expect(await violations(page)).toBe("");
    });
  });
});
