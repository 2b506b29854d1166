import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFCheckBox, PDFDocument, PDFName, PDFRadioGroup, PDFTextField } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { listPaperFields } from "../../src/layout/paper-fields.ts";
import { FIELD_MARKER, HEADING_MARKER } from "../../src/pdf/field-markers.ts";
import { readLinkMarkers } from "../../src/pdf/link-markers.ts";
import { readFilledWorkbook } from "../../src/pdf-reading/read-filled-workbook.ts";
import { WORKBOOK_PDFS } from "../../src/pdf/workbook-pdfs.ts";
import { loadSchema, SCHEMA_FILE } from "../../src/schema/load-schema.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { readOutline } from "../helpers/pdf-outline.ts";
import { pdfFonts, pdfInfo, pdfPageTexts } from "../helpers/poppler.ts";

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

  it("has a bookmark for each step, opening on the page where its heading lands", () => {
    const outline = readOutline(doc);
    const steps = outline.filter((bookmark) => /^Step \d/.test(bookmark.title));
    expect(steps.map((bookmark) => bookmark.title.match(/^Step (\d)/)![1])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    for (const bookmark of steps) expect(pages[bookmark.page - 1]).toContain(bookmark.title);
  });

  it("lists in its table of contents the pages where the headings land", () => {
    // The bookmarks come from Chromium's own outline, independent of the table of
    // contents: each entry must print the page its bookmark opens.
    const contents = pages.findIndex((text) => /Contents/.test(text));
    expect(contents).toBeGreaterThanOrEqual(0);
    const toc = pages.slice(contents, contents + 2).join("\n").replace(/\s+/g, " ");
    const headings = readOutline(doc).filter((bookmark) => bookmark.depth <= 1 && bookmark.page > contents + 1);
    const listed = headings.filter((bookmark) => toc.includes(bookmark.title.replace(/\s+/g, " ")));
    expect(listed.length).toBeGreaterThanOrEqual(9); // seven steps, the practice cards, the signature page
    for (const bookmark of listed) {
      const title = bookmark.title.replace(/\s+/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(toc).toMatch(new RegExp(`${title}[ .·]*${bookmark.page}(\\s|$)`));
    }
  });

  it("keeps no marker link", () => {
    expect(readLinkMarkers(doc, FIELD_MARKER)).toEqual([]);
    expect(readLinkMarkers(doc, HEADING_MARKER)).toEqual([]);
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
      expect(schema.leaves.filter((leaf) => !/^schemaVersion$|\.fingerprint$|\.strokes$|\.method$/.test(leaf.path)).map((leaf) => leaf.path)).toEqual(
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
        else if (field.kind === "choice") form.getRadioGroup(field.name).select(value);
        else if (field.kind === "check") value && form.getCheckBox(field.name).check();
        else form.getTextField(field.name).setText(String(value));
      }
      const filled = await doc.save();
      const data = (await readFilledWorkbook(filled, schema, listPaperFields(schema))) as Record<string, any>;
      const expected = sampleContract();
      for (const partner of ["a", "b"]) expected.signatures[partner] = { method: "Typed", name: expected.signatures[partner].name, date: expected.signatures[partner].date };
      expect(data).toEqual(expected);
    });
  } else {
    it("has no form fields: it is for pen and paper", () => {
      expect(doc.getForm().getFields()).toEqual([]);
    });
  }
});

describe("the download links", () => {
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
