import { PDFDocument } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContractAttachment } from "../../src/pdf/contract-attachment.ts";
import { openPdfSession, type PdfSession } from "../../src/pdf/pdf-session.ts";
import { renderContractPdf } from "../../src/pdf/render-contract-pdf.ts";
import { siteDir } from "../helpers/built-site.ts";
import { resign, SAMPLE_TEXT, sampleContract } from "../helpers/contracts.ts";
import { pdfFonts, pdfInfo, pdfPageTexts, pdfText, runTool } from "../helpers/poppler.ts";
import { startSentinelServer, type SentinelServer } from "../helpers/sentinel-server.ts";

/** How many line and curve segments a PDF's pages draw (content streams uncompressed by qpdf). */
function pathSegments(pdf: Uint8Array): number {
  const plain = runTool("qpdf", ["--qdf", "--object-streams=disable"], pdf, ["-"]);
  return plain.match(/^(?:-?[\d.]+ ){2}l$|^(?:-?[\d.]+ ){6}c$/gm)?.length ?? 0;
}

const SAMPLE_FINGERPRINT = "44fa935966df306ddde66c3f830e5cb57c6e325b60e062e9d79cfcb28b45abf3";

let session: PdfSession;
let sentinel: SentinelServer;
beforeAll(async () => {
  [session, sentinel] = await Promise.all([openPdfSession({ siteDir: siteDir() }), startSentinelServer()]);
});
afterAll(async () => {
  await Promise.all([session?.close(), sentinel?.close()]);
});

describe("the signed contract PDF", () => {
  let a4: Uint8Array;
  beforeAll(async () => {
    a4 = await renderContractPdf(session, { jsonText: SAMPLE_TEXT, paper: "a4" });
  });

  it("prints the fingerprint and the page number as n / N in every page's footer", () => {
    const pages = pdfPageTexts(a4);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text).toContain(`Fingerprint: ${SAMPLE_FINGERPRINT}`);
      expect(text).toMatch(new RegExp(`\\b${index + 1}\\s*/\\s*${pages.length}\\b`));
    });
  });

  it("names both partners in its title and carries the fingerprint in its metadata", async () => {
    const info = pdfInfo(a4);
    expect(info.Title).toBe("Autonomy Contract between Maya Okafor and Jonas Lind");
    expect(info.Author).toContain("Maya Okafor");
    expect(info.Author).toContain("Jonas Lind");
    const doc = await PDFDocument.load(a4);
    expect(`${doc.getKeywords()} ${doc.getSubject()}`).toContain(SAMPLE_FINGERPRINT);
  });

  it("carries the contract JSON, exactly as given, as an attachment", async () => {
    expect(readContractAttachment(await PDFDocument.load(a4))).toBe(SAMPLE_TEXT);
  });

  it("stays tagged, with every font embedded, on A4", () => {
    const info = pdfInfo(a4);
    expect(info.Tagged).toBe("yes");
    expect(info["Page size"]).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = pdfFonts(a4);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it("prints on Letter when asked", async () => {
    const letter = await renderContractPdf(session, { jsonText: SAMPLE_TEXT, paper: "letter" });
    expect(pdfInfo(letter)["Page size"]).toMatch(/612 x 792 pts \(letter\)/);
  });

  it("redraws a drawn signature from its strokes, as vector paths", async () => {
    // Maya's drawn signature is an SVG path of many points: Chromium prints it as path
    // segments. The same contract with her signature typed draws none of them.
    const typed = sampleContract();
    typed.signatures.a.strokes = [];
    typed.signatures.a.method = "Typed";
    const withoutDrawing = await renderContractPdf(session, { jsonText: JSON.stringify(await resign(typed)), paper: "a4" });
    const points = sampleContract().signatures.a.strokes.flat().length;
    expect(points).toBeGreaterThan(20);
    expect(pathSegments(a4) - pathSegments(withoutDrawing)).toBeGreaterThanOrEqual(points / 2);
  });
});

describe("hostile text in a contract", () => {
  const hostile = (target: string) => ({
    "batteryPack.a.needInOneSentence": `<img src="${target}/img"> <a href="file:///etc/passwd">passwd</a>`,
    "batteryPack.a.otherActivities": `<link rel="stylesheet" href="${target}/link.css"><iframe src="file:///etc/passwd"></iframe>`,
    "batteryPack.a.lowBatterySigns": `</p><script>fetch("${target}/script")</script><style>@import url("${target}/import.css"); body { background: url(${target}/bg.png) }</style>`,
    "rituals.checkIn.questions": `body { background-image: url("${target}/css-url.png") } @import "${target}/at-import.css";`,
    "deeperWe.b.admire": `<svg><image href="${target}/svg-image"/></svg><object data="${target}/object"></object>`,
  });

  it("reaches nothing, and the PDF shows every character of it literally", async () => {
    const data = sampleContract();
    const fields = hostile(sentinel.url);
    for (const [path, text] of Object.entries(fields)) {
      const keys = path.split(".");
      let target = data;
      for (const key of keys.slice(0, -1)) target = target[key];
      target[keys.at(-1)!] = text;
    }
    const pdf = await renderContractPdf(session, { jsonText: JSON.stringify(await resign(data)), paper: "a4" });
    expect(sentinel.requests).toEqual([]);
    // pdftotext breaks long lines where the page did: compare without whitespace.
    const printed = pdfText(pdf, { raw: true }).replace(/\s+/g, "");
    for (const text of Object.values(fields)) expect(printed).toContain(text.replace(/\s+/g, ""));
    // Inside the agreement's sentences too, between the clause's own words.
    expect(printed).toContain(`MayaOkafor’sneed,inonesentence:“${fields["batteryPack.a.needInOneSentence"]}”`.replace(/\s+/g, ""));
    expect(printed).toContain(`withthesequestions:“${fields["rituals.checkIn.questions"]}”`.replace(/\s+/g, ""));
  });
});
