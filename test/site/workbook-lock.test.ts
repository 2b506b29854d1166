import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { parseEnvelope } from "../../src/browser/lock/sealed-envelope.ts";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { everythingStored, openLockDialog, recordRequests, setPassphrase, storageKeys, unlockWith, waitForExit } from "../helpers/safety-page.ts";
import { CONTRACT_FIXTURES, WORKBOOK_KEY, openQuestion, openWorkbookTab, profilesOf, storedText, valueOf, waitForDownload, waitForStatus } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);
const site = () => session().server.url;

const PASSPHRASE = "river stone lantern";
/** Answers no storage may hold in plain text once the lock is set. */
const NAME = "Maya Quenby-Okafor";

/** Opens the workbook, types a name, waits until it is saved, and sets the lock. */
async function lockedWorkbook(context: BrowserContext): Promise<Page> {
  const page = await openWorkbookTab(context, site());
  await openQuestion(page, "f-couple-a-name");
  await page.type("#f-couple-a-name", NAME);
  await waitForStatus(page, "Saved");
  await setPassphrase(page, PASSPHRASE);
  await page.evaluate(() => document.querySelector<HTMLDialogElement>("dialog[data-lock-settings]")?.close());
  return page;
}

/** Reloads and waits for the locked screen. */
async function reloadLocked(page: Page): Promise<void> {
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("[data-lock-screen]:not([hidden])");
}

const isLocked = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute("data-locked"));

describe("the workbook's passphrase lock", () => {
  it("seals what is stored: no storage of the browser holds an answer in plain text", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      const stored = (await storedText(page)) ?? "";
      const envelope = parseEnvelope(stored);
      expect(envelope, stored).toBeDefined();
      expect(envelope?.iterations).toBe(600_000);
      const everything = await everythingStored(page);
      expect(everything).toContain("autonomy-contract/lock=");
      expect(everything).not.toContain("Quenby");
      expect(everything).not.toContain(PASSPHRASE);
      expect(everything).not.toContain("couple");
    });
  });

  it("opens locked after a reload, says a wrong passphrase is wrong, and opens with the right one", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await reloadLocked(page);
      expect(await isLocked(page)).toBe(true);
      // Nothing of the answers is on the page while it is locked.
      expect(await page.evaluate(() => document.body.innerText)).not.toContain("Quenby");
      expect(await valueOf(page, "#f-couple-a-name")).toBe("");
      expect(await page.$eval("#f-couple-a-name", (element) => element.checkVisibility())).toBe(false);
      expect(await unlockWith(page, "river stone lanterns")).toBe("Error: That passphrase is not right");
      expect(await page.$eval("#lock-passphrase", (element) => element.getAttribute("aria-invalid"))).toBe("true");
      expect(await unlockWith(page, PASSPHRASE)).toBe("unlocked");
      await page.waitForFunction((name) => document.querySelector<HTMLInputElement>("#f-couple-a-name")?.value === name, {}, NAME);
      expect(await page.$eval("[data-save-status]", (element) => element.textContent)).toBe("Your saved answers are back");
    });
  });

  it("asks for nothing on an empty passphrase but to type one", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await reloadLocked(page);
      await page.click("[data-lock-submit]");
      expect(await page.$eval("[data-lock-error]", (element) => element.textContent)).toBe("Error: Enter your passphrase");
    });
  });

  it("keeps saving, sealed, while the lock is open, and the contract view opens only with the passphrase", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await openQuestion(page, "f-couple-b-name");
      await page.type("#f-couple-b-name", "Jonas Verhoeven");
      await waitForStatus(page, "Saved");
      expect(await everythingStored(page)).not.toContain("Verhoeven");
      const contract = await context.newPage();
      await contract.goto(`${site()}/contract/`, { waitUntil: "load" });
      await contract.waitForSelector("[data-lock-screen]:not([hidden])");
      expect(await contract.evaluate(() => document.body.innerText)).not.toContain("Verhoeven");
      expect(await unlockWith(contract, PASSPHRASE)).toBe("unlocked");
      await contract.waitForFunction(() => document.querySelector("[data-contract]")?.textContent?.includes("Verhoeven"));
    });
  });

  it("locks itself after the period without use (made short here by the page the test serves)", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      // The product's period is data/site.json's; this test serves the workbook with 3 seconds instead
      // (past the service worker, which would otherwise answer with the page as built).
      await page.setBypassServiceWorker(true);
      await page.setRequestInterception(true);
      page.on("request", async (request) => {
        if (!request.url().startsWith(`${site()}/workbook/`) || request.resourceType() !== "document") return void request.continue();
        const html = await (await fetch(request.url())).text();
        void request.respond({ status: 200, contentType: "text/html", body: html.replace(/data-idle-lock-minutes="[\d.]+"/, 'data-idle-lock-minutes="0.05"') });
      });
      await reloadLocked(page);
      expect(await unlockWith(page, PASSPHRASE)).toBe("unlocked");
      await page.waitForFunction((name) => document.querySelector<HTMLInputElement>("#f-couple-a-name")?.value === name, {}, NAME);
      await page.waitForSelector("[data-lock-screen]:not([hidden])", { timeout: 15_000 });
      expect(await isLocked(page)).toBe(true);
      expect(await valueOf(page, "#f-couple-a-name")).toBe("");
    });
  });

  it("changes the passphrase: the old one no longer opens, the new one does", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      const before = await storedText(page);
      await openLockDialog(page);
      await page.evaluate(() => document.querySelector<HTMLDetailsElement>(".lock-change")!.open = true);
      await page.type("#lock-current", "not the passphrase");
      await page.type("#lock-changed", "harbour kite morning");
      await page.type("#lock-changed-again", "harbour kite morning");
      await page.click("[data-lock-change] button[type=submit]");
      await page.waitForFunction(() => !document.querySelector<HTMLElement>("#lock-current-error")?.hidden, { timeout: 20_000 });
      expect(await page.$eval("#lock-current-error", (element) => element.textContent)).toBe("Error: That passphrase is not right");
      await page.$eval("#lock-current", (element) => ((element as HTMLInputElement).value = ""));
      await page.type("#lock-current", PASSPHRASE);
      await page.click("[data-lock-change] button[type=submit]");
      await page.waitForFunction(() => document.querySelector("[data-lock-settings-result]")?.textContent?.startsWith("The passphrase was changed"), { timeout: 20_000 });
      // Sealed again, with a new salt.
      expect(parseEnvelope((await storedText(page)) ?? "")?.salt).not.toBe(parseEnvelope(before ?? "")?.salt);
      await reloadLocked(page);
      expect(await unlockWith(page, PASSPHRASE)).toBe("Error: That passphrase is not right");
      expect(await unlockWith(page, "harbour kite morning")).toBe("unlocked");
      await page.waitForFunction((name) => document.querySelector<HTMLInputElement>("#f-couple-a-name")?.value === name, {}, NAME);
    });
  });

  it("removes the passphrase: the answers are stored plain again and open without asking", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await openLockDialog(page);
      await page.evaluate(() => document.querySelector<HTMLDetailsElement>(".lock-remove")!.open = true);
      await page.type("#lock-remove-current", PASSPHRASE);
      await page.click("[data-lock-remove] button[type=submit]");
      await page.waitForFunction(() => document.querySelector("[data-lock-settings-result]")?.textContent?.startsWith("The passphrase was removed"), { timeout: 20_000 });
      expect(JSON.parse((await storedText(page)) ?? "{}")).toMatchObject({ couple: { a: { name: NAME } } });
      expect(await page.evaluate(() => localStorage.getItem("autonomy-contract/lock"))).toBeNull();
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      expect(await isLocked(page)).toBe(false);
      await page.waitForFunction((name) => document.querySelector<HTMLInputElement>("#f-couple-a-name")?.value === name, {}, NAME);
    });
  });

  it("refuses a short passphrase and two that differ, by their fields", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbookTab(context, site());
      await openLockDialog(page);
      await page.type("#lock-new", "short");
      await page.click("[data-lock-set] button[type=submit]");
      expect(await page.$eval("#lock-new-error", (element) => element.textContent)).toBe("Error: Enter a passphrase of at least 8 characters");
      await page.type("#lock-new", " enough now");
      await page.type("#lock-new-again", "something else");
      await page.click("[data-lock-set] button[type=submit]");
      expect(await page.$eval("#lock-new-again-error", (element) => element.textContent)).toBe("Error: The two passphrases are not the same");
      expect(await page.evaluate(() => localStorage.getItem("autonomy-contract/lock"))).toBeNull();
    });
  });

  it("clears everything after a forgotten passphrase, only once the confirmation is accepted", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await reloadLocked(page);
      await page.click("[data-lock-forgotten] summary");
      await page.click("[data-lock-clear]");
      expect(await page.$eval("[data-lock-confirm]", (element) => (element as HTMLElement).innerText)).toContain("cannot be undone");
      await page.click("[data-lock-clear-no]");
      expect(await page.evaluate(() => localStorage.getItem("autonomy-contract/lock"))).not.toBeNull();
      await page.click("[data-lock-clear]");
      await page.click("[data-lock-clear-yes]");
      await page.waitForFunction(() => !document.documentElement.hasAttribute("data-locked"));
      expect(await page.$eval('[data-notice="cleared"]', (element) => (element as HTMLElement).innerText)).toContain("Removed: your answers and signatures, the passphrase lock and the reminders about saving a copy. A copy you saved to a file is not affected.");
      expect(await storageKeys(page)).toEqual([]);
      expect(await everythingStored(page)).not.toContain("Quenby");
    });
  });

  it("still shows the other tab's change, exports plain answers and imports a file, sealed, while the lock is open", async () => {
    const downloads = await mkdtemp(path.join(os.tmpdir(), "lock-export-"));
    try {
      await withProfile(
        async (context) => {
          const first = await lockedWorkbook(context);
          const second = await context.newPage();
          await second.goto(`${site()}/workbook/`, { waitUntil: "load" });
          expect(await unlockWith(second, PASSPHRASE)).toBe("unlocked");
          await openQuestion(second, "f-couple-b-name");
          await second.type("#f-couple-b-name", "Jonas");
          await waitForStatus(second, "Saved");
          await first.waitForSelector("dialog[data-other-tab][open]");
          expect(await first.$eval("[data-other-tab-list]", (element) => element.textContent)).toBe("Jonas: “Name”");
          await first.click("[data-other-tab-load]");
          await first.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
          const file = await waitForDownload(downloads);
          expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ couple: { a: { name: NAME }, b: { name: "Jonas" } } });
          const input = await first.$("input[data-import-file]");
          await input!.uploadFile(path.join(CONTRACT_FIXTURES, "required-only.json"));
          await first.waitForSelector("dialog[data-confirm][open]");
          await first.click("[data-confirm-yes]");
          await first.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("saved on this device"));
          const stored = (await storedText(first, WORKBOOK_KEY)) ?? "";
          expect(parseEnvelope(stored)).toBeDefined();
        },
        { downloadBehavior: { policy: "allow", downloadPath: downloads } },
      );
    } finally {
      await rm(downloads, { recursive: true, force: true });
    }
  });

  it("Exit this page leaves at once mid-sentence, asking nothing, keeps what was typed (sealed) and opens locked after", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await recordRequests(page);
      const asked: string[] = [];
      page.on("dialog", (dialog) => {
        asked.push(dialog.type());
        void dialog.dismiss();
      });
      await openQuestion(page, "f-couple-b-name");
      await page.type("#f-couple-b-name", "Jonas");
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await waitForExit(page);
      expect(asked).toEqual([]);
      await page.goto(`${site()}/workbook/`, { waitUntil: "load" });
      expect(await everythingStored(page)).not.toContain("Jonas");
      expect(await unlockWith(page, PASSPHRASE)).toBe("unlocked");
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>("#f-couple-b-name")?.value === "Jonas");
    });
  });

  it("has no axe violations on the locked screen, its error, the forgotten passphrase and the lock's dialog", async () => {
    await withProfile(async (context) => {
      const page = await lockedWorkbook(context);
      await openLockDialog(page);
      expect(describeViolations((await runAxe(page)).violations)).toBe("");
      await page.evaluate(() => document.querySelector<HTMLDialogElement>("dialog[data-lock-settings]")?.close());
      await reloadLocked(page);
      expect(describeViolations((await runAxe(page)).violations)).toBe("");
      await unlockWith(page, "wrong passphrase");
      await page.click("[data-lock-forgotten] summary");
      await page.click("[data-lock-clear]");
      expect(describeViolations((await runAxe(page)).violations)).toBe("");
      const contract = await context.newPage();
      await contract.goto(`${site()}/contract/`, { waitUntil: "load" });
      await contract.waitForSelector("[data-lock-screen]:not([hidden])");
      expect(describeViolations((await runAxe(contract)).violations)).toBe("");
    });
  });
});
