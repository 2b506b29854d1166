// The floor a batch is measured against (npm run bench): a bare puppeteer script that
// launches Chromium's headless shell, opens the built site's /contract/ page in one
// tab, then shows and prints the sample contract `count` times, one after another,
// writing each PDF. No checks, no attachment. Prints the time per contract after the
// first (in ms) on stdout. Usage: node bare-batch.mjs <site dir> <contract.json> <out dir> <count>
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [siteDir, contract, outDir, count] = process.argv.slice(2);
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
await page.emulateMediaType("print");
await page.goto(`http://127.0.0.1:${server.address().port}/contract/`);
await page.waitForFunction(() => globalThis.autonomyContract !== undefined);
const text = readFileSync(contract, "utf8");
let started = 0;
for (let index = 0; index <= Number(count); index++) {
  if (index === 1) started = performance.now();
  await page.evaluate((json) => globalThis.autonomyContract.show(json), text);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  writeFileSync(path.join(outDir, `bare-${index}.pdf`), await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true }));
}
process.stdout.write(`${(performance.now() - started) / Number(count)}\n`);
await browser.close();
server.close();
