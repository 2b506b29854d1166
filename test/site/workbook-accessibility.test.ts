import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { CONTRACT_FIXTURES, SAMPLE_CONTRACT, profilesOf, sleep } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

async function openWorkbook(page: Page): Promise<void> {
  await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
  await page.evaluate(() => document.fonts.ready);
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
    await page.click('[data-action="check"]');
    await page.waitForSelector("[data-error-summary]:not([hidden])");
  },
};
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe("the workbook's accessibility (axe-core, WCAG 2.2 AA, in Chromium)", () => {
  const cases = Object.keys(STATES).flatMap((state) => WIDTHS.map((size) => [state, size.width, size] as const));

  it.each(cases)("/workbook/ %s, at %i px, has no violations", async (state, _width, size) => {
    await withProfile(async (context) => {
      const page = await context.newPage();
      await page.setViewport(size);
      await openWorkbook(page);
      await STATES[state]?.(page);
      const results = await runAxe(page);
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
      // axe ran its checks: a page with nothing tested would pass vacuously.
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
});

describe("focus in sight of the toolbar that stays at the top on a wide screen (WCAG 2.4.11)", () => {
  async function openWide(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await openWorkbook(page);
    // The toolbar sticks at this size; without that there is nothing to hide behind.
    expect(await page.$eval("[data-workbook-bar]", (bar) => getComputedStyle(bar).position)).toBe("sticky");
    return page;
  }

  it("never hides the focused control entirely under the toolbar when tabbing backwards through the form", async () => {
    await withProfile(async (context) => {
      const page = await openWide(context);
      await page.focus("#f-signatures-witness-role");
      const hidden = new Set<string>();
      for (let presses = 0; presses < 400; presses++) {
        await page.keyboard.down("Shift");
        await page.keyboard.press("Tab");
        await page.keyboard.up("Shift");
        const focus = await page.evaluate(() => {
          const control = document.activeElement as HTMLElement;
          const bar = document.querySelector("[data-workbook-bar]")?.getBoundingClientRect();
          const box = control.getBoundingClientRect();
          return { id: control.id || control.textContent?.trim() || control.tagName, inForm: Boolean(control.closest("form[data-workbook]")), covered: Boolean(bar && box.top >= bar.top && box.bottom <= bar.bottom) };
        });
        if (!focus.inForm) break;
        if (focus.covered) hidden.add(focus.id);
      }
      expect([...hidden]).toEqual([]);
    });
  });

  it("shows the question's label below the toolbar when an error link is followed", async () => {
    await withProfile(async (context) => {
      const page = await openWide(context);
      await page.click('[data-action="check"]');
      await page.waitForSelector("[data-error-summary]:not([hidden])");
      const links = await page.$$("[data-error-list] a");
      expect(links.length).toBeGreaterThan(20);
      const covered: string[] = [];
      for (const link of links) {
        await link.focus();
        await page.keyboard.press("Enter");
        const shown = await page.evaluate(() => {
          const control = document.activeElement as HTMLElement;
          // A field without a label of its own (a signature's Sign button) shows the control itself.
          const label = control.closest("[data-field], [data-list], [data-signature]")?.querySelector("legend, label, .field-label") ?? control;
          const bar = document.querySelector("[data-workbook-bar]")?.getBoundingClientRect();
          const top = label?.getBoundingClientRect().top ?? Number.NaN;
          return { text: label?.textContent?.trim() ?? control.id, clear: Boolean(bar) && top >= (bar?.bottom ?? 0) - 1 };
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
          await page.type("#f-couple-a-name", "Ana Ruiz");
          await page.focus('[data-add-item="rituals.list"]');
          await page.keyboard.press("Enter");
          await page.type("#f-rituals-list-0-name", "Friday dinner");
          await page.type("#f-batteryPack-a-hoursPerWeek", "100");
          await page.keyboard.press("Tab");
          await page.waitForFunction(() => document.querySelector("[data-save-status]")?.textContent?.startsWith("Saved"));

          // Check, and follow the first problem.
          await page.click('[data-action="check"]');
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
          await page.click('[data-action="export"]');
          for (let tries = 0; tries < 50 && !(await readdir(downloads)).some((name) => name.endsWith(".json")); tries++) await sleep(100);

          // Change an answer, then sign again: partner A by drawing with a finger, partner B by name.
          await page.type("#f-guardrails-distanceSignal", " Or a hug.");
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
          await page.click('[data-action="check"]');
          await page.waitForSelector('[data-notice="check"]');

          // A narrower and a wider window, a reload, and clearing everything.
          await page.setViewport({ width: 1280, height: 900 });
          await page.reload({ waitUntil: "load" });
          await page.waitForSelector("[data-workbook-bar]:not([hidden])");
          await page.click('[data-action="clear"]');
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
