import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPdfSession, type PdfSession } from "../../src/pdf/pdf-session.ts";
import { renderContractPdf } from "../../src/pdf/render-contract-pdf.ts";
import { siteDir } from "../helpers/built-site.ts";
import { SAMPLE_TEXT } from "../helpers/contracts.ts";
import { mapFixtureText } from "../helpers/map-fixtures.ts";
import { missingGlyphCounts } from "../helpers/pdf-glyphs.ts";
import { pdfFonts, pdfText } from "../helpers/poppler.ts";

let session: PdfSession;
beforeAll(async () => {
  session = await openPdfSession({ siteDir: siteDir() });
});
afterAll(async () => {
  await session?.close();
});

/** A PDF's text on one line. */
function flatText(pdf: Uint8Array): string {
  return pdfText(pdf).replace(/\s+/g, " ");
}

describe("the map of where you differ, in the signed contract PDF", () => {
  let a4: Uint8Array;
  beforeAll(async () => {
    a4 = await renderContractPdf(session, { jsonText: SAMPLE_TEXT, paper: "a4" });
  });

  it("prints the map's pictures and its tables as text", () => {
    const text = flatText(a4);
    expect(text).toContain("Where you meet and where you differ");
    expect(text).toContain("Time alone each week");
    expect(text).toContain("Maya Okafor wants 3.5 hours more a week.");
    expect(text).toContain("Fits: back before the wait gets hard");
    expect(text).toContain("Where your needs meet and differ, in words");
    expect(text).toContain("Your week, together and apart");
    expect(text).toContain("every other Friday, 7 pm, for 3 hours");
  });

  it("puts the map before the schedule, after the signatures", () => {
    const text = flatText(a4);
    const [signatures = -1, map = -1, schedule = -1] = ["By signing, we agree to what this contract says", "Where you meet and where you differ", "Schedule: your answers in full"].map((words) => text.indexOf(words));
    expect(signatures).toBeGreaterThan(-1);
    expect(map).toBeGreaterThan(signatures);
    expect(schedule).toBeGreaterThan(map);
  });

  it("draws its hatching and dots as lines, with no pictures and no Type 3 fonts", () => {
    // Chromium prints SVG patterns as large images and stroked SVG text as Type 3 glyphs.
    expect(pdfFonts(a4).map((font) => font.name)).not.toContain("[none]");
    expect(a4.length).toBeLessThan(400 * 1024);
  });

  it("prints a draft at the largest values with its gaps, and every long name in full in its tables", async () => {
    const pdf = await renderContractPdf(session, { jsonText: mapFixtureText("largest"), paper: "letter", draft: true });
    const text = flatText(pdf);
    expect(text.match(/A gap to talk about/g)?.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain("Bartholomew Jonathan Wolfeschlegelsteinhausenbergerdorff II’s own time");
  });

  it("prints Arabic and Japanese names in the map with real glyphs, not empty boxes", async () => {
    const pdf = await renderContractPdf(session, { jsonText: mapFixtureText("rtl-cjk"), paper: "a4", draft: true });
    expect(flatText(pdf)).toContain("佐藤 健");
    expect((await missingGlyphCounts(pdf)).every((count) => count === 0)).toBe(true);
  });
});
