import type { BrowserContext, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openQuestion, openWorkbookTab, profilesOf } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

const openEmptyWorkbook = (context: BrowserContext) => openWorkbookTab(context, session().server.url);

/** Presses "Check your answers" and waits for the error summary. */
async function checkContract(page: Page): Promise<void> {
  await page.click('[data-action="check"]');
  await page.waitForSelector("[data-error-summary]:not([hidden])");
  await page.waitForFunction(() => document.documentElement.dataset.workbookView === "check");
}

/** What a field shows about its error: its message, and how its controls point at it. */
const fieldError = (page: Page, id: string) =>
  page.evaluate((fieldId) => {
    const slot = document.getElementById(`${fieldId}-error`);
    const controls = Array.from(document.querySelectorAll<HTMLInputElement>(`#${fieldId}, [id^="${fieldId}-"]`)).filter((element) =>
      element.matches("input:not([type=hidden]), textarea"),
    );
    return {
      // The field may be in a view not shown now: its message is there, unhidden, for when it is.
      message: slot && !slot.hidden ? slot.textContent : undefined,
      invalid: controls.map((control) => control.getAttribute("aria-invalid")),
      describedByMessage: controls.map((control) => (control.getAttribute("aria-describedby") ?? "").split(" ").includes(`${fieldId}-error`)),
    };
  }, id);

describe("checking an empty contract", () => {
  it("shows the error summary and moves focus to it", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      expect(await page.$eval("[data-error-summary]", (element) => element.checkVisibility())).toBe(false);
      await checkContract(page);
      const summary = await page.evaluate(() => ({
        visible: document.querySelector("[data-error-summary]")?.checkVisibility(),
        focused: document.activeElement === document.querySelector("[data-error-summary]"),
        links: document.querySelectorAll("[data-error-list] a").length,
      }));
      expect(summary.visible).toBe(true);
      expect(summary.focused).toBe(true);
      expect(summary.links).toBeGreaterThan(20);
    });
  });

  it("links each problem to a control of the form that exists", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await checkContract(page);
      const broken = await page.$$eval("[data-error-list] a", (links) =>
        links
          .filter((link) => {
            const href = link.getAttribute("href") ?? "";
            const target = href.startsWith("#") && href.length > 1 ? document.getElementById(href.slice(1)) : null;
            const control = "input:not([type=hidden]), textarea, button, canvas";
            // A control, or a group of them (a list, a set of choices) whose first control the link focuses.
            const usable = target?.matches(control) || (target?.matches("fieldset") && target.querySelector(control));
            return !target?.closest("form[data-workbook]") || !usable;
          })
          .map((link) => `${link.getAttribute("href")} (${link.textContent})`),
      );
      expect(broken).toEqual([]);
    });
  });

  it("focuses the first problem's control when its link is followed", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await checkContract(page);
      const href = await page.$eval("[data-error-list] a", (link) => link.getAttribute("href"));
      await page.evaluate(() => delete document.documentElement.dataset.workbookView);
      await page.click("[data-error-list] a");
      // The link opens the question's view, which takes a moment; then its control has focus.
      await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
      expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(href);
      expect(href).toBe("#f-couple-a-name");
    });
  });

  it("marks each field with its message: aria-invalid, and the message in aria-describedby", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await checkContract(page);
      expect(await fieldError(page, "f-couple-a-name")).toEqual({
        message: "Error: Answer “Name”",
        invalid: ["true"],
        describedByMessage: [true],
      });
      expect(await fieldError(page, "f-batteryPack-a-rhythm")).toEqual({
        message: "Error: Choose an answer for “My rhythm”",
        invalid: ["true", "true", "true", "true", "true"],
        describedByMessage: [true, true, true, true, true],
      });
      expect(await fieldError(page, "f-batteryPack-a-lowBatterySigns")).toEqual({
        message: "Error: Answer “The signs my battery is running low”",
        invalid: ["true"],
        describedByMessage: [true],
      });
      // A list with no items yet: the message belongs to the whole list.
      const list = await page.$eval("#f-rituals-list", (element) => element.getAttribute("aria-describedby")?.split(" "));
      expect(list).toContain("f-rituals-list-error");
      expect(await page.$eval("#f-rituals-list-error", (element) => !(element as HTMLElement).hidden && element.textContent)).toBe(
        "Error: Add at least one answer to “The rituals you don't skip”",
      );
    });
  });

  it("words every problem with the question's title from the schema, and the partner it concerns", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await checkContract(page);
      const texts = await page.$$eval("[data-error-list] a", (links) => links.map((link) => link.textContent ?? ""));
      expect(texts.slice(0, 5)).toEqual([
        "Partner A: Answer “Name”",
        "Partner B: Answer “Name”",
        "Answer “The date this contract starts”",
        "Answer “The date you will review it together”",
        "Partner A: Answer “Hours alone I need in an ordinary week”",
      ]);
      // Never a dotted path or a validator's own wording.
      expect(texts.filter((text) => /\w\.\w|Invalid|expected/.test(text))).toEqual([]);
    });
  });

  it("does not ask anyone to answer the fingerprint, which the page works out itself", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await checkContract(page);
      const texts = await page.$$eval("[data-error-list] a", (links) => links.map((link) => link.textContent ?? ""));
      expect(texts.filter((text) => text.includes("Fingerprint"))).toEqual([]);
    });
  });
});

describe("an answer out of range", () => {
  async function typeHours(page: Page, hours: string): Promise<void> {
    await openQuestion(page, "f-batteryPack-a-hoursPerWeek");
    await page.focus("#f-batteryPack-a-hoursPerWeek");
    await page.keyboard.type(hours);
  }

  it("shows its message once the person leaves the field, without pressing Check", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await typeHours(page, "100");
      expect((await fieldError(page, "f-batteryPack-a-hoursPerWeek")).message).toBeUndefined();
      await page.keyboard.press("Tab");
      expect(await fieldError(page, "f-batteryPack-a-hoursPerWeek")).toEqual({
        message: "Error: “Hours alone I need in an ordinary week” must be a number from 0 to 80",
        invalid: ["true"],
        describedByMessage: [true],
      });
      expect(await page.$eval("[data-error-summary]", (element) => element.checkVisibility())).toBe(false);
    });
  });

  it("clears the message as soon as the answer is put right", async () => {
    await withProfile(async (context) => {
      const page = await openEmptyWorkbook(context);
      await typeHours(page, "100");
      await page.keyboard.press("Tab");
      expect((await fieldError(page, "f-batteryPack-a-hoursPerWeek")).message).toBe(
        "Error: “Hours alone I need in an ordinary week” must be a number from 0 to 80",
      );
      await page.click("#f-batteryPack-a-hoursPerWeek", { count: 3 });
      await page.keyboard.type("10");
      expect(await fieldError(page, "f-batteryPack-a-hoursPerWeek")).toEqual({ message: undefined, invalid: [null], describedByMessage: [false] });
    });
  });
});
