import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { CONTRACT_FIXTURES, WORKBOOK_KEY, isChecked, openQuestion, profilesOf, sleep, storedText, typeDate, valueOf, waitForDownload, waitForStatus } from "../helpers/workbook-page.ts";


const session = useBrowserSession();
const withProfile = profilesOf(session);

/** Opens the workbook, after putting `stored` into the origin's localStorage. */
async function openWorkbook(page: Page, stored: Record<string, string> = {}): Promise<void> {
  if (Object.keys(stored).length) {
    await page.goto(`${session().server.url}/`, { waitUntil: "load" });
    await page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, Object.entries(stored));
  }
  // No smooth scrolling: a control is where it was measured when it is clicked.
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
}

/** Chooses a radio or checkbox, or presses a button, from the keyboard (geometry-proof: no bar can cover it). */
async function choose(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press("Space");
}

const status = (page: Page) => page.$eval("[data-save-status]", (element) => element.textContent ?? "");
const fixture = (name: string) => readFile(path.join(CONTRACT_FIXTURES, name), "utf8");

/** Types into a question, in its view: the workbook shows one view at a time. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await openQuestion(page, selector.slice(1));
  await page.type(selector, text);
}

/** Answers one question of each kind: text, number, radio, checkbox, a list item and a date. */
async function fillSomeAnswers(page: Page): Promise<void> {
  await typeInto(page, "#f-couple-a-name", "Maya Okafor");
  await typeInto(page, "#f-batteryPack-a-hoursPerWeek", "6.5");
  await choose(page, "#f-batteryPack-a-rhythm-1");
  await choose(page, "#f-batteryPack-a-restoringActivities-2");
  await openQuestion(page, "f-rituals-list");
  await choose(page, '[data-add-item="rituals.list"]');
  await page.type("#f-rituals-list-0-name", "Sunday breakfast");
  await choose(page, "#f-rituals-list-0-frequency-2");
  await typeDate(page, "couple.startDate", "2026-03-01");
}

/** The stored value of a date, from its hidden control. */
const dateOf = (page: Page, path: string) => valueOf(page, `input[name="${path}"]`);

describe("the workbook saves on this device", () => {
  it("brings back answers of every kind after a reload", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await openWorkbook(page);
      await fillSomeAnswers(page);
      await waitForStatus(page, "Saved on this device");
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      expect(await status(page)).toBe("Your saved answers are back");
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Maya Okafor");
      expect(await valueOf(page, "#f-batteryPack-a-hoursPerWeek")).toBe("6.5");
      expect(await isChecked(page, "#f-batteryPack-a-rhythm-1")).toBe(true);
      expect(await isChecked(page, "#f-batteryPack-a-restoringActivities-2")).toBe(true);
      expect(await isChecked(page, "#f-batteryPack-a-restoringActivities-0")).toBe(false);
      expect(await valueOf(page, "#f-rituals-list-0-name")).toBe("Sunday breakfast");
      expect(await isChecked(page, "#f-rituals-list-0-frequency-2")).toBe(true);
      expect(await dateOf(page, "couple.startDate")).toBe("2026-03-01");
      expect([await valueOf(page, "#f-couple-startDate-day"), await valueOf(page, "#f-couple-startDate-year")]).toEqual(["1", "2026"]);
    });
  });

  it("stores the answers as JSON with schemaVersion 3, in the schema's types, the browser's time zone chosen", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await openWorkbook(page);
      await fillSomeAnswers(page);
      await waitForStatus(page, "Saved on this device");
      expect(JSON.parse((await storedText(page)) ?? "null")).toEqual({
        schemaVersion: 3,
        // The time zone list starts on the browser's own zone, which is then saved with the rest.
        couple: { a: { name: "Maya Okafor" }, startDate: "2026-03-01", timeZone: expect.any(String) },
        batteryPack: { a: { hoursPerWeek: 6.5, rhythm: "A few longer stretches a week", restoringActivities: ["Reading"] } },
        rituals: { list: [{ name: "Sunday breakfast", frequency: "Every week" }] },
      });
    });
  });

  it("writes storage once for a burst of typing, and says Saved only after the write", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      // Each write to our key is logged with the status shown at that moment; each status change is logged too.
      await page.evaluateOnNewDocument((key) => {
        const log: string[] = [];
        (window as unknown as { saveLog: string[] }).saveLog = log;
        const statusText = () => document.querySelector("[data-save-status]")?.textContent ?? "";
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (name: string, value: string) {
          if (name === key) log.push(`write while the status said: ${statusText()}`);
          setItem.call(this, name, value);
        };
        document.addEventListener("DOMContentLoaded", () => {
          const shown = document.querySelector("[data-save-status]");
          if (shown) new MutationObserver(() => log.push(`status: ${statusText()}`)).observe(shown, { childList: true, characterData: true, subtree: true });
        });
      }, WORKBOOK_KEY);
      await openWorkbook(page);
      await typeInto(page, "#f-couple-a-name", "Maya Okafor");
      await waitForStatus(page, "Saved on this device");
      await sleep(600); // longer than the autosave delay: a second write would have happened by now
      const log = await page.evaluate(() => (window as unknown as { saveLog: string[] }).saveLog);
      const writes = log.filter((entry) => entry.startsWith("write"));
      expect(writes).toEqual(["write while the status said: Saving…"]);
      const firstSaved = log.findIndex((entry) => entry.startsWith("status: Saved"));
      expect(firstSaved).toBeGreaterThan(log.indexOf(writes[0] as string));
      expect(JSON.parse((await storedText(page)) ?? "null")).toEqual({ schemaVersion: 3, couple: { a: { name: "Maya Okafor" }, timeZone: expect.any(String) } });
    });
  });

  it("does not call a write saved when it does not read back", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      // A storage that accepts writes but keeps nothing.
      await page.evaluateOnNewDocument(() => {
        Storage.prototype.setItem = function () {};
      });
      await openWorkbook(page);
      await typeInto(page, "#f-couple-a-name", "Maya Okafor");
      await waitForStatus(page, "Not saved on this device");
      await sleep(400);
      expect(await status(page)).toBe("Not saved on this device");
      expect(await page.$eval('[data-notice="storage"]', (element) => element.textContent)).toContain("could not be saved");
    });
  });
});

describe("when this device cannot save", () => {
  const FULL_STORAGE = () => {
    Storage.prototype.setItem = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
  };

  it("shows a visible error with a way to save to a file when storage is full, and keeps the answer in the page", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.evaluateOnNewDocument(FULL_STORAGE);
      await openWorkbook(page);
      await typeInto(page, "#f-couple-a-name", "Maya Okafor");
      await waitForStatus(page, "Not saved");
      const notice = await page.$eval('[data-notice="storage"]', (element) => ({
        visible: element.checkVisibility(),
        role: element.getAttribute("role"),
        text: element.textContent,
        buttons: Array.from(element.querySelectorAll("button"), (button) => button.textContent),
      }));
      expect(notice).toEqual({
        visible: true,
        role: "alert",
        text: expect.stringContaining("storage for the site is full"),
        buttons: expect.arrayContaining(["Save to a file"]),
      });
      expect(await status(page)).toBe("Not saved on this device");
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Maya Okafor");
    });
  });

  it("saves what was typed to a file from the storage-full notice", async () => {
    const downloads = await mkdtemp(path.join(os.tmpdir(), "autonomy-downloads-"));
    try {
      await withProfile(
        async (context) => {
          const page = await context.newPage();
          await page.evaluateOnNewDocument(FULL_STORAGE);
          await openWorkbook(page);
          await typeInto(page, "#f-couple-a-name", "Maya Okafor");
          await waitForStatus(page, "Not saved");
          const [button] = await page.$$('xpath/.//*[@data-notice="storage"]//button[normalize-space()="Save to a file"]');
          await button?.click();
          const file = await waitForDownload(downloads);
          expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ schemaVersion: 3, couple: { a: { name: "Maya Okafor" }, timeZone: expect.any(String) } });
        },
        { downloadBehavior: { policy: "allow", downloadPath: downloads } },
      );
    } finally {
      await rm(downloads, { recursive: true, force: true });
    }
  });

  it("warns on opening when storage is turned off", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.evaluateOnNewDocument(() => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("denied", "SecurityError");
          },
        });
      });
      await openWorkbook(page);
      const notice = await page.$eval('[data-notice="storage"]', (element) => ({
        visible: element.checkVisibility(),
        tone: element.className,
        text: element.textContent,
      }));
      expect(notice).toEqual({ visible: true, tone: "notice notice-warning", text: expect.stringContaining("will not let the workbook save") });
      expect(await status(page)).toBe("Not saving: this browser's storage is turned off");
    });
  });
});

describe("two tabs of the workbook", () => {
  /** Opens two tabs, types a name in the first and waits until it is saved. */
  async function typeInFirstTab(context: BrowserContext): Promise<[Page, Page]> {
    const first = await context.newPage();
    const second = await context.newPage();
    await openWorkbook(first);
    await openWorkbook(second);
    await first.bringToFront();
    await typeInto(first, "#f-couple-a-name", "Typed in tab one");
    await waitForStatus(first, "Saved on this device");
    return [first, second];
  }

  it("stops the other tab from saving over the newer answers", async () => {
    await withProfile(async (context) => {
      const [first, second] = await typeInFirstTab(context);
      await second.waitForSelector("dialog[data-other-tab][open]");
      expect(await status(second)).toBe("Not saving: the contract changed in another tab");
      await second.bringToFront();
      // Deciding later leaves the hold on: what is typed meanwhile is not saved.
      await second.click("[data-other-tab-later]");
      await typeInto(second, "#f-couple-b-name", "Typed in tab two");
      await sleep(1000);
      expect(JSON.parse((await storedText(first)) ?? "null")).toEqual({ schemaVersion: 3, couple: { a: { name: "Typed in tab one" }, timeZone: expect.any(String) } });
    });
  });

  it("loads the first tab's answers into the other tab with “Use the other tab’s version”, in place", async () => {
    await withProfile(async (context) => {
      const [, second] = await typeInFirstTab(context);
      await second.waitForSelector("dialog[data-other-tab][open]");
      await second.bringToFront();
      expect(await valueOf(second, "#f-couple-a-name")).toBe("");
      await second.click("[data-other-tab-load]");
      expect(await valueOf(second, "#f-couple-a-name")).toBe("Typed in tab one");
      expect(await second.$("dialog[data-other-tab][open]")).toBeNull();
      expect(await status(second)).toBe("Now showing the version from the other tab");
    });
  });
});

describe("contracts saved by other versions of the workbook", () => {
  it("opens a version 1 draft brought up to date, and says so", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await openWorkbook(page, { "autonomy-contract/v1": await fixture("v1-stored-draft.json") });
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Ana Ruiz");
      expect(await valueOf(page, "#f-couple-a-pronouns")).toBe("she/her");
      expect(await valueOf(page, "#f-couple-b-name")).toBe("Sam Keller");
      expect(await dateOf(page, "couple.startDate")).toBe("2026-01-31");
      // 31 January plus three months is the last day of April.
      expect(await dateOf(page, "couple.reviewDate")).toBe("2026-04-30");
      expect(await valueOf(page, "#f-batteryPack-a-hoursPerWeek")).toBe("4");
      expect(await isChecked(page, "#f-batteryPack-a-rhythm-0")).toBe(true);
      const notice = await page.$eval('[data-notice="stored"]', (element) => ({ visible: element.checkVisibility(), text: element.textContent }));
      expect(notice).toEqual({ visible: true, text: expect.stringContaining("brought up to date") });
    });
  });

  it("saves the migrated version 1 draft under the version 3 key", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await openWorkbook(page, { "autonomy-contract/v1": await fixture("v1-stored-draft.json") });
      expect(JSON.parse((await storedText(page)) ?? "null")).toEqual({
        schemaVersion: 3,
        couple: { a: { name: "Ana Ruiz", pronouns: "she/her" }, b: { name: "Sam Keller" }, startDate: "2026-01-31", reviewDate: "2026-04-30", timeZone: expect.any(String) },
        batteryPack: { a: { hoursPerWeek: 4, rhythm: "A little every day" } },
      });
    });
  });

  it("opens a signed version 2 contract brought up to date with every word kept, each ritual's old “when” as its note, and asks both to sign again", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      const v2 = await fixture("v2-signed.json");
      await openWorkbook(page, { "autonomy-contract/v2": v2 });
      const notice = await page.$eval('[data-notice="stored"]', (element) => ({ visible: element.checkVisibility(), text: element.textContent }));
      expect(notice).toEqual({ visible: true, text: expect.stringContaining("brought up to date") });
      expect(await valueOf(page, "#f-rituals-list-0-note")).toBe("Sunday, 9 am");
      expect(await valueOf(page, "#f-rituals-list-1-note")).toBe("Tuesday and Thursday, 8 pm");
      expect(await valueOf(page, "#f-rituals-list-2-note")).toBe("Friday evening");
      // Nothing guessed from the old words: the new questions wait for the couple.
      expect(await valueOf(page, "#f-rituals-list-0-start")).toBe("");
      expect(await page.$$eval('input[name="rituals.list.0.days"]:checked', (boxes) => boxes.length)).toBe(0);
      const stored = JSON.parse((await storedText(page)) ?? "null");
      const old = JSON.parse(v2);
      expect(stored.schemaVersion).toBe(3);
      expect(stored.rituals.list).toEqual(old.rituals.list.map(({ when, ...rest }: Record<string, unknown>) => ({ ...rest, note: when })));
      for (const section of ["batteryPack", "spaceWords", "defaultMoves", "individualWorlds", "guardrails", "deeperWe", "signatures"]) expect(stored[section], section).toEqual(old[section]);
      expect(stored.couple).toEqual({ ...old.couple, timeZone: expect.any(String) });
      const signature = await page.$eval('[data-signature-status="signatures.a"]', (element) => ({ state: (element as HTMLElement).dataset.state, text: element.textContent }));
      expect(signature).toEqual({ state: "outdated", text: expect.stringContaining("sign again") });
    });
  });

  it("refuses a contract saved by a newer version, says so, and leaves it in storage untouched", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      const newer = await fixture("v4-stored.json");
      await openWorkbook(page, { "autonomy-contract/v4": newer });
      const notice = await page.$eval('[data-notice="stored"]', (element) => ({ visible: element.checkVisibility(), text: element.textContent }));
      expect(notice).toEqual({ visible: true, text: expect.stringContaining("saved by a newer version of this workbook. It is safe and untouched") });
      expect(await valueOf(page, "#f-couple-a-name")).toBe("");
      expect(await storedText(page, "autonomy-contract/v4")).toBe(newer);
    });
  });

  it("stops saving while a newer version's contract is stored", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      const newer = await fixture("v4-stored.json");
      await openWorkbook(page, { "autonomy-contract/v4": newer });
      await typeInto(page, "#f-couple-a-name", "Maya Okafor");
      await sleep(1000);
      expect(await status(page)).toBe("Not saving, to keep your saved contract safe");
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["autonomy-contract/v4"]);
      expect(await storedText(page, "autonomy-contract/v4")).toBe(newer);
    });
  });
});
