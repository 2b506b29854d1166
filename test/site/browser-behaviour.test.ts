import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

const session = useBrowserSession();

describe("in a real browser", () => {
  it.each(builtPages().map((page) => page.url))("%s requests nothing from another origin, and everything it requests exists", async (url) => {
    await session().withPage(async (page) => {
      const requested: string[] = [];
      const failed: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      page.on("requestfailed", (request) => failed.push(request.url()));
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${session().server.url}${url}`, { waitUntil: "networkidle0" });
      await page.evaluate(() => document.fonts.ready);
      expect(requested.length).toBeGreaterThan(2); // the page, its stylesheet, its fonts
      // Chromium's own date and time fields draw their icons from data: URLs of its
      // built-in stylesheet: they reach no network, and our pages use none.
      const external = requested.filter((request) => !request.startsWith(`${session().server.url}/`));
      expect(external.filter((request) => !(url === "/workbook/" && /^data:image\/svg\+xml;base64,/.test(request)))).toEqual([]);
      expect(failed).toEqual([]);
      expect(requested.some((request) => request.endsWith(".woff2"))).toBe(true);
    });
  });

  it("offers the skip link first, shows it and a focus ring, and moves focus to the content", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/steps/1-battery-pack/`, { waitUntil: "load" });
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { className: el.className, visible: box.top >= 0 && box.height > 0, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(skip).toEqual({ className: "skip-link", visible: true, outline: "solid", width: 3 });
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { inMain: Boolean(el.closest("main")), outline: getComputedStyle(el).outlineStyle };
      });
      expect(next).toEqual({ inMain: true, outline: "solid" });
    });
  });

  it("lays every page out within a phone's width", async () => {
    await session().withPage(async (page) => {
      await page.setViewport({ width: 320, height: 640 });
      for (const { url } of builtPages()) {
        await page.goto(`${session().server.url}${url}`, { waitUntil: "load" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} is wider than 320 px`).toBe(0);
      }
    });
  });
});
