import type { Browser, BrowserContext } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { serviceWorkerLists, waitForOfflineCopy } from "../helpers/offline-copy.ts";
import { startSentinelServer, type SentinelServer } from "../helpers/sentinel-server.ts";
import { openQuestion, openWorkbookTab, valueOf, waitForStatus } from "../helpers/workbook-page.ts";

// One visit, then the network goes away: the site's server is closed and a sentinel
// that answers nothing takes its port (the origin, and so the worker, stay the same)
// and counts whatever still asks the network for anything.
let browser: Browser;
let context: BrowserContext;
let server: StaticServer | undefined;
let network: SentinelServer | undefined;
let siteUrl: string;
const lists = serviceWorkerLists(siteDir());
const PDF = lists.onFirstUse[0]!;

beforeAll(async () => {
  server = await startStaticServer(siteDir());
  siteUrl = server.url;
  browser = await launchBrowser();
  context = await browser.createBrowserContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await network?.close();
});

async function goOffline(): Promise<SentinelServer> {
  if (network) return network;
  await server!.close();
  server = undefined;
  network = await startSentinelServer({ port: Number(new URL(siteUrl).port), refuse: true });
  return network;
}

describe("offline after one visit to the workbook", () => {
  it("keeps a copy of every page and file of the site, in one cache named after the build", async () => {
    const page = await openWorkbookTab(context, siteUrl);
    const copy = await waitForOfflineCopy(page);
    expect(copy.scope).toBe(`${siteUrl}/`);
    expect(copy.caches).toEqual([`autonomy-contract / ${lists.version}`]);
    expect(copy.entries).toBe(lists.precache.length);
    for (const { url } of builtPages()) expect(lists.precache, url).toContain(url === "/" ? "./" : url.slice(1));
    expect(lists.precache.filter((file) => file.endsWith(".woff2")).length).toBeGreaterThan(2);
    await page.close();
  });

  it("keeps a workbook PDF the first time it is downloaded, and not before", async () => {
    const page = await openWorkbookTab(context, siteUrl);
    const kept = () => page.evaluate(async (file) => Boolean(await caches.match(new URL(`../${file}`, location.href).href)), PDF);
    expect(await kept()).toBe(false);
    const bytes = await page.evaluate(async (file) => (await (await fetch(`../${file}`)).arrayBuffer()).byteLength, PDF);
    expect(bytes).toBeGreaterThan(10_000);
    await page.waitForFunction(async (file) => Boolean(await caches.match(new URL(`../${file}`, location.href).href)), {}, PDF);
    await page.close();
  });

  it("opens every page of the site with the network gone, asking it for nothing but a newer worker", async () => {
    const offline = await goOffline();
    for (const built of builtPages()) {
      const page = await context.newPage();
      const response = await page.goto(`${siteUrl}${built.url}`, { waitUntil: "load" });
      expect(response?.status(), built.url).toBe(200);
      expect(response?.fromServiceWorker(), built.url).toBe(true);
      expect(await page.$eval("h1", (h1) => h1.textContent), built.url).toBe(built.document.querySelector("h1")!.textContent);
      // Its stylesheet and fonts came from the copy too: the page is styled.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), built.url).toMatch(/Literata/);
      await page.close();
    }
    expect(offline.requests.filter((request) => !/^GET \/sw\.js$/.test(request))).toEqual([]);
  });

  it("saves what is typed in the workbook and shows it after a reload, with nothing sent to the network", async () => {
    const offline = await goOffline();
    const page = await openWorkbookTab(context, siteUrl);
    offline.requests.length = 0;
    // Every request the page makes, including those its service worker answers.
    const fromPage: string[] = [];
    page.on("request", (request) => fromPage.push(`${request.method()} ${request.url()}`));
    await openQuestion(page, "f-couple-a-name");
    await page.type("#f-couple-a-name", "Written in a tunnel");
    await waitForStatus(page, "Saved");
    // The browser may still be checking for a newer worker after opening the page
    // (a GET of sw.js, carrying nothing); nothing else asked the network for anything.
    expect(offline.requests.filter((request) => request !== "GET /sw.js")).toEqual([]);
    expect(fromPage).toEqual([]);
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("[data-workbook-bar]:not([hidden])");
    expect(await valueOf(page, "#f-couple-a-name")).toBe("Written in a tunnel");
    await page.close();
  });

  it("opens the PDF it kept", async () => {
    await goOffline();
    const page = await openWorkbookTab(context, siteUrl);
    const answer = await page.evaluate(async (file) => {
      const response = await fetch(`../${file}`);
      return { status: response.status, type: response.headers.get("content-type"), start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) };
    }, PDF);
    expect(answer).toEqual({ status: 200, type: "application/pdf", start: "%PDF-" });
    await page.close();
  });
});
