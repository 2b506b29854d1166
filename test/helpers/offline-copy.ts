import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";

/** What a page's service worker has kept: its scope, the caches of this origin, and how many files they hold. */
export interface OfflineCopy {
  scope: string;
  caches: string[];
  entries: number;
}

/**
 * Waits until the site's service worker is active and controls the page (its copy of
 * the site is then complete: it activates only once every file is kept), and reads
 * what it kept.
 */
export function waitForOfflineCopy(page: Page): Promise<OfflineCopy> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    const names = await caches.keys();
    const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
    return { scope: registration.scope, caches: names, entries: counts.reduce((sum, count) => sum + count, 0) };
  });
}

/** The lists a built site's service worker carries (sw.js), read back from its source. */
export function serviceWorkerLists(siteDir: string): { version: string; precache: string[]; onFirstUse: string[] } {
  const source = readFileSync(path.join(siteDir, "sw.js"), "utf8");
  const constant = (name: string) => JSON.parse(new RegExp(`const ${name} = ([^;]+);`).exec(source)![1]!);
  return { version: constant("VERSION"), precache: constant("PRECACHE"), onFirstUse: constant("ON_FIRST_USE") };
}
