// What the two bench floors (bare-print.mjs, bare-batch.mjs) share: the built site
// served by a few lines of node:http, and Chromium's headless shell launched by
// puppeteer's own launcher with a tab on /contract/, ready to show a contract. Bare on
// purpose: none of the project's code, so the floor measures Chromium, not us.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import puppeteer from "puppeteer-core";

const TYPES = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".woff2": "font/woff2", ".svg": "image/svg+xml" };
const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** Serves `siteDir`, launches the shell and opens its contract page; `close` ends both. */
export async function openBareContractPage(siteDir) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://x").pathname;
    try {
      const file = path.join(siteDir, url.endsWith("/") ? `${url}index.html` : url);
      response.setHeader("content-type", TYPES[path.extname(file)] ?? "application/octet-stream");
      response.end(readFileSync(file));
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await puppeteer.launch({ executablePath: "/usr/lib/chromium/chromium-headless-shell", headless: "shell", args: ARGS });
  const page = await browser.newPage();
  return {
    page,
    async open() {
      await page.goto(`http://127.0.0.1:${server.address().port}/contract/`);
      await page.waitForFunction(() => globalThis.autonomyContract !== undefined);
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
