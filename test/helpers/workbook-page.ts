import { readdir } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, BrowserContextOptions, Page } from "puppeteer";
import type { BrowserSession } from "./browser-session.ts";
import { ROOT } from "./run-build.ts";

/** Where the workbook keeps answers: this browser's localStorage, one key per schema version. */
export const WORKBOOK_KEY = "autonomy-contract/v3";
/** Contract files for the workbook and contract-view tests. */
export const CONTRACT_FIXTURES = path.join(ROOT, "test/fixtures/contracts");
/** The complete signed contract shipped with the project. */
export const SAMPLE_CONTRACT = path.join(ROOT, "data/examples/sample-contract.json");

/**
 * Returns a function that runs a test in a fresh browser profile (its own, empty
 * storage) of the session's browser, closed afterwards, so no test sees another's
 * saved contract.
 */
export function profilesOf(session: () => BrowserSession) {
  return function withProfile<T>(use: (context: BrowserContext) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
    return session().withPage(async (tab) => {
      const context = await tab.browser().createBrowserContext(options);
      try {
        return await use(context);
      } finally {
        await context.close();
      }
    });
  };
}

/**
 * Opens the workbook in a new tab of `context` and waits for its script to start.
 * No smooth scrolling: a control is where it was measured when it is clicked.
 */
export async function openWorkbookTab(context: BrowserContext, siteUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(`${siteUrl}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
  return page;
}

/**
 * Opens the view of the workbook that holds an element, by its id, as a "Change" link
 * does (the workbook shows one view at a time, at the URL's fragment), and waits
 * until the element shows. A question's id opens its view and its partner's turn.
 */
export async function openQuestion(page: Page, id: string): Promise<void> {
  const settled = await page.evaluate((target) => {
    if (location.hash === `#${target}`) return true;
    delete document.documentElement.dataset.workbookView;
    location.hash = target;
    return false;
  }, id);
  if (!settled) await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
  await page.waitForFunction((target) => document.getElementById(target)?.checkVisibility(), {}, id);
}

/** Opens a view of the workbook by its fragment (`step-3`, `step-3/b`, `check`), and waits until it shows. */
export async function openView(page: Page, fragment: string): Promise<void> {
  const settled = await page.evaluate((target) => {
    if (location.hash === `#${target}`) return true;
    delete document.documentElement.dataset.workbookView;
    location.hash = target;
    return false;
  }, fragment);
  // The router marks the page once the view is shown, focus moved and the page scrolled.
  if (!settled) await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
  await page.waitForFunction((view) => document.querySelector<HTMLElement>(`[data-view="${view}"]`)?.checkVisibility(), {}, fragment.split("/")[0]);
}

/** Types a date into its three boxes (day, month, year), from a stored date. */
export async function typeDate(page: Page, path: string, iso: string): Promise<void> {
  const id = `f-${path.replaceAll(".", "-")}`;
  await openQuestion(page, id);
  const [year, month, day] = iso.split("-") as [string, string, string];
  await page.type(`#${id}-day`, String(Number(day)));
  await page.type(`#${id}-month`, String(Number(month)));
  await page.type(`#${id}-year`, year);
}

/** Waits until the save status starts with `start` ("Saved", "Not saved"…). */
export async function waitForStatus(page: Page, start: string): Promise<void> {
  await page.waitForFunction((text) => document.querySelector("[data-save-status]")?.textContent?.startsWith(text), {}, start);
}

/** The text stored under a key of the page's localStorage, or null. */
export const storedText = (page: Page, key = WORKBOOK_KEY) => page.evaluate((name) => localStorage.getItem(name), key);
/** The value of a form control. */
export const valueOf = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLInputElement).value);
/** Whether a checkbox or radio button is checked. */
export const isChecked = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLInputElement).checked);
/** Waits a while: for a debounce to pass, or to show that nothing happens. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for one finished download in `dir` (Chromium writes `.crdownload` first) and returns its path. */
export async function waitForDownload(dir: string, timeoutMs = 10_000): Promise<string> {
  for (let tries = 0; tries < timeoutMs / 100; tries++) {
    const done = (await readdir(dir)).filter((name) => !name.endsWith(".crdownload"));
    if (done.length) return path.join(dir, done[0] as string);
    await sleep(100);
  }
  throw new Error(`no file was downloaded into ${dir}`);
}
