import type { HTTPRequest, Page } from "puppeteer-core";

/**
 * Lets a page load only files of the built site: GET requests to `siteUrl`. Every
 * other request (another host, `file://`, `data:`, a POST) is aborted before it
 * leaves Chromium, and its URL is kept in `blocked`, so hostile text that somehow
 * became markup could still reach nothing. Returns that list. The pages also get no
 * service worker: the contract page registers the site's for offline use, which in
 * a print would fetch the whole site (fonts for every script, the PDFs) behind every
 * contract and outlive the page.
 */
export async function guardRequests(page: Page, siteUrl: string): Promise<string[]> {
  const blocked: string[] = [];
  const prefix = `${siteUrl}/`;
  await page.evaluateOnNewDocument(() => {
    // An accessor of Navigator.prototype, configurable: once gone, "serviceWorker" in navigator is false.
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
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
