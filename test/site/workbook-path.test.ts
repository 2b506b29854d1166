import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleContract } from "../helpers/contracts.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openQuestion, openView, profilesOf, waitForStatus } from "../helpers/workbook-page.ts";
import { ROOT } from "../helpers/run-build.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

/** The sample contract without its signatures: complete, ready to be signed. */
const UNSIGNED = path.join(ROOT, "test/fixtures/contracts/sample-unsigned.json");
const PHONE = { width: 390, height: 844, hasTouch: true, isMobile: true };
const LAPTOP = { width: 1280, height: 800 };

let files: string;
beforeAll(async () => {
  files = await mkdtemp(path.join(os.tmpdir(), "autonomy-path-"));
});
afterAll(async () => {
  await rm(files, { recursive: true, force: true });
});

/** Writes a contract file for "Open a file" and returns its path. */
async function contractFile(name: string, data: Record<string, unknown>): Promise<string> {
  const file = path.join(files, name);
  await writeFile(file, JSON.stringify(data));
  return file;
}

/** Opens the workbook at a fragment (none: the task list), waiting until its view is shown and settled. */
async function openWorkbook(context: BrowserContext, size: typeof PHONE | typeof LAPTOP, fragment = ""): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport(size);
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(`${session().server.url}/workbook/${fragment ? `#${fragment}` : ""}`, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
  return page;
}

/** Opens a contract file in the workbook, saying yes to replacing answers if asked. */
async function open(page: Page, file: string): Promise<void> {
  await (await page.$("input[data-import-file]"))?.uploadFile(file);
  await page.waitForFunction(() => document.querySelector("dialog[data-confirm][open]") || document.querySelector('[data-notice="import"]'));
  if (await page.$("dialog[data-confirm][open]")) await page.click("[data-confirm-yes]");
  await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
}

/** The view and turn shown, the fragment, and what has focus. */
const where = (page: Page) =>
  page.evaluate(() => ({
    shown: document.documentElement.dataset.workbookView,
    hash: location.hash,
    focus: document.activeElement?.id || document.activeElement?.textContent?.trim().slice(0, 60),
  }));

/** Each task's status tag and detail, by task. */
const tasks = (page: Page) =>
  page.$$eval("[data-task]", (items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute("data-task"), `${item.querySelector("[data-task-status]")?.textContent} | ${item.querySelector("[data-task-detail]")?.textContent}`])),
  );

/** The "Continue" and "Back" of the view shown now (each view has its own). */
const NEXT = "[data-view]:not([hidden]) > [data-pager] .pager-next:not([hidden])";
const PREVIOUS = "[data-view]:not([hidden]) > [data-pager] .pager-previous";

/** Clicks a link or button, then waits for the view it leads to. */
async function follow(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => delete document.documentElement.dataset.workbookView);
  await page.click(selector);
  await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
}

describe.each([
  ["a phone", PHONE],
  ["a laptop", LAPTOP],
] as const)("the workbook on %s", (_name, size) => {
  it("opens on the task list: every part with its status, and checking and signing not open yet", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      expect((await where(page)).shown).toBe("overview");
      expect(await tasks(page)).toEqual({
        // The time zone list starts on the browser's own zone, which is no answer of theirs yet.
        "about-you": "Not started | 7 questions, 2 of them optional",
        "step-1": "Not started | 12 questions, 2 of them optional",
        "step-2": "Not started | 8 questions, 2 of them optional",
        "step-3": "Not started | 8 questions",
        "step-4": "Not started | 3 questions, 2 of them optional",
        "step-5": "Not started | 13 questions",
        "step-6": "Not started | 3 questions",
        "step-7": "Not started | 4 questions",
        check: "Cannot start yet | Once every step is complete (8 parts to go)",
        signing: "Cannot start yet | Once every step is complete",
      });
      expect(await page.$eval("[data-task-continue]", (link) => [link.textContent, link.getAttribute("href")])).toEqual(["Start", "#about-you"]);
    });
  });

  it("completes a step whose required answers are there, whatever optional ones are left, and counts those apart", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      const contract = sampleContract();
      delete contract.couple.a.pronouns;
      delete contract.batteryPack.a.otherActivities;
      delete contract.defaultMoves.ownMoves;
      delete contract.defaultMoves.notes;
      delete contract.rituals.list[0].when;
      delete contract.batteryPack.b.needInOneSentence;
      await open(page, await contractFile("optional-left.json", contract));
      await openView(page, "overview");
      const status = await tasks(page);
      expect(status["about-you"]).toBe("Completed | 1 optional question left");
      expect(status["step-1"]).toBe("In progress | 1 answer to go, 2 optional questions left");
      expect(status["step-2"]).toBe("Completed | ");
      expect(status["step-4"]).toBe("Completed | 2 optional questions left");
      expect(status.check).toMatch(/^Cannot start yet/);
      expect(await page.$eval("[data-task-continue]", (link) => [link.textContent, link.getAttribute("href")])).toEqual(["Continue", "#step-1"]);
      // The step's own view says the same at its top.
      await openView(page, "step-1");
      expect(await page.$eval('[data-progress="batteryPack"]', (line) => line.textContent)).toBe("In progress: 1 answer to go, 2 optional questions left");
    });
  });

  it("reaches every step by its task's link, with the step's name in the title and focus on its heading", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      for (const task of ["about-you", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "check", "signing"]) {
        await openView(page, "overview");
        await follow(page, `[data-task="${task}"] .task-link`);
        const at = await where(page);
        expect(at.hash).toBe(`#${task}`);
        expect(at.shown).toMatch(new RegExp(`^${task}(/a)?$`));
        const heading = await page.evaluate(() => (document.activeElement as HTMLElement).closest("[data-view]")?.querySelector("[data-view-heading]")?.textContent);
        if (task !== "check") expect(await page.evaluate(() => document.activeElement?.matches("[data-view-heading]"))).toBe(true);
        expect(await page.title()).toContain(heading ?? "");
      }
    });
  });

  it("walks the whole way with Continue, a turn for each partner, then back again, and the browser's back button follows", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size, "about-you");
      const forward: string[] = [(await where(page)).shown as string];
      while (await page.$(NEXT)) {
        await follow(page, NEXT);
        forward.push((await where(page)).shown as string);
      }
      expect(forward).toEqual([
        "about-you", "step-1/a", "step-1/b", "step-2", "step-3/a", "step-3/b", "step-4", "step-5/a", "step-5/b",
        "step-5/together", "step-6", "step-7/a", "step-7/b", "check", "signing", "ready",
      ]);
      // On a turn, whose turn it is has focus: the partner's name, said as a heading.
      await openView(page, "step-3/b");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Partner B’s answers");
      const backward: string[] = [];
      for (let steps = 0; steps < 3; steps++) {
        await follow(page, PREVIOUS);
        backward.push((await where(page)).shown as string);
      }
      expect(backward).toEqual(["step-3/a", "step-2", "step-1/b"]);
      // The browser's back button retraces the same views.
      await page.evaluate(() => delete document.documentElement.dataset.workbookView);
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
      expect((await where(page)).shown).toBe("step-2");
    });
  });

  it("lands the step pages' links to the workbook on their step", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport(size);
      await page.goto(`${session().server.url}/steps/3-asking-for-space/`, { waitUntil: "load" });
      await page.click('a[href$="/workbook/#step-3"]');
      await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
      expect(await where(page)).toMatchObject({ shown: "step-3/a", hash: "#step-3" });
    });
  });

  it("names each partner in a step both answer: a name that stays in sight while their questions scroll", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      await open(page, UNSIGNED);
      await openView(page, "step-1/b");
      await page.evaluate(() => document.querySelector("#f-batteryPack-b-needInOneSentence")?.scrollIntoView({ block: "end" }));
      const banner = await page.$eval('[data-turn="b"] .partner-banner', (element) => {
        const box = element.getBoundingClientRect();
        const bar = document.querySelector("[data-workbook-bar]")?.getBoundingClientRect();
        return { text: element.textContent, inSight: box.top >= (bar?.bottom ?? 0) - 1 && box.bottom <= innerHeight };
      });
      expect(banner).toEqual({ text: "Jonas Lind’s answers", inSight: true });
      // Every control's accessible name says whose answer it is.
      const names = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('[data-turn="b"] input:not([type=hidden]), [data-turn="b"] textarea')).map((control) => {
          const label = control.labels?.[0]?.textContent ?? "";
          const group = control.closest("fieldset.choices, fieldset.date-input")?.querySelector("legend")?.textContent ?? "";
          return `${group} ${label}`;
        }),
      );
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((name) => !name.includes("(Jonas Lind)"))).toEqual([]);
    });
  });
});

describe("a text with a limit", () => {
  const NEED = "#f-batteryPack-a-needInOneSentence";
  const count = (page: Page) => page.$eval(`${NEED}-limit + [data-char-count]`, (element) => [element.textContent, (element as HTMLElement).dataset.tone]);
  const message = (page: Page) => page.$eval(`${NEED}-error`, (element) => (element as HTMLElement).hidden ? undefined : element.textContent);

  it("says its limit, counts down as the person types near it, then says how many are over, cutting nothing", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, PHONE);
      await openQuestion(page, NEED.slice(1));
      expect(await count(page)).toEqual(["Up to 160 characters", "quiet"]);
      await page.type(NEED, "x".repeat(130));
      expect(await count(page)).toEqual(["You have 30 characters left", "near"]);
      await page.type(NEED, "y".repeat(102));
      expect(await count(page)).toEqual(["You have 72 characters too many", "over"]);
      expect(await page.$eval(NEED, (element) => (element as HTMLTextAreaElement).value.length)).toBe(232);
      await page.keyboard.press("Tab");
      expect(await message(page)).toBe("Error: “My need in one sentence” must be 160 characters or fewer: you have 72 characters too many");
      // Screen readers hear the count once typing pauses.
      await page.waitForFunction((id) => document.querySelector(`${id}-limit ~ [aria-live="polite"]`)?.textContent === "You have 72 characters too many", {}, NEED);
    });
  });

  it("keeps all of a pasted text, and says how many characters are over", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, LAPTOP);
      await openQuestion(page, NEED.slice(1));
      await page.focus(NEED);
      // One insertion of the whole text, as a paste makes.
      const pasted = "I need two or three quiet evenings a week to feel like myself again, and a long walk on Sunday mornings with nobody asking where I am going, or when I will be back, or why.";
      expect(pasted.length).toBe(172);
      await page.keyboard.sendCharacter(pasted);
      expect(await page.$eval(NEED, (element) => (element as HTMLTextAreaElement).value)).toBe(pasted);
      expect(await count(page)).toEqual(["You have 12 characters too many", "over"]);
      await waitForStatus(page, "Saved on this device");
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("autonomy-contract/v3") ?? "{}").batteryPack.a.needInOneSentence.length)).toBe(172);
    });
  });
});

describe.each([
  ["a phone", PHONE],
  ["a laptop", LAPTOP],
] as const)("finishing on %s", (_name, size) => {
  it("checks the answers where the person is: the bar's check opens “check your answers”, its result focused", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size, "step-3");
      await open(page, UNSIGNED);
      if (await page.$eval("[data-bar-menu]", (toggle) => toggle.checkVisibility())) await page.click("[data-bar-menu]");
      await follow(page, '[data-workbook-bar] [data-action="check"]');
      expect(await where(page)).toMatchObject({ shown: "check", focus: expect.stringContaining("Every answer is there") });
      expect(await page.$eval("[data-check-result]", (result) => (result as HTMLElement).checkVisibility())).toBe(true);
    });
  });

  it("lists every answer by step with a Change link that lands on that question, in its partner's turn", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      await open(page, UNSIGNED);
      await openView(page, "check");
      const rows = await page.$$eval(".summary-row", (elements) => elements.map((row) => row.querySelector("dt")?.textContent));
      expect(rows.length).toBeGreaterThan(40);
      const sections = await page.$$eval(".check-section-title", (elements) => elements.map((element) => element.textContent));
      expect(sections).toEqual([
        "The two of you",
        "Your battery pack",
        "Make together time explicit",
        "Script how you ask for space",
        "Plan for mismatched moments",
        "Protect your individual worlds",
        "Name where autonomy ends and avoidance begins",
        "Let individuality deepen the “we”",
        // After the answers, the map of where the two meet and differ (issue 13, part 3).
        "Where you meet and where you differ",
      ]);
      // Jonas's reply in step 3: its Change link.
      const change = await page.$$eval(".summary-row", (elements) =>
        elements.map((row) => row.querySelector(".summary-action a")).find((link) => link?.textContent === "Change The reply I will give when you ask (Jonas Lind)")?.getAttribute("href"),
      );
      expect(change).toBe("#f-spaceWords-b-reply");
      await follow(page, `.summary-action a[href="${change}"]`);
      expect(await where(page)).toEqual({ shown: "step-3/b", hash: "#f-spaceWords-b-reply", focus: "f-spaceWords-b-reply" });
      // A list item's answer opens the item.
      await openView(page, "check");
      await follow(page, '.summary-action a[href="#f-rituals-list-1-note"]');
      expect(await where(page)).toMatchObject({ shown: "step-2", focus: "f-rituals-list-1-note" });
      // The browser's back button returns to the list.
      await page.evaluate(() => delete document.documentElement.dataset.workbookView);
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
      expect((await where(page)).shown).toBe("check");
    });
  });

  it("lists what is missing in the error summary, which takes focus, each problem linked to its question", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      const contract = sampleContract();
      delete contract.guardrails.distanceSignal;
      await open(page, await contractFile("missing-one.json", contract));
      await openView(page, "check");
      expect(await page.evaluate(() => document.activeElement?.matches("[data-error-summary]"))).toBe(true);
      expect(await page.$$eval("[data-error-list] a", (links) => links.map((link) => link.textContent))).toEqual(["Answer “The signal either of us uses when distance is growing”"]);
      await follow(page, "[data-error-list] a");
      expect(await where(page)).toMatchObject({ shown: "step-6", focus: "f-guardrails-distanceSignal" });
    });
  });

  it("signs for each partner, then says the contract is ready, with names, the date in words, its version code and what to do next", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context, size);
      await open(page, UNSIGNED);
      await openView(page, "signing");
      for (const [partner, name] of [["a", "Maya Okafor"], ["b", "Jonas Lind"]]) {
        await page.focus(`#f-signatures-${partner}-method-1`);
        await page.keyboard.press("Space");
        await page.type(`#f-signatures-${partner}-name`, name as string);
        await page.focus(`[data-sign="signatures.${partner}"]`);
        await page.keyboard.press("Enter");
        await page.waitForFunction((who) => (document.querySelector(`[data-signature-status="signatures.${who}"]`) as HTMLElement).dataset.state === "signed", {}, partner);
      }
      await page.waitForFunction(() => document.documentElement.dataset.workbookView === "ready");
      const ready = await page.evaluate(() => ({
        title: document.querySelector("[data-ready-title]")?.textContent,
        focused: document.activeElement?.matches("[data-ready-title]"),
        summary: document.querySelector("[data-ready-summary]")?.textContent,
        review: document.querySelector("[data-ready-review]")?.textContent,
        contract: document.querySelector<HTMLAnchorElement>('[data-ready-next] a[data-contract-link]')?.getAttribute("href"),
        save: document.querySelector('[data-ready-next] [data-action="export"]')?.textContent,
      }));
      expect(ready).toMatchObject({
        title: "Your contract is ready",
        focused: true,
        summary: expect.stringMatching(/^Signed by Maya Okafor and Jonas Lind on \d{1,2} \w+ \d{4}\. Version code [0-9a-f]{4} [0-9a-f]{4}\.$/),
        review: "1 June 2026",
        save: "Save it to a file",
      });
      expect(ready.contract).toMatch(/contract\/$/);
      // Nothing on the way showed a hash, an algorithm's name or a schema version.
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/[0-9a-f]{16}|SHA-256|schemaVersion|autonomy-contract import/);
      await openView(page, "overview");
      expect((await tasks(page)).signing).toBe("Completed | Signed by Maya Okafor and Jonas Lind");
    });
  });
});

describe("two tabs of the workbook", () => {
  it("asks in the other tab where its person is, focused, listing the answers that differ, and each choice does what it says", async () => {
    await withProfile(async (context) => {
      const first = await openWorkbook(context, LAPTOP);
      await open(first, UNSIGNED);
      const second = await openWorkbook(context, PHONE, "step-3/b");
      await second.bringToFront();
      await second.focus("#f-spaceWords-b-reply");
      await first.bringToFront();
      await openQuestion(first, "f-spaceWords-b-askingWords");
      await first.type("#f-spaceWords-b-askingWords", " Back soon.");
      await waitForStatus(first, "Saved on this device");
      await second.bringToFront();
      await second.waitForSelector("dialog[data-other-tab][open]");
      const dialog = await second.evaluate(() => ({
        focusInside: Boolean(document.activeElement?.closest("dialog[data-other-tab]")),
        items: Array.from(document.querySelectorAll("[data-other-tab-list] li"), (item) => item.textContent),
        keep: document.querySelector("[data-other-tab-keep-hint]")?.textContent,
        shown: document.documentElement.dataset.workbookView,
      }));
      expect(dialog).toEqual({
        focusInside: true,
        items: ["Jonas Lind: “My words for asking for space”"],
        keep: "The other tab’s answer listed above is replaced by this tab’s, and lost. If the other tab is still open, it will ask there too.",
        shown: "step-3/b",
      });
      // Keeping this tab's version saves it, and the first tab now asks in its turn.
      await second.click("[data-other-tab-keep]");
      await first.bringToFront();
      await first.waitForSelector("dialog[data-other-tab][open]");
      await first.click("[data-other-tab-load]");
      expect(await first.$eval("#f-spaceWords-b-askingWords", (element) => (element as HTMLTextAreaElement).value)).not.toContain("Back soon.");
    });
  });
});
