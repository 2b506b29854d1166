import { PDFDocument } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementLines } from "../../src/agreement/agreement-types.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import { renderAgreement } from "../../src/agreement/render-agreement.ts";
import { wordingHash } from "../../src/agreement/wording-hash.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { readDocumentInfo } from "../../src/pdf/document-info.ts";
import { openPdfSession, type PdfSession } from "../../src/pdf/pdf-session.ts";
import { renderContractPdf } from "../../src/pdf/render-contract-pdf.ts";
import { verifyContractPdf } from "../../src/pdf/verify-contract-pdf.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { siteDir } from "../helpers/built-site.ts";
import { openContract } from "../helpers/contract-page.ts";
import { SAMPLE_TEXT, sampleContract } from "../helpers/contracts.ts";
import { readOutline } from "../helpers/pdf-outline.ts";
import { pdfFonts, pdfPageTexts, pdfText, runTool } from "../helpers/poppler.ts";

/** Text without any whitespace: pdftotext breaks lines where the page did, and joins words across them. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** Where each line first appears in a text, after the one before it; -1 for a line missing or out of order. */
function positions(text: string, lines: readonly string[]): number[] {
  const flat = squeeze(text);
  let from = 0;
  return lines.map((line) => {
    const at = flat.indexOf(squeeze(line), from);
    if (at !== -1) from = at + squeeze(line).length;
    return at;
  });
}

const browser = useBrowserSession();
let schema: CompiledSchema;
let session: PdfSession;
let lines: string[];
let wording: string;
/** Printed by the command line's renderer (autonomy-contract pdf). */
let commandLine: Uint8Array;
/** Printed as the browser prints the contract page a couple opened from their own device. */
let browserPrint: Uint8Array;

beforeAll(async () => {
  schema = await loadSchema();
  const layout = layoutContract(schema);
  const clauses = (await loadClauses(layout)).set;
  lines = agreementLines(renderAgreement(layout, clauses, sampleContract(), "en"));
  wording = await wordingHash(clauses);
  session = await openPdfSession({ siteDir: siteDir() });
  commandLine = await renderContractPdf(session, { jsonText: SAMPLE_TEXT, paper: "a4" });
  browserPrint = await browser().withPage(async (page) => {
    await openContract(page, browser().server.url, SAMPLE_TEXT);
    return page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true });
  });
});
afterAll(async () => {
  await session?.close();
});

describe("the agreement on paper", () => {
  it("says the same sentences, in the same order, from the command line, the browser's print and the engine", () => {
    expect(lines.length).toBeGreaterThan(40);
    for (const [name, pdf] of [["command line", commandLine], ["browser print", browserPrint]] as const) {
      const found = positions(pdfText(pdf), lines);
      expect(lines.filter((_, index) => found[index] === -1), name).toEqual([]);
    }
  });

  it("prints the numbered sections in order, 1 to 7, then the promise, the signatures and, on a page of its own, the schedule", () => {
    const text = pdfText(commandLine);
    const headings = ["1. Our battery packs", "2. Our time together", "3. How we ask for space", "4. When we want different things", "5. Our own worlds", "6. Where space ends and avoidance begins", "7. A deeper we", "Our promise", "Signatures", "Schedule: your answers in full", "The two of you", "Step 1: Your battery packs"];
    expect(positions(text, headings).every((at) => at !== -1)).toBe(true);
    const numbers = lines.flatMap((line) => /^(\d\.\d+) /.exec(line)?.[1] ?? []);
    expect(numbers.slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
    expect(positions(text, numbers.map((number) => `${number} `)).every((at) => at !== -1)).toBe(true);
    const pages = pdfPageTexts(commandLine);
    const schedulePage = pages.findIndex((page) => page.includes("Schedule: your answers in full"));
    expect(schedulePage).toBeGreaterThan(0);
    expect(pages[schedulePage]!.trim().startsWith("Schedule: your answers in full")).toBe(true);
    expect(pages.slice(0, schedulePage).join("").includes("Signatures")).toBe(true);
    // The promise shares the signatures' page.
    expect(pages.findIndex((page) => page.includes("Our promise"))).toBe(pages.findIndex((page) => /Signatures\s/.test(page)));
  });

  it("tags the title, the sections and the schedule as headings, clauses as paragraphs and lists as lists", () => {
    const tree = runTool("pdfinfo", ["-struct-text"], commandLine);
    const kinds = (tag: string) => (tree.match(new RegExp(`^\\s*${tag} \\(block\\)`, "gm")) ?? []).length;
    expect(kinds("H2")).toBe(1);
    // Seven numbered sections, the promise, the signatures, the map of where the two differ and the schedule.
    expect(kinds("H3")).toBe(11);
    expect(kinds("P")).toBeGreaterThanOrEqual(lines.filter((line) => /^\d\.\d+ /.test(line)).length);
    expect(kinds("L")).toBeGreaterThanOrEqual(3);
    expect(kinds("LI")).toBeGreaterThanOrEqual(3 + 3 + 1);
  });

  it("has bookmarks that follow the agreement, then the schedule's steps", async () => {
    const outline = readOutline(await PDFDocument.load(commandLine)).map((mark) => mark.title);
    const wanted = ["1. Our battery packs", "4. When we want different things", "7. A deeper we", "Our promise", "Signatures", "Schedule: your answers in full", "Step 1: Your battery packs", "Step 7: A deeper we"];
    const at = wanted.map((title) => outline.indexOf(title));
    expect(at.every((index) => index !== -1), outline.join(" | ")).toBe(true);
    expect([...at].sort((one, two) => one - two)).toEqual(at);
  });

  it("embeds every font", () => {
    for (const pdf of [commandLine, browserPrint]) expect(pdfFonts(pdf).filter((font) => !font.embedded)).toEqual([]);
  });
});

describe("the wording a PDF was made with", () => {
  it("is recorded beside the fingerprint, and verify takes it for the wording of this release", async () => {
    const info = readDocumentInfo(await PDFDocument.load(commandLine));
    expect(info.wording).toBe(wording);
    expect(info.fingerprint).toBe(sampleContract().signatures.a.fingerprint);
    expect(await verifyContractPdf(commandLine, schema, wording)).toMatchObject({ status: "verified", wordingChanged: false });
  });

  it("is recognised as another wording once the clauses change, and the contract still verifies", async () => {
    const layout = layoutContract(schema);
    const reworded = structuredClone((await loadClauses(layout)).set);
    reworded.rituals!.clauses[0]!.text = reworded.rituals!.clauses[0]!.text.replace("we don’t skip them", "we keep them");
    expect(await verifyContractPdf(commandLine, schema, await wordingHash(reworded))).toEqual({
      status: "verified",
      fingerprint: sampleContract().signatures.a.fingerprint,
      names: ["Maya Okafor", "Jonas Lind"],
      wordingChanged: true,
    });
  });
});
