import type { Page } from "puppeteer";
import { WORKBOOK_KEY } from "./workbook-page.ts";

/**
 * Opens the contract page of a served site with `stored` saved under the
 * workbook's key (nothing when null), and waits for it to settle.
 */
export async function openContract(page: Page, siteUrl: string, stored: string | null): Promise<void> {
  await page.goto(`${siteUrl}/contract/`, { waitUntil: "load" });
  await page.evaluate(
    (key, text) => {
      localStorage.clear();
      if (text !== null) localStorage.setItem(key, text);
    },
    WORKBOOK_KEY,
    stored,
  );
  await page.reload({ waitUntil: "load" });
  await contractSettled(page);
}

/** Waits until the contract page shows a message, or a contract laid out and ready to print. */
export async function contractSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { contractState, contractReady } = document.documentElement.dataset;
    return contractState !== undefined && (contractState !== "shown" || contractReady === "true");
  });
}

/** The text of every element a selector matches, in order. */
export function textOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (nodes) => nodes.map((node) => node.textContent ?? ""));
}

/** Records what should never happen on a page: console errors, uncaught errors, CSP violations, alerts. */
export async function watchPage(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${(error as Error).message}`));
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = ((globalThis as any).__problems = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
    globalThis.alert = (message?: unknown) => void seen.push(`alert: ${String(message)}`);
  });
  return async () => [...problems, ...(await page.evaluate(() => (globalThis as any).__problems as string[]))];
}
