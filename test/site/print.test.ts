import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

const session = useBrowserSession();

describe("printing a guide page", () => {
  it.each(builtPages().map((page) => page.url))("%s prints without menus, buttons or overflow", async (url) => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}${url}`, { waitUntil: "load" });
      await page.emulateMediaType("print");
      const layout = await page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll(selector)].filter((el) => getComputedStyle(el).display !== "none").length;
        return {
          menus: shown(".site-nav, .step-progress, .step-pager, .skip-link, .button"),
          printNote: shown(".print-only"),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(layout).toEqual({ menus: 0, printNote: 1, overflow: 0 });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    });
  });
});
