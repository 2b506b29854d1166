import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { CONTRACT_FIXTURES, SAMPLE_CONTRACT, openQuestion, openView, profilesOf, sleep } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

async function openWorkbook(page: Page): Promise<void> {
  await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
  await page.evaluate(() => document.fonts.ready);
}

/** Presses one of the bar's actions, from its menu where the bar folds them away (a phone). */
async function barAction(page: Page, action: string): Promise<void> {
  if (await page.$eval("[data-bar-menu]", (toggle) => toggle.checkVisibility())) await page.click("[data-bar-menu]");
  await page.click(`[data-workbook-bar] [data-action="${action}"]`);
}

async function importFile(page: Page, file: string): Promise<void> {
  const input = await page.$("input[data-import-file]");
  await input?.uploadFile(file);
}

async function waitForImportNotice(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('[data-notice="import"]')?.textContent?.includes(expected), {}, text);
}

/** The states of the workbook a person meets: empty, filled in, and showing what is missing. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  empty: async () => {},
  "filled from the sample contract": async (page) => {
    await importFile(page, SAMPLE_CONTRACT);
    await waitForImportNotice(page, "Opened");
  },
  "showing errors after Check": async (page) => {
    await openView(page, "check");
    await page.waitForSelector("[data-error-summary]:not([hidden])");
  },
};
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
/** Every view of the workbook, and each partner's turn of a step both answer. */
const VIEWS = ["overview", "about-you", "step-1", "step-1/b", "step-2", "step-5/together", "step-6", "check", "signing", "ready"];

describe("the workbook's accessibility (axe-core, WCAG 2.2 AA, in Chromium)", () => {
  const cases = Object.keys(STATES).flatMap((state) => WIDTHS.map((size) => [state, size.width, size] as const));

  it.each(cases)("/workbook/ %s, at %i px, has no violations in any view", async (state, _width, size) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport(size);
      await openWorkbook(page);
      await STATES[state]?.(page);
      const found: string[] = [];
      // The state's own view first (an error summary shows on "check your answers" only), then every view.
      for (const view of state === "showing errors after Check" ? ["check", ...VIEWS] : VIEWS) {
        await openView(page, view);
        // From the top of the page, where the sticky bar is in its own place: axe judges a
        // control's target size by what covers it at that moment, and wherever the view
        // happened to scroll, any control can pass under the bar for a moment.
        await page.evaluate(() => window.scrollTo(0, 0));
        const results = await runAxe(page);
        if (results.violations.length) found.push(`#${view}: ${describeViolations(results.violations)}`);
        // axe ran its checks: a page with nothing tested would pass vacuously.
        expect(results.passes.length, view).toBeGreaterThan(10);
      }
      expect(found).toEqual([]);
    });
  });

  it.each(WIDTHS.map((size) => [size.width, size] as const))("has no violations at %i px in dark mode, filled in, with the menu open, a text over its limit and the other-tab dialog", async (_width, size) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport(size);
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      await openWorkbook(page);
      await STATES["filled from the sample contract"]!(page);
      const found: string[] = [];
      const check = async (what: string) => {
        const results = await runAxe(page);
        if (results.violations.length) found.push(`${what}: ${describeViolations(results.violations)}`);
      };
      for (const view of VIEWS) {
        await openView(page, view);
        await check(`#${view}`);
      }
      await openQuestion(page, "f-batteryPack-a-needInOneSentence");
      await page.type("#f-batteryPack-a-needInOneSentence", " And a long walk on Sundays, with nobody asking where I am going, or when I will be back, or why.");
      await page.keyboard.press("Tab");
      await page.waitForSelector('[data-char-count][data-tone="over"]');
      await check("a text over its limit");
      if (size.width < 768) {
        await page.click("[data-bar-menu]");
        await check("the bar's menu open");
        await page.keyboard.press("Escape");
      }
      // Another tab saves: the dialog asks what to do.
      await page.evaluate((key) => {
        const event = new StorageEvent("storage", { key, newValue: JSON.stringify({ schemaVersion: 3, couple: { a: { name: "Someone else" } } }) });
        window.dispatchEvent(event);
      }, "autonomy-contract/v3");
      await page.waitForSelector("dialog[data-other-tab][open]");
      await check("the other-tab dialog");
      expect(found).toEqual([]);
    });
  });
});

/** A control is hidden from sight when the sticky bar, or a partner's sticky name, covers it whole (WCAG 2.4.11). */
const coveredFocus = () => {
  const control = document.activeElement as HTMLElement;
  const box = control.getBoundingClientRect();
  const covers = [document.querySelector("[data-workbook-bar]"), ...document.querySelectorAll(".partner-banner")]
    .filter((element): element is HTMLElement => element instanceof HTMLElement && element.checkVisibility() && getComputedStyle(element).position === "sticky")
    .map((element) => element.getBoundingClientRect())
    // A banner covers only once it has stuck below the bar; in place, it is above its answers.
    .filter((rect) => rect.height > 0);
  const covered = covers.some((rect) => box.top >= rect.top - 0.5 && box.bottom <= rect.bottom + 0.5 && control.closest(".partner-banner, [data-workbook-bar]") === null);
  return { id: control.id || control.textContent?.trim() || control.tagName, inForm: Boolean(control.closest("form[data-workbook]")), covered };
};

describe("focus in sight of the bar and the partner's name, which stay at the top (WCAG 2.4.11)", () => {
  async function open(context: BrowserContext, size: { width: number; height: number }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewport(size);
    await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await openWorkbook(page);
    await importFile(page, SAMPLE_CONTRACT);
    await waitForImportNotice(page, "Opened");
    // The bar sticks at every size; without that there is nothing to hide behind.
    expect(await page.$eval("[data-workbook-bar]", (bar) => getComputedStyle(bar).position)).toBe("sticky");
    return page;
  }

  it.each(WIDTHS.map((size) => [size.width, size] as const))("never hides the focused control entirely when tabbing backwards through a view, at %i px", async (_width, size) => {
    await withProfile(async (context) => {
      const page = await open(context, size);
      const hidden = new Set<string>();
      for (const [view, last] of [["signing", "#f-signatures-witness-role"], ["step-1/b", "#f-batteryPack-b-needInOneSentence"], ["step-2", "#f-rituals-checkIn-questions"]] as const) {
        await openView(page, view);
        await page.focus(last);
        let steps = 0;
        for (let presses = 0; presses < 200; presses++) {
          await page.keyboard.down("Shift");
          await page.keyboard.press("Tab");
          await page.keyboard.up("Shift");
          const focus = await page.evaluate(coveredFocus);
          if (!focus.inForm) break;
          steps++;
          if (focus.covered) hidden.add(`${view} ${focus.id}`);
        }
        expect(steps, view).toBeGreaterThan(5);
      }
      expect([...hidden]).toEqual([]);
    });
  });

  it("shows the question's label below the bar when an error link is followed", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
      await openWorkbook(page);
      await openView(page, "check");
      await page.waitForSelector("[data-error-summary]:not([hidden])");
      const count = await page.$$eval("[data-error-list] a", (links) => links.length);
      expect(count).toBeGreaterThan(20);
      const covered: string[] = [];
      // Each link opens its question's view; the way back to the list is "check your answers" again.
      for (let index = 0; index < count; index += 3) {
        await openView(page, "check");
        await page.waitForSelector("[data-error-summary]:not([hidden])");
        const links = await page.$$("[data-error-list] a");
        await links[index]?.focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.activeElement?.closest("form[data-workbook]"));
        const shown = await page.evaluate(() => {
          const control = document.activeElement as HTMLElement;
          // A field without a label of its own (a signature's Sign button) shows the control itself.
          const label = control.closest("[data-field], [data-list], [data-signature]")?.querySelector("legend, label, .field-label") ?? control;
          const bottoms = [document.querySelector("[data-workbook-bar]"), ...document.querySelectorAll(".partner-banner")]
            .filter((element): element is HTMLElement => element instanceof HTMLElement && element.checkVisibility())
            .map((element) => element.getBoundingClientRect())
            .filter((rect) => rect.top <= 1 + (document.querySelector("[data-workbook-bar]")?.getBoundingClientRect().bottom ?? 0));
          const top = label?.getBoundingClientRect().top ?? Number.NaN;
          return { text: label?.textContent?.trim() ?? control.id, clear: bottoms.every((rect) => top >= rect.bottom - 1) };
        });
        if (!shown.clear) covered.push(shown.text);
      }
      expect(covered).toEqual([]);
    });
  });
});

/**
 * Collects what would show a broken page: console errors (the browser logs every
 * Content-Security-Policy and Trusted Types refusal there), uncaught errors, and
 * `securitypolicyviolation` events, from every document the tab loads.
 */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${(error as Error).message}`));
  await page.exposeFunction("reportPolicyViolation", (text: string) => problems.push(`policy violation: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { reportPolicyViolation(text: string): Promise<void> }).reportPolicyViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`,
      );
    });
  });
  return problems;
}


describe("the workbook's policies in use", () => {
  it("reports a Trusted Types or Content-Security-Policy violation when one happens (the watch is live)", async () => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      const problems = await watchForProblems(page);
      await openWorkbook(page);
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML("beforeend", "<p>markup from a string</p>");
        } catch {
          // Trusted Types refuse it: that refusal is what the watch must see.
        }
        const image = document.createElement("img");
        image.alt = "";
        image.src = "https://example.invalid/pixel.png";
        document.body.append(image);
      });
      await sleep(300);
      expect(problems.join("\n")).toMatch(/require-trusted-types-for/);
      expect(problems.join("\n")).toMatch(/img-src/);
    });
  });

  it("logs no error and breaks no policy while a couple fills, checks, opens, saves, signs and clears", async () => {
    const downloads = await mkdtemp(path.join(os.tmpdir(), "autonomy-downloads-"));
    try {
      await withProfile(
        async (context) => {
          const page = await context.newPage();
          await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
          await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
          page.on("dialog", (dialog) => void dialog.accept());
          const problems = await watchForProblems(page);
          await openWorkbook(page);

          // Fill in a few answers, one out of range.
          await openQuestion(page, "f-couple-a-name");
          await page.type("#f-couple-a-name", "Ana Ruiz");
          await openQuestion(page, "f-rituals-list");
          await page.focus('[data-add-item="rituals.list"]');
          await page.keyboard.press("Enter");
          await page.type("#f-rituals-list-0-name", "Friday dinner");
          await openQuestion(page, "f-batteryPack-a-hoursPerWeek");
          await page.type("#f-batteryPack-a-hoursPerWeek", "100");
          await page.keyboard.press("Tab");
          await page.waitForFunction(() => document.querySelector("[data-save-status]")?.textContent?.startsWith("Saved"));

          // Check (from the bar's menu, on a phone), and follow the first problem.
          await barAction(page, "check");
          await page.waitForSelector("[data-error-summary]:not([hidden])");
          await page.click("[data-error-list] a");

          // Open a broken file, then the sample over these answers.
          await importFile(page, path.join(CONTRACT_FIXTURES, "wrong-fields.json"));
          await waitForImportNotice(page, "was not opened");
          await importFile(page, SAMPLE_CONTRACT);
          await page.waitForSelector("dialog[data-confirm][open]");
          await page.click("[data-confirm-yes]");
          await waitForImportNotice(page, "Opened");

          // Save to a file.
          await barAction(page, "export");
          for (let tries = 0; tries < 50 && !(await readdir(downloads)).some((name) => name.endsWith(".json")); tries++) await sleep(100);

          // Change an answer, then sign again: partner A by drawing with a finger, partner B by name.
          await openQuestion(page, "f-guardrails-distanceSignal");
          await page.type("#f-guardrails-distanceSignal", " Or a hug.");
          await openView(page, "signing");
          await page.click('[data-clear-drawing]');
          await page.$eval('[data-signature="signatures.a"] canvas', (canvas) => canvas.scrollIntoView({ block: "center" }));
          const box = await (await page.$('[data-signature="signatures.a"] canvas'))?.boundingBox();
          if (box) {
            await page.touchscreen.touchStart(box.x + 20, box.y + box.height / 2);
            await page.touchscreen.touchMove(box.x + 120, box.y + box.height / 3);
            await page.touchscreen.touchMove(box.x + 200, box.y + box.height / 2);
            await page.touchscreen.touchEnd();
          }
          await page.focus('[data-sign="signatures.a"]');
          await page.keyboard.press("Enter");
          await page.focus('[data-sign="signatures.b"]');
          await page.keyboard.press("Enter");
          await page.waitForFunction(() =>
            Array.from(document.querySelectorAll<HTMLElement>("[data-signature-status]")).every((status) => status.dataset.state === "signed"),
          );
          // The second signature leads to "your contract is ready".
          await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-view="ready"]')?.checkVisibility() && document.querySelector("[data-ready-title]")?.textContent === "Your contract is ready");

          // A narrower and a wider window, a reload, and clearing everything.
          await page.setViewport({ width: 1280, height: 900 });
          await page.reload({ waitUntil: "load" });
          await page.waitForSelector("[data-workbook-bar]:not([hidden])");
          await barAction(page, "clear");
          await page.waitForSelector("dialog[data-confirm][open]");
          await page.click("[data-confirm-yes]");
          await page.waitForFunction(() => document.querySelector("[data-save-status]")?.textContent?.startsWith("Everything was cleared"));
          await sleep(300);

          expect(problems).toEqual([]);
          expect((await readdir(downloads)).filter((name) => name.endsWith(".json"))).toHaveLength(1);
        },
        { downloadBehavior: { policy: "allow", downloadPath: downloads } },
      );
    } finally {
      await rm(downloads, { recursive: true, force: true });
    }
  });
});
