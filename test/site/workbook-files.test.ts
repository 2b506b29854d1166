import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { CONTRACT_FIXTURES, SAMPLE_CONTRACT, WORKBOOK_KEY, isChecked, openQuestion, openWorkbookTab, profilesOf, sleep, storedText, valueOf, waitForDownload, waitForStatus } from "../helpers/workbook-page.ts";


const session = useBrowserSession();
const withProfile = profilesOf(session);

const openWorkbook = (context: BrowserContext) => openWorkbookTab(context, session().server.url);

/** Chooses a file in "Open a file" (the hidden file input the button opens). */
async function chooseFile(page: Page, file: string): Promise<void> {
  const input = await page.$("input[data-import-file]");
  if (!input) throw new Error("the workbook has no [data-import-file]");
  await input.uploadFile(file);
}

/** Chooses a file and waits for the import notice that names it. */
async function importFile(page: Page, file: string): Promise<string> {
  await chooseFile(page, file);
  const name = path.basename(file);
  await page.waitForFunction((quoted) => document.querySelector('[data-notice="import"]')?.textContent?.includes(quoted), {}, `“${name}”`);
  return page.$eval('[data-notice="import"]', (element) => (element as HTMLElement).innerText);
}

async function waitForDialog(page: Page): Promise<string> {
  await page.waitForSelector("dialog[data-confirm][open]");
  return page.$eval("#confirm-title", (element) => element.textContent ?? "");
}

const stored = async (page: Page) => JSON.parse((await storedText(page)) ?? "null") as unknown;
const sample = async () => JSON.parse(await readFile(SAMPLE_CONTRACT, "utf8")) as Record<string, unknown>;

/** Everything the form shows and stores: every named control's value or checked state, and the saved text. */
async function snapshot(page: Page) {
  return page.evaluate((key) => {
    const controls = Array.from(document.querySelectorAll<HTMLInputElement>("form[data-workbook] [name]"));
    return {
      form: controls.map((control) => `${control.name}=${control.type === "radio" || control.type === "checkbox" ? control.checked : control.value}`),
      stored: localStorage.getItem(key),
    };
  }, WORKBOOK_KEY);
}

/** A workbook with some answers of its own, saved. */
async function workbookWithAnswers(context: BrowserContext): Promise<Page> {
  const page = await openWorkbook(context);
  await openQuestion(page, "f-couple-a-name");
  await page.type("#f-couple-a-name", "Ana Ruiz");
  await openQuestion(page, "f-batteryPack-a-rhythm-3");
  await page.focus("#f-batteryPack-a-rhythm-3");
  await page.keyboard.press("Space");
  await waitForStatus(page, "Saved on this device");
  return page;
}

describe("opening a file that is not a contract it can read", () => {
  it.each(["not-json.json", "proto-key.json", "wrong-fields.json", "newer-version.json"])(
    "%s is refused and the answers in the form and in storage stay as they were",
    async (name) => {
      await withProfile(async (context) => {
        const page = await workbookWithAnswers(context);
        const before = await snapshot(page);
        const notice = await importFile(page, path.join(CONTRACT_FIXTURES, name));
        expect(notice).toContain(`“${name}” was not opened`);
        expect(notice).toContain("Your current answers are unchanged.");
        expect(await page.$eval('[data-notice="import"]', (element) => [element.className, element.checkVisibility()])).toEqual([
          "notice notice-error",
          true,
        ]);
        await sleep(400); // past the autosave delay, in case anything was scheduled
        expect(await snapshot(page)).toEqual(before);
        expect(before.stored).toContain("Ana Ruiz");
      });
    },
  );

  it("says why a file that is not JSON cannot be opened", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      expect(await importFile(page, path.join(CONTRACT_FIXTURES, "not-json.json"))).toContain("Cannot open it: not valid JSON");
    });
  });

  it("names the __proto__ key it refuses, and no object in the page gains its properties", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      expect(await importFile(page, path.join(CONTRACT_FIXTURES, "proto-key.json"))).toContain('couple.a.__proto__: the key "__proto__" is not allowed');
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    });
  });

  it("lists each problem of a file that does not fit, by field, in the schema's words", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await importFile(page, path.join(CONTRACT_FIXTURES, "wrong-fields.json"));
      const items = await page.$$eval('[data-notice="import"] li', (elements) => elements.map((element) => element.textContent));
      expect(items).toEqual([
        "couple.a.name: Partner A: “Name” must be 60 characters or fewer",
        "couple.favouriteColour: “favouriteColour” is not part of an Autonomy Contract",
        "batteryPack.a.hoursPerWeek: Partner A: “Hours alone I need in an ordinary week” must be a number",
      ]);
    });
  });

  it("refuses a file from a newer version of the workbook, saying so", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      const notice = await importFile(page, path.join(CONTRACT_FIXTURES, "newer-version.json"));
      expect(notice).toContain("Cannot open it: it was saved by a newer version of the workbook.");
      // Version numbers mean nothing to a couple: the workbook names none.
      expect(notice).not.toMatch(/version \d/);
      expect(await storedText(page)).toBeNull();
    });
  });

  it("ends each sentence of the newer-version refusal with one full stop", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await importFile(page, path.join(CONTRACT_FIXTURES, "newer-version.json"));
      const sentence = await page.$eval('[data-notice="import"] p:not(.notice-title):not(.notice-actions)', (element) => element.textContent ?? "");
      expect(sentence).not.toMatch(/\.\./);
      expect(sentence).toContain("Open it with the newer version. Your current answers are unchanged.");
    });
  });
});

describe("opening a contract file", () => {
  it("fills an empty workbook from the sample contract, without asking, and saves it", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      const notice = await importFile(page, SAMPLE_CONTRACT);
      expect(notice).toContain("Opened “sample-contract.json”");
      expect(await page.$("dialog[data-confirm][open]")).toBeNull();
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Maya Okafor");
      expect(await valueOf(page, "#f-batteryPack-b-hoursPerWeek")).toBe("2.5");
      expect(await isChecked(page, "#f-batteryPack-a-rhythm-1")).toBe(true);
      expect(await isChecked(page, "#f-batteryPack-b-restoringActivities-5")).toBe(true);
      expect(await valueOf(page, "#f-rituals-list-2-name")).toBe("A date we take turns to plan");
      expect(await isChecked(page, "#f-individualWorlds-talkBeforeBooking-0")).toBe(true);
      expect(await valueOf(page, "#f-rituals-checkIn-time")).toBe("19:30");
      expect(await page.$$eval("[data-signature-status]", (elements) => elements.map((element) => (element as HTMLElement).dataset.state))).toEqual([
        "signed",
        "signed",
      ]);
      await waitForStatus(page, "Saved on this device");
      expect(await stored(page)).toEqual(await sample());
    });
  });

  it("opens a signed version 2 file brought up to date, every word kept, each ritual's old “when” as its note, and says to sign again", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      const file = path.join(CONTRACT_FIXTURES, "v2-signed.json");
      const notice = await importFile(page, file);
      expect(notice).toContain("Opened “v2-signed.json”");
      expect(await page.$("dialog[data-confirm][open]")).toBeNull();
      const old = JSON.parse(await readFile(file, "utf8"));
      for (const [index, ritual] of (old.rituals.list as { when: string }[]).entries()) expect(await valueOf(page, `#f-rituals-list-${index}-note`)).toBe(ritual.when);
      const saved = (await stored(page)) as Record<string, any>;
      expect(saved.schemaVersion).toBe(3);
      expect(saved.rituals.list).toEqual(old.rituals.list.map(({ when, ...rest }: Record<string, unknown>) => ({ ...rest, note: when })));
      for (const section of ["batteryPack", "spaceWords", "defaultMoves", "individualWorlds", "guardrails", "deeperWe", "signatures"]) expect(saved[section], section).toEqual(old[section]);
      const state = await page.$eval('[data-signature-status="signatures.b"]', (element) => (element as HTMLElement).dataset.state);
      expect(state).toBe("outdated");
    });
  });

  it("asks before replacing answers, and Cancel changes nothing", async () => {
    await withProfile(async (context) => {
      const page = await workbookWithAnswers(context);
      const before = await snapshot(page);
      await chooseFile(page, SAMPLE_CONTRACT);
      expect(await waitForDialog(page)).toBe("Replace your answers?");
      await page.click("[data-confirm-no]");
      expect(await page.$("dialog[data-confirm][open]")).toBeNull();
      await sleep(400);
      expect(await snapshot(page)).toEqual(before);
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Ana Ruiz");
    });
  });

  it("replaces the answers with the file's when the person confirms", async () => {
    await withProfile(async (context) => {
      const page = await workbookWithAnswers(context);
      await chooseFile(page, SAMPLE_CONTRACT);
      await waitForDialog(page);
      await page.click("[data-confirm-yes]");
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Maya Okafor");
      expect(await isChecked(page, "#f-batteryPack-a-rhythm-3")).toBe(false);
      expect(await stored(page)).toEqual(await sample());
    });
  });

  it("does not say the opened answers are saved on this device while the page is not saving", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      // A contract from a newer workbook is in storage, so this page holds off saving.
      await page.goto(`${session().server.url}/`, { waitUntil: "load" });
      const newer = await readFile(path.join(CONTRACT_FIXTURES, "v4-stored.json"), "utf8");
      await page.evaluate((text) => localStorage.setItem("autonomy-contract/v4", text), newer);
      await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
      await page.waitForSelector('[data-notice="stored"]');
      const notice = await importFile(page, path.join(CONTRACT_FIXTURES, "sample-unsigned.json"));
      expect(await storedText(page)).toBeNull();
      expect(notice).not.toContain("saved on this device");
    });
  });
});

describe("saving to a file and opening it again", () => {
  async function withDownloads(use: (context: BrowserContext, dir: string) => Promise<void>): Promise<void> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-downloads-"));
    try {
      await withProfile((context) => use(context, dir), { downloadBehavior: { policy: "allow", downloadPath: dir } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it("saves to a file exactly what is stored on this device, named after the couple", async () => {
    await withDownloads(async (context, dir) => {
      const page = await openWorkbook(context);
      await importFile(page, SAMPLE_CONTRACT);
      await page.click('[data-action="export"]');
      const file = await waitForDownload(dir);
      expect(path.basename(file)).toMatch(/^autonomy-contract-maya-and-jonas-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(await readFile(file, "utf8"))).toEqual(await stored(page));
    });
  });

  it("restores the same data from a saved file after everything was cleared", async () => {
    await withDownloads(async (context, dir) => {
      const page = await openWorkbook(context);
      await importFile(page, SAMPLE_CONTRACT);
      await openQuestion(page, "f-batteryPack-b-otherActivities");
      await page.type("#f-batteryPack-b-otherActivities", "Long showers.");
      await waitForStatus(page, "Saved on this device");
      const original = await stored(page);
      await page.click('[data-action="export"]');
      const file = await waitForDownload(dir);
      await page.click('[data-action="clear"]');
      await waitForDialog(page);
      await page.click("[data-confirm-yes]");
      await waitForStatus(page, "Everything was cleared");
      expect(await storedText(page)).toBeNull();
      await importFile(page, file);
      expect(await stored(page)).toEqual(original);
      expect(await valueOf(page, "#f-batteryPack-b-otherActivities")).toBe("Long showers.");
    });
  });
});

describe("clearing everything", () => {
  it("asks first, and Cancel keeps every answer", async () => {
    await withProfile(async (context) => {
      const page = await workbookWithAnswers(context);
      const before = await snapshot(page);
      await page.click('[data-action="clear"]');
      expect(await waitForDialog(page)).toBe("Clear everything?");
      // The safe answer has focus, so a stray Enter clears nothing.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-confirm-no"))).toBe(true);
      await page.click("[data-confirm-no]");
      expect(await page.$("dialog[data-confirm][open]")).toBeNull();
      expect(await snapshot(page)).toEqual(before);
    });
  });

  it("empties the form and this device's storage when confirmed", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await importFile(page, SAMPLE_CONTRACT);
      await page.click('[data-action="clear"]');
      await waitForDialog(page);
      await page.click("[data-confirm-yes]");
      await waitForStatus(page, "Everything was cleared from this device");
      expect(await storedText(page)).toBeNull();
      const left = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>("form[data-workbook] [name]"))
          .filter((control) => control.name !== "schemaVersion" && (control.type === "radio" || control.type === "checkbox" ? control.checked : control.value !== ""))
          .map((control) => control.name),
      );
      // Only the time zone list shows a choice: the browser's own zone, as in a new workbook.
      expect(left).toEqual(["couple.timeZone"]);
      expect(await valueOf(page, "#f-couple-timeZone")).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
      expect(await page.$$("[data-list-items] > li")).toHaveLength(0);
      await page.reload({ waitUntil: "load" });
      expect(await valueOf(page, "#f-couple-a-name")).toBe("");
    });
  });
});
