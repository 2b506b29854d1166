import type { Browser } from "puppeteer";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import type { PaperField } from "../../src/layout/paper-fields.ts";
import { fieldMarkerUrl } from "../../src/pdf/field-markers.ts";
import { sampleContract } from "./contracts.ts";

/** The sample contract of data/examples, as data. */
export const SAMPLE = sampleContract();

/** A4 in points as Chromium writes it (MediaBox height), and millimetres to points. */
export const PAGE_HEIGHT = 841.92;
export const mm = (value: number) => (value * 72) / 25.4;

/** Prints HTML to a tagged A4 PDF with one Chromium shared by a test file. */
export function usePrinter(): (html: string) => Promise<Uint8Array> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (html) => {
    if (!browser) throw new Error("the browser has not started");
    const page = await browser.newPage();
    try {
      await page.setContent(html);
      return new Uint8Array(await page.pdf({ format: "A4", tagged: true, outline: true, printBackground: true }));
    } finally {
      await page.close();
    }
  };
}

/** A page of HTML with no margins, so CSS millimetres are PDF millimetres from the top left. */
export function htmlPage(body: string, style = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title><style>
  @page { size: A4; margin: 0 } html, body { margin: 0; padding: 0; font: 11pt sans-serif }
  .sheet { position: relative; height: 290mm; overflow: hidden; break-after: page } .sheet:last-child { break-after: auto }
  .sheet > a { position: absolute; display: block } ${style}</style></head><body>${body}</body></html>`;
}

/** HTML that prints one marker per field and per option, in flow, over as many pages as it takes. */
export function markersHtml(fields: PaperField[], footer = ""): string {
  const links = fields.map((field) => {
    const urls = field.kind === "choice" || field.kind === "choices" ? field.options.map((_, index) => fieldMarkerUrl(field.name, index)) : [fieldMarkerUrl(field.name)];
    const size = field.kind === "text" || field.kind === "number" || field.kind === "date" || field.kind === "time" ? `width:80mm;height:${7 * field.lines}mm` : "width:5mm;height:5mm";
    return `<p>${field.name}</p><div>${urls.map((url) => `<a href="${url}" style="display:inline-block;margin-right:3mm;${size}"></a>`).join("")}</div>`;
  });
  return htmlPage(`<main>${links.join("")}</main>${footer}`, "p { margin: 1mm 0 }");
}
