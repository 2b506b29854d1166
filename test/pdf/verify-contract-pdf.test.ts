import { PDFDocument } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { groupFingerprint } from "../../src/contract/signature-state.ts";
import { attachContract, readContractAttachment } from "../../src/pdf/contract-attachment.ts";
import { readDocumentInfo, setDocumentInfo } from "../../src/pdf/document-info.ts";
import { extractPageTexts } from "../../src/pdf/extract-page-text.ts";
import { finishContractPdf } from "../../src/pdf/finish-contract-pdf.ts";
import { verifyContractPdf } from "../../src/pdf/verify-contract-pdf.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema, SCHEMA_FILE } from "../../src/schema/load-schema.ts";
import { SAMPLE_TEXT } from "../helpers/contracts.ts";
import { htmlPage, SAMPLE, usePrinter } from "../helpers/pdf-fixtures.ts";
import { runTool } from "../helpers/poppler.ts";

const OTHER = "0123456789abcdef".repeat(4);
/** The hash of the wording the finished PDF says its agreement was written with, and another one. */
const WORDING = "ab".repeat(32);
const NEWER_WORDING = "cd".repeat(32);

/**
 * Three sheets whose footers print the fingerprint as the contract page will:
 * grouped by spaces on the first, in one piece on the second, wrapped onto two lines on the third.
 */
function contractHtml(hex: string, third = hex): string {
  const footer = (text: string, style = "") => `<footer style="position:absolute;bottom:10mm;left:20mm;${style}">${text}</footer>`;
  return htmlPage(`
    <section class="sheet"><h1>Our Autonomy Contract</h1><p>Maya Okafor and Jonas Lind</p>${footer(`Fingerprint: ${groupFingerprint(hex)}`)}</section>
    <section class="sheet"><h2>Signatures</h2>${footer(`Fingerprint: ${hex}`)}</section>
    <section class="sheet"><h2>Notes</h2>${footer(`Fingerprint: ${groupFingerprint(third)}`, "width:60mm")}</section>`);
}

describe("finishContractPdf and verifyContractPdf", () => {
  const print = usePrinter();
  let schema: CompiledSchema;
  let hex: string;
  let finished: Uint8Array;
  let printedBadly: Uint8Array;
  let plain: Uint8Array;
  const finish = (bytes: Uint8Array) =>
    finishContractPdf(bytes, { jsonText: SAMPLE_TEXT, fingerprint: hex, wording: WORDING, title: "Autonomy Contract: Maya Okafor and Jonas Lind", names: ["Maya Okafor", "Jonas Lind"] });

  beforeAll(async () => {
    schema = await loadSchema(SCHEMA_FILE);
    hex = await fingerprint(SAMPLE);
    finished = await finish(await print(contractHtml(hex)));
    printedBadly = await finish(await print(contractHtml(hex, OTHER)));
    plain = await print(htmlPage("<h1>Not a contract</h1>"));
  });

  it("keeps Chromium's tags and bookmarks, embeds every font, and writes a sound file", () => {
    const info = runTool("pdfinfo", [], finished);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Autonomy Contract: Maya Okafor and Jonas Lind$/m);
    expect(info).toMatch(/^Author:\s+Maya Okafor and Jonas Lind$/m);
    expect(runTool("pdfinfo", ["-struct"], finished)).toMatch(/H1/);
    expect(runTool("qpdf", ["--check"], finished)).toMatch(/No syntax or stream encoding errors/);
    const fonts = runTool("pdffonts", [], finished).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe("yes");
  });

  it("attaches the JSON and records the fingerprint in the document info", async () => {
    const pdf = await PDFDocument.load(finished);
    expect(readContractAttachment(pdf)).toBe(SAMPLE_TEXT);
    expect(readDocumentInfo(pdf)).toMatchObject({ fingerprint: hex, language: "en", subject: "Autonomy Contract" });
  });

  it("records the hash of the agreement's wording beside the fingerprint, under its own key and among the keywords", async () => {
    const pdf = await PDFDocument.load(finished);
    expect(readDocumentInfo(pdf).wording).toBe(WORDING);
    expect(runTool("pdfinfo", [], finished)).toMatch(new RegExp(`^Keywords:.*fingerprint: ${hex}; wording: ${WORDING}$`, "m"));
    // The wording is not one of the keywords people gave the document.
    expect(readDocumentInfo(pdf).keywords).not.toContain(`wording: ${WORDING}`);
  });

  it("extracts each page's text, fingerprint footer included", async () => {
    const pages = await extractPageTexts(finished);
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain(`Fingerprint: ${hex}`);
  });

  it("verifies the finished PDF of the sample contract", async () => {
    expect(await verifyContractPdf(finished, schema, WORDING)).toEqual({ status: "verified", fingerprint: hex, names: ["Maya Okafor", "Jonas Lind"], wordingChanged: false });
  });

  it("verifies a PDF whose agreement was written with another wording, and says the wording changed", async () => {
    expect(await verifyContractPdf(finished, schema, NEWER_WORDING)).toEqual({ status: "verified", fingerprint: hex, names: ["Maya Okafor", "Jonas Lind"], wordingChanged: true });
  });

  it("takes a PDF that records no wording (made before the agreement was in sentences) as made with another wording", async () => {
    const pdf = await PDFDocument.load(finished);
    setDocumentInfo(pdf, { ...readDocumentInfo(pdf), wording: undefined });
    const older = await pdf.save();
    expect(readDocumentInfo(await PDFDocument.load(older)).wording).toBeUndefined();
    expect(await verifyContractPdf(older, schema, WORDING)).toMatchObject({ status: "verified", wordingChanged: true });
  });

  it("reports a changed contract when the attached JSON was altered", async () => {
    const pdf = await PDFDocument.load(finished);
    const altered = { ...SAMPLE, guardrails: { ...SAMPLE.guardrails, longestPause: "A week" } };
    await attachContract(pdf, JSON.stringify(altered));
    const result = await verifyContractPdf(await pdf.save(), schema);
    const current = await fingerprint(altered);
    expect(result.status).toBe("changed");
    const problems = result.status === "changed" ? result.problems : [];
    expect(problems).toContain("signatures.a.fingerprint: Maya Okafor signed an earlier version of this contract: sign again");
    expect(problems).toContain(`the document information gives fingerprint ${hex}, the attached contract's is ${current}`);
    expect(problems).toContain(`page 3 prints fingerprint ${hex}, the attached contract's is ${current}`);
  });

  it("reports the page that prints another fingerprint", async () => {
    expect(await verifyContractPdf(printedBadly, schema)).toEqual({
      status: "changed",
      problems: [`page 3 prints fingerprint ${OTHER}, the attached contract's is ${hex}`],
    });
  });

  it("reports a fingerprint in the document info that is not the contract's", async () => {
    const pdf = await PDFDocument.load(finished);
    setDocumentInfo(pdf, { ...readDocumentInfo(pdf), fingerprint: OTHER });
    expect(await verifyContractPdf(await pdf.save(), schema)).toEqual({
      status: "changed",
      problems: [`the document information gives fingerprint ${OTHER}, the attached contract's is ${hex}`],
    });
  });

  it("says a plain PDF, or bytes that are no PDF, is not a contract", async () => {
    expect(await verifyContractPdf(plain, schema)).toEqual({ status: "not-a-contract", reason: "the PDF has no attached contract.json" });
    expect((await verifyContractPdf(new TextEncoder().encode("hello"), schema)).status).toBe("not-a-contract");
  });
});
