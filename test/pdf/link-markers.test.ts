import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFObject } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { readLinkMarkers, removeLinkMarkers } from "../../src/pdf/link-markers.ts";
import { htmlPage, mm, PAGE_HEIGHT, usePrinter } from "../helpers/pdf-fixtures.ts";
import { runTool } from "../helpers/poppler.ts";

const PREFIX = "https://field.invalid/";

/** Two sheets: one marker on the first, two on the second, and an ordinary link. */
const HTML = htmlPage(`
  <section class="sheet"><h1>First</h1>
    <a href="${PREFIX}couple.a.name" style="left:20mm;top:30mm;width:80mm;height:10mm"></a></section>
  <section class="sheet"><h1>Second</h1>
    <a href="${PREFIX}rituals.list.0.frequency/2" style="left:40mm;top:100mm;width:5mm;height:5mm"></a>
    <a href="${PREFIX}deeperWe.a.admire" style="left:10mm;top:200mm;width:150mm;height:30mm"></a>
    <p style="position:absolute;top:250mm"><a href="https://example.org/">an ordinary link</a></p></section>`);

/** A rectangle expected from CSS millimetres, top-left based, in PDF points from the bottom left. */
function cssRect(left: number, top: number, width: number, height: number) {
  return { x: mm(left), y: PAGE_HEIGHT - mm(top + height), width: mm(width), height: mm(height) };
}

function expectNear(actual: { x: number; y: number; width: number; height: number }, expected: typeof actual) {
  // Chromium snaps boxes to whole CSS pixels (0.75 pt).
  for (const key of ["x", "y", "width", "height"] as const) expect(Math.abs(actual[key] - expected[key])).toBeLessThan(1);
}

describe("link markers", () => {
  const print = usePrinter();
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await print(HTML);
  });

  it("reads each marker on its own page, with the rectangle the CSS gave it", async () => {
    const markers = readLinkMarkers(await PDFDocument.load(bytes), PREFIX);
    expect(markers.map(({ url, pageIndex }) => ({ url, pageIndex }))).toEqual([
      { url: `${PREFIX}couple.a.name`, pageIndex: 0 },
      { url: `${PREFIX}rituals.list.0.frequency/2`, pageIndex: 1 },
      { url: `${PREFIX}deeperWe.a.admire`, pageIndex: 1 },
    ]);
    expectNear(markers[0]!.rect, cssRect(20, 30, 80, 10));
    expectNear(markers[1]!.rect, cssRect(40, 100, 5, 5));
    expectNear(markers[2]!.rect, cssRect(10, 200, 150, 30));
  });

  it("leaves out links that do not start with the prefix", async () => {
    const markers = readLinkMarkers(await PDFDocument.load(bytes), "https://example.org/");
    expect(markers.map((marker) => marker.url)).toEqual(["https://example.org/"]);
  });

  it("removes the markers, keeps other links, and the file stays tagged and sound", async () => {
    const pdf = await PDFDocument.load(bytes);
    expect(removeLinkMarkers(pdf, PREFIX)).toBe(3);
    const saved = await pdf.save();
    const again = await PDFDocument.load(saved);
    expect(readLinkMarkers(again, PREFIX)).toEqual([]);
    expect(readLinkMarkers(again, "https://example.org/")).toHaveLength(1);
    expect(runTool("pdfinfo", [], saved)).toMatch(/^Tagged:\s+yes$/m);
    expect(runTool("qpdf", ["--check"], saved)).toMatch(/No syntax or stream encoding errors/);
  });

  it("drops the structure tree's references to the removed markers and keeps the others", async () => {
    const pdf = await PDFDocument.load(bytes);
    expect(taggedLinks(pdf).filter((uri) => uri.startsWith(PREFIX))).toHaveLength(3);
    removeLinkMarkers(pdf, PREFIX);
    expect(taggedLinks(pdf)).toEqual(["https://example.org/"]);
  });
});

/** The URIs of the annotations the structure tree's OBJR entries point to, in tree order. */
function taggedLinks(pdf: PDFDocument): string[] {
  const uris: string[] = [];
  const visit = (node: PDFObject | undefined): void => {
    const object = node && pdf.context.lookup(node);
    if (object instanceof PDFArray) return object.asArray().forEach(visit);
    if (!(object instanceof PDFDict)) return;
    if (object.lookup(PDFName.of("Type")) === PDFName.of("OBJR")) {
      const uri = object.lookup(PDFName.of("Obj"), PDFDict).lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("URI"));
      uris.push(uri instanceof PDFString ? uri.decodeText() : String(uri));
      return;
    }
    visit(object.get(PDFName.of("K")));
  };
  visit(pdf.catalog.get(PDFName.of("StructTreeRoot")));
  return uris;
}
