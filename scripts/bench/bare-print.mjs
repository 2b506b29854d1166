// The floor the pdf command is measured against (npm run bench): a bare puppeteer
// script that launches Chromium's headless shell, shows the sample contract on the
// built site's /contract/ page, prints it and closes. No checks, no pdf-lib, no files
// but the PDF. Usage: node bare-print.mjs <site dir> <contract.json> <out.pdf>
import { readFileSync, writeFileSync } from "node:fs";
import { openBareContractPage } from "./bare-contract-page.mjs";

const [siteDir, contract, out] = process.argv.slice(2);
const bare = await openBareContractPage(siteDir);
const { page } = bare;
await bare.open();
await page.evaluate((text) => globalThis.autonomyContract.show(text), readFileSync(contract, "utf8"));
await page.emulateMediaType("print");
await page.evaluate(() => document.fonts.ready.then(() => undefined));
writeFileSync(out, await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true }));
await bare.close();
