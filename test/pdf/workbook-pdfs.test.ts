import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFCheckBox, PDFDocument, PDFName, PDFRadioGroup, PDFTextField } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { listPaperFields } from "../../src/layout/paper-fields.ts";
import { FIELD_MARKER, FILL_MARKER, HEADING_MARKER } from "../../src/pdf/field-markers.ts";
import { readLinkMarkers } from "../../src/pdf/link-markers.ts";
import { readFilledWorkbook } from "../../src/pdf-reading/read-filled-workbook.ts";
import { WORKBOOK_PDFS } from "../../src/pdf/workbook-pdfs.ts";
import { loadSchema, SCHEMA_FILE } from "../../src/schema/load-schema.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { readOutline } from "../helpers/pdf-outline.ts";
import { pdfFonts, pdfInfo, pdfPageGray, pdfPageTexts, pdfWords } from "../helpers/poppler.ts";
import { partnerOf } from "../../src/layout/contract-names.ts";

const SIZES = { a4: /595\.\d+ x 841\.\d+ pts \(A4\)/, letter: /612 x 792 pts \(letter\)/ };

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema(SCHEMA_FILE);
});

const read = (file: string) => new Uint8Array(readFileSync(path.join(siteDir(), "downloads", file)));

describe.each(WORKBOOK_PDFS)("$file", (pdf) => {
  let bytes: Uint8Array;
  let doc: PDFDocument;
  let pages: string[];
  beforeAll(async () => {
    bytes = read(pdf.file);
    doc = await PDFDocument.load(bytes);
    pages = pdfPageTexts(bytes);
  });

  it(`is on ${pdf.paper} paper, tagged, with its title, author, subject and language`, () => {
    const info = pdfInfo(bytes);
    expect(info["Page size"]).toMatch(SIZES[pdf.paper]);
    expect(info.Tagged).toBe("yes");
    expect(info.Title).toBe(pdf.title);
    expect(info.Author).toBe("Autonomy Contract");
    expect(info.Subject).toMatch(/workbook/i);
    expect(String(doc.catalog.lookup(PDFName.of("Lang")))).toMatch(/en/);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it("embeds every font it uses", () => {
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('numbers every page "n / N"', () => {
    pages.forEach((text, index) => expect(text).toMatch(new RegExp(`(^|\\s)${index + 1}\\s*/\\s*${pages.length}(\\s|$)`)));
  });

  it("has a bookmark for each step (in each part of its own), opening on the page where its heading lands", () => {
    const outline = readOutline(doc);
    const steps = outline.filter((bookmark) => /^Step \d/.test(bookmark.title));
    const numbers = steps.map((bookmark) => bookmark.title.match(/^Step (\d)/)![1]);
    // Side by side, each step once; one sheet each, a partner's steps twice (one per partner), then all seven together.
    expect(numbers).toEqual(pdf.edition === "joint" ? ["1", "2", "3", "4", "5", "6", "7"] : ["1", "3", "5", "7", "1", "3", "5", "7", "1", "2", "3", "4", "5", "6", "7"]);
    for (const bookmark of steps) expect(pages[bookmark.page - 1]).toContain(bookmark.title);
  });

  it("prints no character limits, no stored date formats, and no words for the screen", () => {
    const text = pages.join("\n");
    expect(text).not.toMatch(/characters|YYYY|HH:MM|on your own device|in this browser/i);
    // The cover's dates: a box each for the day, the month and the year, named in that order.
    const cover = pdfWords(bytes, 1).filter((word) => ["Day", "Month", "Year"].includes(word.text));
    expect(cover.map((word) => word.text)).toEqual(["Day", "Month", "Year", "Day", "Month", "Year"]);
    expect(cover[0]!.x < cover[1]!.x && cover[1]!.x < cover[2]!.x).toBe(true);
  });

  it("prints the practice cards four to a page, two side by side", () => {
    const first = pages.findIndex((text) => text.includes("Practice cards") && text.includes("Cut along the marks"));
    expect(first).toBeGreaterThan(0);
    const words = pdfWords(bytes, first + 1);
    const titles = ["Micro-reassurances", "Rituals", "Self-regulation", "Somatic"].map((title) => words.find((word) => word.text === title));
    expect(titles.every(Boolean)).toBe(true);
    const [a, b, c, d] = titles as { x: number; y: number }[];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
    expect(b!.x - a!.x).toBeGreaterThan(200); // 85 mm cards with 8 mm between: 264 pt apart
    expect(c!.y - a!.y).toBeGreaterThan(300); // 105 mm cards and 8 mm between: 320 pt from one row to the next
    expect(Math.abs(c!.x - a!.x)).toBeLessThan(1);
    expect(Math.abs(d!.y - c!.y)).toBeLessThan(1);
  });

  it("lists in its table of contents the pages where the headings land", () => {
    // The bookmarks come from Chromium's own outline, independent of the table of
    // contents: each entry must print the page its bookmark opens.
    const contents = pages.findIndex((text) => /Contents/.test(text));
    expect(contents).toBeGreaterThanOrEqual(0);
    const toc = pages.slice(contents, contents + 2).join("\n").replace(/\s+/g, " ");
    const headings = readOutline(doc).filter((bookmark) => bookmark.depth <= 1 && bookmark.page > contents + 1);
    const listed = headings.filter((bookmark) => toc.includes(bookmark.title.replace(/\s+/g, " ")));
    // Side by side: seven steps, the signature page, the practice cards; one sheet each: each partner's pages, together, and those two.
    expect(listed.length).toBeGreaterThanOrEqual(pdf.edition === "joint" ? 9 : 5);
    for (const bookmark of listed) {
      const title = bookmark.title.replace(/\s+/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(toc).toMatch(new RegExp(`${title}[ .·]*${bookmark.page}(\\s|$)`));
    }
  });

  it("keeps no marker link", () => {
    expect(readLinkMarkers(doc, FIELD_MARKER)).toEqual([]);
    expect(readLinkMarkers(doc, HEADING_MARKER)).toEqual([]);
    expect(readLinkMarkers(doc, FILL_MARKER)).toEqual([]);
  });

  it("ends each step's last page with room for notes down to the page's margin, not blank paper", () => {
    const outline = readOutline(doc);
    // The page before each part that starts a page of its own is the last page of the part before it.
    const parts = pdf.edition === "joint" ? /^(Step \d|Signatures)/ : /^(Together|Signatures)$/;
    const starts = outline.filter((bookmark) => bookmark.depth <= 1 && parts.test(bookmark.title)).map((bookmark) => bookmark.page);
    const lastPages = pdf.edition === "joint" ? starts.slice(1).map((page) => page - 1) : [starts[starts.length - 1]! - 1];
    expect(lastPages.length).toBe(pdf.edition === "joint" ? 7 : 1);
    for (const page of lastPages) {
      expect(pages[page - 1]).toContain("Notes for the therapist");
      const picture = pdfPageGray(bytes, page, 36);
      // The lowest ink above the page number's band (the bottom 15 mm): the notes box's dashed edge.
      const band = Math.round((15 / 25.4) * picture.dpi);
      let lowest = 0;
      for (let row = picture.height - band; row > 0 && lowest === 0; row--) {
        for (let column = 0; column < picture.width; column++) if ((picture.pixels[row * picture.width + column] ?? 255) < 128) lowest = row;
      }
      const fromBottomMm = ((picture.height - lowest) / picture.dpi) * 25.4;
      // Within the 20 mm margin never; and at most about a centimetre of paper left above it.
      expect(fromBottomMm, `page ${page}`).toBeGreaterThan(19);
      expect(fromBottomMm, `page ${page}`).toBeLessThan(32);
    }
  });

  if (pdf.fillable) {
    it("has one form field per paper field of the schema, named by its path", () => {
      const expected = listPaperFields(schema).flatMap((field) =>
        field.kind === "choices" ? field.options.map((_, index) => `${field.name}.${index}`) : [field.name],
      );
      const names = doc.getForm().getFields().map((field) => field.getName());
      expect(names.sort()).toEqual([...expected].sort());
      // Every answer of the schema that can be written on paper has a field.
      const leaves = new Set(listPaperFields(schema).map((field) => field.leaf));
      // Not on paper: the version and the values kept at the root (no dot), how a signature was made on screen.
      expect(schema.leaves.filter((leaf) => leaf.path.includes(".") && !/\.fingerprint$|\.strokes$|\.method$/.test(leaf.path)).map((leaf) => leaf.path)).toEqual(
        [...leaves],
      );
    });

    it("gives each field a widget on a page, and the right kind", () => {
      const fields = new Map(listPaperFields(schema).map((field) => [field.name, field]));
      for (const field of doc.getForm().getFields()) {
        expect(field.acroField.getWidgets().length).toBeGreaterThan(0);
        const paper = fields.get(field.getName()) ?? fields.get(field.getName().replace(/\.\d+$/, ""));
        expect(paper, field.getName()).toBeDefined();
        const kind = paper!.kind;
        if (kind === "choice") expect(field).toBeInstanceOf(PDFRadioGroup);
        else if (kind === "choices" || kind === "check") expect(field).toBeInstanceOf(PDFCheckBox);
        else expect(field).toBeInstanceOf(PDFTextField);
      }
    });

    it("gives back the answers typed into it", async () => {
      const sample = sampleContract();
      const form = doc.getForm();
      for (const field of listPaperFields(schema)) {
        const value = field.name.split(".").reduce<any>((node, key) => node?.[key], sample);
        if (value === undefined) continue;
        if (field.kind === "choices") (value as string[]).forEach((option) => form.getCheckBox(`${field.name}.${field.options.indexOf(option)}`).check());
        // A yes or no is the choice of Yes or No on paper.
        else if (field.kind === "choice") form.getRadioGroup(field.name).select(typeof value === "boolean" ? (value ? "Yes" : "No") : value);
        else if (field.kind === "check") value && form.getCheckBox(field.name).check();
        // A date is written in its eight boxes: day, month, year.
        else if (field.kind === "date") form.getTextField(field.name).setText(String(value).split("-").reverse().join(""));
        else form.getTextField(field.name).setText(String(value));
      }
      const filled = await doc.save();
      const data = (await readFilledWorkbook(filled, schema, listPaperFields(schema))) as Record<string, any>;
      // The contract's version is kept by the workbook, never written on paper.
      const { contractVersion: _kept, ...expected } = sampleContract();
      for (const partner of ["a", "b"]) expected.signatures[partner] = { method: "Typed", name: expected.signatures[partner].name, date: expected.signatures[partner].date };
      expect(data).toEqual(expected);
    });

    it("frames each answer of several lines as a box over its printed rules, which typed lines could not follow", () => {
      const multiline = listPaperFields(schema).filter((field) => field.kind === "text" && field.lines > 1);
      expect(multiline.length).toBeGreaterThan(10);
      const rendered = new Map<number, ReturnType<typeof pdfPageGray>>();
      for (const field of multiline.slice(0, 12)) {
        const widget = doc.getForm().getTextField(field.name).acroField.getWidgets()[0]!;
        const page = doc.getPages().findIndex((candidate) => candidate.ref === widget.P()) + 1;
        const picture = rendered.get(page) ?? pdfPageGray(bytes, page, 72);
        rendered.set(page, picture);
        const { x, y, width, height } = widget.getRectangle();
        // Inside the frame, well clear of its edge: paper white, with no ruled line showing through.
        const darkest = Math.min(...Array.from({ length: 20 }, (_, row) => picture.at(x + width / 2, y + 4 + ((height - 8) * row) / 19)));
        expect(darkest, field.name).toBeGreaterThan(230);
      }
    });

    it("takes a date as eight characters, one per printed box", () => {
      for (const field of listPaperFields(schema).filter((candidate) => candidate.kind === "date")) {
        const text = doc.getForm().getTextField(field.name);
        expect([text.getMaxLength(), text.isCombed()], field.name).toEqual([8, true]);
      }
    });

    if (pdf.edition === "each") {
      it("puts on each partner's pages that partner's fields only, and on the pages together no partner's", () => {
        const outline = readOutline(doc).filter((bookmark) => bookmark.depth <= 1);
        const start = (title: string) => outline.find((bookmark) => bookmark.title === title)!.page;
        const parts = { a: [start("Partner A’s pages"), start("Partner B’s pages")], b: [start("Partner B’s pages"), start("Together")], together: [start("Together"), start("Signatures")] };
        const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
        const onPages = (from: number, to: number) =>
          doc.getForm().getFields().filter((field) => field.acroField.getWidgets().some((widget) => {
            const page = pageOf.get(widget.P()?.toString() ?? "") ?? 0;
            return page >= from && page < to;
          })).map((field) => field.getName());
        for (const partner of ["a", "b"] as const) {
          const names = onPages(parts[partner][0]!, parts[partner][1]!);
          expect(names.length).toBeGreaterThan(15);
          expect(names.filter((name) => partnerOf(name) !== partner)).toEqual([]);
        }
        const together = onPages(parts.together[0]!, parts.together[1]!);
        expect(together.length).toBeGreaterThan(10);
        expect(together.filter((name) => partnerOf(name) !== undefined)).toEqual([]);
      });
    }
  } else {
    it("has no form fields: it is for pen and paper", () => {
      expect(doc.getForm().getFields()).toEqual([]);
    });
  }
});

describe("the download links", () => {
  it("offer eight PDFs, two editions, each to print and to fill in, on A4 and US Letter", () => {
    const workbook = builtPages().find((page) => page.url === "/workbook/")!;
    const groups = [...workbook.document.querySelectorAll(".download-edition")].map((heading) => [heading.textContent, heading.nextElementSibling?.nextElementSibling?.querySelectorAll("a").length]);
    expect(groups).toEqual([
      ["Workbook, side by side", 4],
      ["Workbook, one sheet each", 4],
    ]);
    expect(WORKBOOK_PDFS).toHaveLength(8);
  });

  it("list each workbook PDF with its size and page count", () => {
    const workbook = builtPages().find((page) => page.url === "/workbook/")!;
    for (const pdf of WORKBOOK_PDFS) {
      const link = workbook.document.querySelector(`a[href="/downloads/${pdf.file}"]`);
      expect(link?.textContent).toBe(pdf.title);
      const size = link?.parentElement?.querySelector(".download-size")?.textContent ?? "";
      const bytes = read(pdf.file).byteLength;
      expect(size).toMatch(/^\(PDF, \d+(\.\d)? [KM]B, \d+ pages\)$/);
      expect(size).toContain(`${Math.round(bytes / 1024)} KB`);
    }
  });
});
