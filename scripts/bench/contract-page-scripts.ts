import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser } from "puppeteer";
import { KEY_PREFIX } from "../../src/browser/storage/contract-store.ts";

/** The JavaScript the contract page loads while it shows a contract saved on the device (the map's chunk with it), gzipped. */
export async function contractPageScripts(browser: Browser, siteUrl: string, contractFile: string): Promise<{ files: number; bytes: number }> {
  const context = await browser.createBrowserContext();
  try {
    const text = readFileSync(contractFile, "utf8");
    // Saved where the workbook saves a contract of its schema version.
    const key = `${KEY_PREFIX}${(JSON.parse(text) as { schemaVersion: number }).schemaVersion}`;
    const page = await context.newPage();
    await page.goto(`${siteUrl}/contract/`, { waitUntil: "load" });
    await page.evaluate((name, contract) => localStorage.setItem(name, contract), key, text);
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") sizes.push(response.buffer().then((body) => gzipSync(body).length, () => 0));
    });
    await page.reload({ waitUntil: "networkidle0" });
    await page.waitForFunction(() => document.documentElement.dataset.contractReady === "true");
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { files: sizes.length, bytes };
  } finally {
    await context.close();
  }
}
