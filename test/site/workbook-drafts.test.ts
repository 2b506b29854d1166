import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { ROOT } from "../helpers/run-build.ts";
import { SAMPLE_CONTRACT, openQuestion, openView, openWorkbookTab, profilesOf, sleep, storedText, valueOf, waitForDownload, waitForStatus } from "../helpers/workbook-page.ts";
import { sampleContract } from "../helpers/contracts.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);
const DRAFTS = path.join(ROOT, "test/fixtures/drafts");

const openWorkbook = (context: BrowserContext) => openWorkbookTab(context, session().server.url);
const stored = async (page: Page) => JSON.parse((await storedText(page)) ?? "null") as Record<string, any>;

/** Names the two partners, then says who is filling in the workbook ("a", "b" or "both") and presses "Use this". */
async function fillInAs(page: Page, who: "a" | "b" | "both"): Promise<void> {
  await openQuestion(page, "f-couple-a-name");
  await page.type("#f-couple-a-name", "Maya Okafor");
  await page.type("#f-couple-b-name", "Jonas Lind");
  await openView(page, "overview");
  await page.click(`#draft-mode-${who}`);
  await page.click("[data-draft-choose]");
  if (who !== "both") await page.waitForSelector('[data-draft-when="own"]:not([hidden])');
}

/** The fragments the task list links to that a person can see. */
const visibleTasks = (page: Page) =>
  page.$$eval("[data-task]", (tasks) => tasks.filter((task) => task.checkVisibility()).map((task) => (task as HTMLElement).dataset.task));

/** Opens the merge view and chooses two draft files, then presses "Bring them together". */
async function chooseDrafts(page: Page, first: string, second: string): Promise<void> {
  await openView(page, "merge");
  // The merge's code is loaded when its view first shows.
  await page.waitForSelector("[data-merge-read]:not([disabled])");
  if (!(await page.$eval('[data-merge-step="open"]', (step) => step.checkVisibility()))) await page.click("[data-merge-restart]");
  await (await page.$("input#merge-first"))?.uploadFile(path.join(DRAFTS, first));
  await (await page.$("input#merge-second"))?.uploadFile(path.join(DRAFTS, second));
  await page.click("[data-merge-read]");
  await page.waitForFunction(() => document.querySelector('[data-merge-step="choose"]')?.checkVisibility() || document.querySelector("[data-merge-summary]")?.checkVisibility());
}

const summaryItems = (page: Page) => page.$$eval("[data-merge-summary] li", (items) => items.map((item) => item.textContent ?? ""));

describe("just my answers", () => {
  it("keeps to the shared questions and the person's own: their turns, no checking or signing, and the way ends at their draft", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await fillInAs(page, "b");
      expect(await page.$eval("[data-draft-self]", (self) => self.textContent)).toBe("Jonas Lind");
      expect(await visibleTasks(page)).not.toContain("check");
      expect(await visibleTasks(page)).not.toContain("signing");
      await openView(page, "step-1");
      expect(await page.evaluate(() => document.documentElement.dataset.workbookView)).toBe("step-1/b");
      // Step 5 has a turn of Jonas's and one together: Maya's is off the way, both from Jonas's turn and back from the shared one.
      await openView(page, "step-5/b");
      expect(await page.$eval('[data-view="step-5"] [data-pager-next]', (next) => (next as HTMLElement).dataset.href)).toBe("#step-5/together");
      expect(await page.$eval('[data-view="step-5"] [data-pager-previous]', (back) => back.getAttribute("href"))).not.toMatch(/\/a$/);
      await openView(page, "step-7/b");
      expect(await page.$eval('[data-view="step-7"] [data-pager-next]', (next) => (next as HTMLElement).dataset.href)).toBe("#draft");
      expect(await page.$eval('[data-workbook-bar] [data-action="check"]', (check) => (check as HTMLElement).hidden)).toBe(true);
      // Signing is not offered: a link to it leads to saving the draft.
      await page.evaluate(() => (location.hash = "signing"));
      await page.waitForFunction(() => document.documentElement.dataset.workbookView === "draft");
    });
  });

  it("is stored with the answers as draftOf and survives a reload", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await fillInAs(page, "a");
      await waitForStatus(page, "Saved on this device");
      expect((await stored(page)).draftOf).toBe("a");
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector('[data-draft-when="own"]:not([hidden])');
      expect(await page.$eval("[data-draft-self]", (self) => self.textContent)).toBe("Maya Okafor");
      expect(await visibleTasks(page)).not.toContain("signing");
    });
  });

  it("saves a draft file named after the person, that says whose it is; the way back leaves the mode", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-drafts-"));
    try {
      await withProfile(
        async (context) => {
          const page = await openWorkbook(context);
          await fillInAs(page, "b");
          await openQuestion(page, "f-batteryPack-b-needInOneSentence");
          await page.type("#f-batteryPack-b-needInOneSentence", "Twenty minutes to myself after work.");
          await openView(page, "draft");
          await page.click('[data-view="draft"] [data-action="save-draft"]');
          const file = await waitForDownload(dir);
          expect(path.basename(file)).toBe("autonomy-contract-draft-jonas.json");
          const draft = JSON.parse(await readFile(file, "utf8"));
          expect(draft).toMatchObject({ schemaVersion: 3, draftOf: "b", batteryPack: { b: { needInOneSentence: "Twenty minutes to myself after work." } } });
          await page.click('[data-view="draft"] [data-action="leave-draft"]');
          await page.waitForFunction(() => (document.querySelector('input[name="draftOf"]') as HTMLInputElement).value === "");
          await openView(page, "overview");
          expect(await visibleTasks(page)).toContain("signing");
          await waitForStatus(page, "Saved on this device");
          expect((await stored(page)).draftOf).toBeUndefined();
        },
        { downloadBehavior: { policy: "allow", downloadPath: dir } },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("bringing two drafts together", () => {
  it("shows each differing shared answer by step; choosing one, writing a third and choosing the other fills the workbook, unsigned", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await chooseDrafts(page, "jonas-draft.json", "maya-draft.json");
      expect(await page.$eval("[data-merge-intro]", (intro) => intro.textContent)).toContain("3 answers you share differ");
      expect(await page.$eval("[data-merge-intro]", (intro) => intro.textContent)).toContain("1 answer only one of you gave was taken as it is");
      expect(await page.$$eval("[data-merge-conflicts] h3", (headings) => headings.map((heading) => heading.textContent))).toEqual(["Step 2: Your together time"]);
      const legends = await page.$$eval("[data-conflict] legend", (items) => items.map((item) => item.textContent));
      expect(legends).toHaveLength(3);
      expect(legends[0]).toMatch(/^Ritual 1: “/);
      expect(await page.$eval("#merge-0-a + label", (label) => label.textContent)).toBe("Maya Okafor’s answer: Sunday breakfast at the table");
      expect(await page.$eval("#merge-0-b + label", (label) => label.textContent)).toBe("Jonas Lind’s answer: Sunday brunch");
      // A choice of the schema's keeps to the two answers given.
      expect(await page.$("#merge-2-write")).toBeNull();

      // Nothing is chosen for the couple: three choices missing, three errors.
      await page.click("[data-merge-apply]");
      await page.waitForSelector("[data-merge-summary]:not([hidden])");
      expect(await summaryItems(page)).toHaveLength(3);
      expect(await page.evaluate(() => document.activeElement?.matches("[data-merge-summary]"))).toBe(true);

      await page.click("#merge-0-b");
      await page.click("#merge-1-write");
      await page.waitForSelector("#merge-1-text", { visible: true });
      await page.click("[data-merge-apply]");
      expect(await summaryItems(page)).toEqual([expect.stringMatching(/^Write your answer for .*, or choose one of the two$/), expect.stringMatching(/^Choose an answer for /)]);
      await page.type("#merge-1-text", "Tea on the sofa, phones away.");
      await page.click("#merge-2-a");
      await page.click("[data-merge-apply]");
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Your two drafts are together"));
      expect(await page.evaluate(() => location.hash)).toBe("#overview");
      expect(await valueOf(page, "#f-rituals-list-0-name")).toBe("Sunday brunch");
      expect(await valueOf(page, "#f-rituals-microConnection-what")).toBe("Tea on the sofa, phones away.");
      expect(await valueOf(page, "#f-batteryPack-a-needInOneSentence")).toBe(sampleContract().batteryPack.a.needInOneSentence);
      expect(await valueOf(page, "#f-batteryPack-b-needInOneSentence")).toBe(sampleContract().batteryPack.b.needInOneSentence);
      const saved = await stored(page);
      expect(saved.rituals.checkIn.day).toBe("Sunday");
      expect(saved.guardrails.distanceSignal).toBe(sampleContract().guardrails.distanceSignal);
      expect(saved.draftOf).toBeUndefined();
      expect(saved.signatures?.a).toBeUndefined();
      expect(await visibleTasks(page)).toContain("signing");
    });
  });

  it("asks before replacing answers the workbook holds, offers a copy first, and keeps them on no", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await (await page.$("input[data-import-file]"))?.uploadFile(SAMPLE_CONTRACT);
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
      await waitForStatus(page, "Saved on this device");
      const before = await storedText(page);
      await chooseDrafts(page, "maya-draft.json", "jonas-agrees.json");
      expect(await page.$eval('[data-merge-replace] [data-action="export"]', (button) => button.checkVisibility())).toBe(true);
      await page.click("[data-merge-apply]");
      await page.waitForSelector("dialog[data-confirm][open]");
      expect(await page.$eval("#confirm-title", (title) => title.textContent)).toBe("Replace your answers?");
      await page.click("[data-confirm-no]");
      await sleep(400);
      expect(await storedText(page)).toBe(before);
      await page.click("[data-merge-apply]");
      await page.waitForSelector("dialog[data-confirm][open]");
      await page.click("[data-confirm-yes]");
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Your two drafts are together"));
      await waitForStatus(page, "Saved on this device");
      const saved = await stored(page);
      expect(saved.signatures?.a).toBeUndefined();
      expect(saved.couple.a.name).toBe("Maya Okafor");
    });
  });

  it.each([
    ["maya-draft.json", "maya-draft.json", /^“maya-draft\.json” and “maya-draft\.json” are both Maya Okafor’s draft\. Choose one draft from each of you\.$/],
    ["maya-draft.json", "../contracts/sample-unsigned.json", /^“sample-unsigned\.json” is a whole contract, not one partner’s draft/],
    ["maya-draft.json", "jonas-v4-draft.json", /^“jonas-v4-draft\.json” cannot be used\. It was saved by a newer version of the workbook/],
    ["broken.json", "jonas-draft.json", /^“broken\.json” cannot be used\. Not valid JSON/],
    ["maya-draft.json", "../pdfs/not-ours.pdf", /^“not-ours\.pdf” is a PDF, which does not say whose answers it holds/],
  ])("refuses %s with %s, naming the file, and changes nothing", async (first, second, message) => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await chooseDrafts(page, first, second);
      const items = await summaryItems(page);
      expect(items).toEqual([expect.stringMatching(message)]);
      expect(await page.$eval('[data-merge-step="choose"]', (step) => step.checkVisibility())).toBe(false);
      expect(await storedText(page)).toBeNull();
    });
  });

  it("brings a version 2 draft up to date first, keeping the words of its old “when”", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbook(context);
      await chooseDrafts(page, "maya-draft.json", "jonas-v2-draft.json");
      await page.click("#merge-0-a");
      await page.click("[data-merge-apply]");
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Your two drafts are together"));
      expect(await valueOf(page, "#f-rituals-list-0-note")).toBe("Sunday, 9 am");
    });
  });
});

describe("the drafts' views have no axe violations (WCAG 2.2 AA)", () => {
  it.each([
    [390, 844],
    [1280, 900],
  ])("at %i px: the mode chooser, one's own answers, the draft view, the merge view with its errors and its choices", async (width, height) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
      await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      const found: string[] = [];
      const check = async (what: string) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        const results = await runAxe(page);
        if (results.violations.length) found.push(`${what}: ${describeViolations(results.violations)}`);
        expect(results.passes.length, what).toBeGreaterThan(10);
      };
      await check("the overview with the mode chooser");
      await fillInAs(page, "a");
      await check("the overview, filling in one's own answers");
      await openView(page, "draft");
      await check("the draft view");
      await openView(page, "merge");
      await page.waitForSelector("[data-merge-read]:not([disabled])");
      await page.click("[data-merge-read]");
      await page.waitForSelector("[data-merge-summary]:not([hidden])");
      await check("the merge view, no files chosen");
      await chooseDrafts(page, "maya-draft.json", "jonas-draft.json");
      await page.click("#merge-1-write");
      await page.click("[data-merge-apply]");
      await page.waitForSelector("[data-merge-summary]:not([hidden])");
      await check("the merge view's choices, with errors");
      expect(found).toEqual([]);
    });
  });
});
