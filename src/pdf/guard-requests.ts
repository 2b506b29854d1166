import type { HTTPRequest, Page } from "puppeteer";

/**
 * Lets a page load only files of the built site: GET requests to `siteUrl`. Every
 * other request (another host, `file://`, `data:`, a POST) is aborted before it
 * leaves Chromium, and its URL is kept in `blocked`, so hostile text that somehow
 * became markup could still reach nothing. Returns that list.
 */
export async function guardRequests(page: Page, siteUrl: string): Promise<string[]> {
  const blocked: string[] = [];
  const prefix = `${siteUrl}/`;
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    // Another handler may have settled it already (puppeteer's cooperative mode is off here).
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (request.method() === "GET" && (url === siteUrl || url.startsWith(prefix))) {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort("blockedbyclient");
    }
  });
  return blocked;
}
