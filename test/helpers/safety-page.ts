import { readFileSync } from "node:fs";
import path from "node:path";
import type { HTTPRequest, Page } from "puppeteer";
import { ROOT } from "./run-build.ts";

/** Where "Exit this page" goes, as data/site.json says. */
export const EXIT_TO = (JSON.parse(readFileSync(path.join(ROOT, "data/site.json"), "utf8")) as { exitTo: string }).exitTo;

/** A request as the browser sent it: its address, headers and body. */
export interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/**
 * Records every request the page makes, and answers the exit destination with a
 * small neutral page of its own (the network here is closed). Returns the record.
 */
export async function recordRequests(page: Page): Promise<SentRequest[]> {
  const sent: SentRequest[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    sent.push({ url: request.url(), headers: request.headers(), body: request.postData() });
    if (request.url().startsWith(EXIT_TO)) void request.respond({ status: 200, contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" });
    else void request.continue();
  });
  return sent;
}

/** Waits until the tab shows the exit destination. */
export async function waitForExit(page: Page): Promise<void> {
  await page.waitForFunction((to) => location.href.startsWith(to) && document.readyState === "complete", { timeout: 10_000 }, EXIT_TO);
}

/** Sets a passphrase in the workbook's lock dialog, and waits until it says so. */
export async function setPassphrase(page: Page, passphrase: string): Promise<void> {
  await openLockDialog(page);
  await page.type("#lock-new", passphrase);
  await page.type("#lock-new-again", passphrase);
  await page.click("[data-lock-set] button[type=submit]");
  await page.waitForFunction(() => document.querySelector("[data-lock-settings-result]")?.textContent?.startsWith("Your answers are now locked"), { timeout: 20_000 });
}

/** Opens the lock's dialog from the bar (its menu, on a phone). */
export async function openLockDialog(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action="lock"]')?.click());
  await page.waitForSelector("dialog[data-lock-settings][open]");
}

/** Types the passphrase on the locked screen and waits for the answer: unlocked, or the error. */
export async function unlockWith(page: Page, passphrase: string): Promise<"unlocked" | string> {
  await page.waitForSelector("[data-lock-screen]:not([hidden])");
  await page.type("#lock-passphrase", passphrase);
  await page.click("[data-lock-submit]");
  // The button is disabled while the key is derived (600,000 iterations): done once it is enabled again.
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("[data-lock-submit]")?.disabled, { timeout: 20_000 });
  return page.evaluate(() => (document.documentElement.hasAttribute("data-locked") ? (document.querySelector("[data-lock-error]")?.textContent ?? "") : "unlocked"));
}

/** Everything the origin keeps in its storage areas, as text: localStorage, sessionStorage, IndexedDB's database names, Cache Storage's cached bodies. */
export async function everythingStored(page: Page): Promise<string> {
  const { parts, cached } = await page.evaluate(async () => {
    const parts: string[] = [];
    for (const area of [localStorage, sessionStorage]) for (let index = 0; index < area.length; index++) parts.push(`${area.key(index)}=${area.getItem(area.key(index) as string)}`);
    parts.push(...(await indexedDB.databases()).map((database) => `idb:${database.name}`));
    const cached: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push({ url: request.url, text: (await (await cache.match(request))?.text()) ?? "" });
    }
    return { parts, cached };
  });
  // The service worker's caches hold the site's own files, whose scripts and pages name
  // the questions ("couple", field ids): a cached body that is exactly what the server
  // sends (fetched here, in Node, past the worker) is listed by its URL; any other (an
  // answer written into a cache) is listed whole, so its contents are searched too.
  for (const { url, text } of cached) {
    const served = await fetch(url).then((response) => (response.ok ? response.text() : undefined), () => undefined);
    parts.push(text === served ? `cache:${url}` : `cache:${url}\n${text}`);
  }
  return parts.join("\n");
}

/** The keys of localStorage and sessionStorage. */
export function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [localStorage, sessionStorage].flatMap((area) => Array.from({ length: area.length }, (_, index) => area.key(index) as string)));
}
