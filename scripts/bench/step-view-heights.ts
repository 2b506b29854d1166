import type { Browser } from "puppeteer";

/** How tall each view of the workbook is, in pixels, on a phone, with a contract opened in it. */
export interface ViewHeight {
  fragment: string;
  height: number;
}

/**
 * Opens the workbook on a 390 × 844 phone, opens `contractFile` in it (the sample
 * contract), then measures each view on the way, each partner's turn apart: from the
 * top of the view to the bottom of its "Continue" and "Back" links, which is what a
 * person scrolls through to answer it.
 */
export async function stepViewHeights(browser: Browser, workbookUrl: string, contractFile: string): Promise<ViewHeight[]> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await page.goto(workbookUrl, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
    await (await page.$("input[data-import-file]"))?.uploadFile(contractFile);
    await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
    // The notice that the file was opened is dismissed, as a person would.
    await page.evaluate(() => document.querySelector('[data-notice="import"]')?.remove());
    // The views of the contract's sections, each a step to answer: not the overview,
    // checking, the ready view, nor those opened by their own links (a partner's
    // draft, merging two drafts, renewal).
    const fragments = await page.$$eval("[data-view][data-section]", (views) =>
      views.flatMap((view) => {
        const id = view.getAttribute("data-view") as string;
        const turns = Array.from(view.querySelectorAll("[data-turn]"), (turn) => `${id}/${turn.getAttribute("data-turn")}`);
        return turns.length ? turns : [id];
      }),
    );
    const heights: ViewHeight[] = [];
    for (const fragment of fragments) {
      await page.evaluate((target) => {
        delete document.documentElement.dataset.workbookView;
        location.hash = target;
      }, fragment);
      await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
      const height = await page.evaluate(() => {
        const view = Array.from(document.querySelectorAll<HTMLElement>("[data-view]")).find((candidate) => !candidate.hidden);
        const pager = view?.querySelector(":scope > [data-pager]");
        return Math.round((pager?.getBoundingClientRect().bottom ?? 0) - (view?.getBoundingClientRect().top ?? 0));
      });
      heights.push({ fragment, height });
    }
    return heights;
  } finally {
    await context.close();
  }
}
