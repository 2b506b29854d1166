import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import type { PaperField, PaperFieldKind } from "../../src/fields/paper-fields.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { ITEM } from "../../src/schema/list-leaves.ts";
import { fieldMarkerUrl } from "../../src/pdf/field-markers.ts";
import { ROOT } from "./run-build.ts";

/** The sample contract of data/examples, as text and as data. */
export const SAMPLE_TEXT = readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8");
export const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, any>;

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

/** Runs a poppler or qpdf tool on PDF bytes and returns what it prints. */
export function runTool(tool: string, args: string[], bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "autonomy-pdf-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows printed for each list in the workbook fixture. */
export const ROWS: Record<string, number> = { "rituals.list": 4, "defaultMoves.ownMoves": 2 };

/**
 * Paper fields for the whole schema, made here because listPaperFields is written
 * elsewhere: one field per answer, each list printed with ROWS rows, drawn strokes,
 * fixed and read-only values left out as paper cannot carry them.
 */
export function samplePaperFields(schema: CompiledSchema): PaperField[] {
  return schema.leaves.flatMap((leaf): PaperField[] => {
    const node = leaf.node as { type: string; const?: unknown; readOnly?: boolean; enum?: string[]; format?: string; maxLength?: number; items?: { type: string; enum?: string[] } };
    if (node.const !== undefined || node.readOnly || (node.type === "array" && !node.items?.enum)) return [];
    const kind: PaperFieldKind =
      node.type === "boolean" ? "check"
      : node.type === "array" ? "choices"
      : node.enum ? "choice"
      : node.type === "number" || node.type === "integer" ? "number"
      : node.format === "date" ? "date"
      : node.format === "time" ? "time"
      : "text";
    const options = node.type === "array" ? (node.items?.enum ?? []) : (node.enum ?? []);
    const base = { leaf: leaf.path, kind, title: leaf.path, options, lines: (node.maxLength ?? 0) > 120 ? 3 : 1, ...(node.maxLength ? { maxLength: node.maxLength } : {}) };
    if (!leaf.path.includes(`.${ITEM}`)) return [{ ...base, name: leaf.path }];
    const list = leaf.path.slice(0, leaf.path.indexOf(`.${ITEM}`));
    return Array.from({ length: ROWS[list] ?? 1 }, (_, row) => ({ ...base, name: leaf.path.replace(ITEM, String(row)) }));
  });
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
