// The floor a batch is measured against (npm run bench): a bare puppeteer script that
// launches Chromium's headless shell, opens the built site's /contract/ page in one
// tab, then shows and prints the sample contract `count` times, one after another,
// writing each PDF. No checks, no attachment. Prints the time per contract after the
// first (in ms) on stdout. Usage: node bare-batch.mjs <site dir> <contract.json> <out dir> <count>
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openBareContractPage } from "./bare-contract-page.mjs";

const [siteDir, contract, outDir, count] = process.argv.slice(2);
const bare = await openBareContractPage(siteDir);
const { page } = bare;
await page.emulateMediaType("print");
await bare.open();
const text = readFileSync(contract, "utf8");
let started = 0;
for (let index = 0; index <= Number(count); index++) {
  if (index === 1) started = performance.now();
  await page.evaluate((json) => globalThis.autonomyContract.show(json), text);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  writeFileSync(path.join(outDir, `bare-${index}.pdf`), await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true }));
}
process.stdout.write(`${(performance.now() - started) / Number(count)}\n`);
await bare.close();
