// The floor the pdf command is measured against (npm run bench): a bare puppeteer
// script that launches Chromium's headless shell, shows the sample contract on the
// built site's /contract/ page, prints it and closes. No checks, no pdf-lib, no files
// but the PDF. Usage: node bare-print.mjs <site dir> <contract.json> <out.pdf>
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [siteDir, contract, out] = process.argv.slice(2);
const types = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".woff2": "font/woff2", ".svg": "image/svg+xml" };
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://x").pathname;
  try {
    const file = path.join(siteDir, url.endsWith("/") ? `${url}index.html` : url);
    response.setHeader("content-type", types[path.extname(file)] ?? "application/octet-stream");
    response.end(readFileSync(file));
  } catch {
    response.statusCode = 404;
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const browser = await puppeteer.launch({ executablePath: "/usr/lib/chromium/chromium-headless-shell", headless: "shell", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/contract/`);
await page.waitForFunction(() => globalThis.autonomyContract !== undefined);
await page.evaluate((text) => globalThis.autonomyContract.show(text), readFileSync(contract, "utf8"));
await page.emulateMediaType("print");
await page.evaluate(() => document.fonts.ready.then(() => undefined));
writeFileSync(out, await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true }));
await browser.close();
server.close();
