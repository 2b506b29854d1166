import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { siteDir } from "../helpers/built-site.ts";
import { serviceWorkerLists, waitForOfflineCopy } from "../helpers/offline-copy.ts";
import { runBuild } from "../helpers/run-build.ts";
import { copySiteSources } from "../helpers/site-sources.ts";
import { openQuestion, openWorkbookTab, valueOf, waitForStatus } from "../helpers/workbook-page.ts";

const ADDED = "A sentence that only the new version has.";

let parent: string;
let served: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  // A copy of the built site, served, so a rebuild can replace it under the server.
  parent = await mkdtemp(path.join(os.tmpdir(), "autonomy-update-"));
  served = path.join(parent, "dist");
  await cp(siteDir(), served, { recursive: true });
  server = await startStaticServer(served);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(parent, { recursive: true, force: true });
});

/**
 * Builds the site again, with one more sentence on the home page, into the folder
 * being served. (The same sources build the same files, and so the same version.)
 */
async function publishNewVersion(sentence = ADDED): Promise<void> {
  const sources = await copySiteSources();
  const home = path.join(sources, "content/index.md");
  await writeFile(home, `${await readFile(home, "utf8")}\n${sentence}\n`);
  const run = runBuild(["--input", "content", "--output", served, "--site-only"], sources);
  expect(run.status, run.stderr).toBe(0);
}

describe("a new version of the site", () => {
  it("is announced in a page that is open, which keeps what was typed and does not switch until asked; then the old copy is gone", async () => {
    const context = await browser.createBrowserContext();
    const page = await openWorkbookTab(context, server.url);
    const first = await waitForOfflineCopy(page);
    const oldVersion = serviceWorkerLists(served).version;
    expect(first.caches).toEqual([`autonomy-contract / ${oldVersion}`]);
    await openQuestion(page, "f-couple-a-name");
    await page.type("#f-couple-a-name", "Mid-sentence");
    await waitForStatus(page, "Saved");

    await publishNewVersion();
    const newVersion = serviceWorkerLists(served).version;
    expect(newVersion).not.toBe(oldVersion);

    // Coming back to the page (a reload, a new visit) makes the browser look for a new worker.
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("[data-workbook-bar]:not([hidden])");
    const notice = await page.waitForSelector("[data-update-notice] button", { timeout: 30_000 });
    expect(await page.$eval("[data-update-notice]", (element) => ({ role: element.getAttribute("role"), text: element.textContent }))).toEqual({
      role: "status",
      text: expect.stringMatching(/^A new version of this site is ready\./),
    });
    expect(await runAxe(page).then((results) => describeViolations(results.violations))).toBe("");

    // Nothing has switched: the old worker still answers, and the answer is in its field.
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    expect(await valueOf(page, "#f-couple-a-name")).toBe("Mid-sentence");
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([`autonomy-contract / ${oldVersion}`]));

    // The person chooses the new version: the page reloads from it, and only its cache is left.
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), notice!.click()]);
    await page.waitForSelector("[data-workbook-bar]:not([hidden])");
    const after = await waitForOfflineCopy(page);
    expect(after.caches).toEqual([`autonomy-contract / ${newVersion}`]);
    expect(after.entries).toBe(serviceWorkerLists(served).precache.length);
    expect(await valueOf(page, "#f-couple-a-name")).toBe("Mid-sentence");
    const home = await context.newPage();
    await home.goto(`${server.url}/`, { waitUntil: "load" });
    expect(await home.evaluate(() => document.body.textContent)).toContain(ADDED);
    await context.close();
  });

  it("can be put off: the notice goes, and nothing switches", async () => {
    const context = await browser.createBrowserContext();
    const page = await openWorkbookTab(context, server.url);
    await waitForOfflineCopy(page);
    await publishNewVersion("Another sentence, in yet another version.");
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("[data-update-notice] button");
    const [, later] = await page.$$("[data-update-notice] button");
    expect(await later!.evaluate((button) => button.textContent)).toBe("Not now");
    await later!.click();
    expect(await page.$eval("[data-update-notice]", (element) => element.childElementCount)).toBe(0);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    await context.close();
  });
});
