import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { startStaticServer } from "../../src/server/static-server.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

const session = useBrowserSession();

/** Records every layout shift of the page from its first frame (before any script of the page runs). */
async function recordShifts(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Holds every font response back by `ms`, as a slow phone network would. */
async function slowFonts(page: Page, ms: number): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().endsWith(".woff2")) setTimeout(() => void request.continue(), ms);
    else void request.continue();
  });
}

/** Opens a page with late fonts and returns the layout shifts it recorded. */
async function shiftsWithLateFonts(page: Page, url: string): Promise<number[]> {
  await page.setViewport({ width: 390, height: 844 });
  await recordShifts(page);
  await slowFonts(page, 600);
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

describe("web fonts move nothing", () => {
  it("sees the shifts of fonts that swap in late (the check is live)", async () => {
    // The same site with font-display: swap, the browsers' usual choice.
    const parent = await mkdtemp(path.join(os.tmpdir(), "autonomy-swap-"));
    const copy = path.join(parent, "dist");
    await cp(siteDir(), copy, { recursive: true });
    for (const sheet of (await readdir(path.join(copy, "assets"))).filter((file) => file.endsWith(".css"))) {
      const file = path.join(copy, "assets", sheet);
      await writeFile(file, (await readFile(file, "utf8")).replaceAll("font-display:optional", "font-display:swap"));
    }
    const server = await startStaticServer(copy);
    try {
      const shifts = await session().withPage((page) => shiftsWithLateFonts(page, `${server.url}/steps/1-battery-pack/`));
      expect(shifts.reduce((sum, shift) => sum + shift, 0)).toBeGreaterThan(0);
    } finally {
      await server.close();
      await rm(parent, { recursive: true, force: true });
    }
  });

  it.each(builtPages().map((page) => page.url))("%s does not shift when its fonts arrive late", async (url) => {
    expect(await session().withPage((page) => shiftsWithLateFonts(page, `${session().server.url}${url}`))).toEqual([]);
  });

  it("uses the web fonts when they arrive in time, and the fallback for that page view when they do not", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('1rem "Literata Web"'))).toBe(true);
    });
    await session().withPage(async (page) => {
      // A fresh profile, so no font is cached: held back past the optional period.
      const context = await page.browser().createBrowserContext();
      try {
        const late = await context.newPage();
        await slowFonts(late, 1500);
        await late.goto(`${session().server.url}/`, { waitUntil: "domcontentloaded" });
        await new Promise((resolve) => setTimeout(resolve, 400));
        // Text is shown in the fallback face, not left invisible while the font is awaited.
        const shown = await late.evaluate(() => {
          const lede = document.querySelector(".lede")!;
          return { status: [...document.fonts].find((face) => face.family.includes("Literata"))?.status, width: lede.getBoundingClientRect().width };
        });
        expect(shown.width).toBeGreaterThan(0);
        expect(shown.status).not.toBe("loaded");
      } finally {
        await context.close();
      }
    });
  });
});
