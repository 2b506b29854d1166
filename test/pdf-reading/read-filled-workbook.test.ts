import { PDFDocument } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { getAt, parsePath } from "../../src/contract/field-path.ts";
import type { PaperField } from "../../src/layout/paper-fields.ts";
import { addFormFields } from "../../src/pdf/add-form-fields.ts";
import { ContractPdfError } from "../../src/pdf-reading/contract-pdf-error.ts";
import { readFilledWorkbook } from "../../src/pdf-reading/read-filled-workbook.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema, SCHEMA_FILE } from "../../src/schema/load-schema.ts";
import { listPaperFields } from "../../src/layout/paper-fields.ts";
import { htmlPage, markersHtml, SAMPLE, usePrinter } from "../helpers/pdf-fixtures.ts";

/** Where each sample list row is typed: rituals skip row 1, own moves skip row 0, so rows must close up. */
const ROW_OF: Record<string, number[]> = { "rituals.list": [0, 2, 3], "defaultMoves.ownMoves": [1] };

/** The sample value a workbook field should hold, the list rows moved as ROW_OF says. */
function sampleValue(name: string): unknown {
  for (const [list, rows] of Object.entries(ROW_OF)) {
    if (!name.startsWith(`${list}.`)) continue;
    const [row, ...rest] = name.slice(list.length + 1).split(".");
    const index = rows.indexOf(Number(row));
    return index === -1 ? undefined : getAt(SAMPLE, [...parsePath(list), index, ...rest.map((part) => part)]);
  }
  return getAt(SAMPLE, parsePath(name));
}

/** A stored date as it is written in the paper's boxes: day, month and year digits, in that order. */
const inBoxes = (iso: string) => iso.split("-").reverse().join("");

/** Types the sample contract into the workbook's fields, as a person with a PDF viewer would. */
function fill(pdf: PDFDocument, fields: PaperField[], override: Record<string, string> = {}): void {
  const form = pdf.getForm();
  for (const field of fields) {
    const value = field.name in override ? override[field.name] : sampleValue(field.name);
    if (value === undefined || value === "" || /^signatures\.[ab]\.method$/.test(field.name)) continue;
    if (field.kind === "check") {
      if (value === true) form.getCheckBox(field.name).check();
    } else if (field.kind === "choice") {
      // A yes or no is printed as the choice of Yes or No.
      form.getRadioGroup(field.name).select(typeof value === "boolean" ? (value ? "Yes" : "No") : String(value));
    } else if (field.kind === "date") {
      form.getTextField(field.name).setText(field.name in override ? String(value) : inBoxes(String(value)));
    } else if (field.kind === "choices") {
      field.options.forEach((option, index) => {
        if ((value as string[]).includes(option)) form.getCheckBox(`${field.name}.${index}`).check();
      });
    } else {
      // Stray spaces, as people type them, where the field's length allows.
      const text = String(value);
      form.getTextField(field.name).setText(text.length + 3 <= (field.maxLength ?? Infinity) ? `  ${text} ` : text);
    }
  }
}

describe("readFilledWorkbook", () => {
  const print = usePrinter();
  let schema: CompiledSchema;
  let fields: PaperField[];
  let workbook: Uint8Array;
  let plain: Uint8Array;
  beforeAll(async () => {
    schema = await loadSchema(SCHEMA_FILE);
    fields = listPaperFields(schema);
    workbook = await print(markersHtml(fields));
    plain = await print(htmlPage("<h1>Just a page</h1><p>No form here.</p>"));
  });

  async function filled(override: Record<string, string> = {}): Promise<Uint8Array> {
    const pdf = await PDFDocument.load(workbook);
    await addFormFields(pdf, fields);
    fill(pdf, fields, override);
    return pdf.save();
  }

  it("turns the typed sample contract back into its data, signatures as typed names without fingerprints", async () => {
    const data = await readFilledWorkbook(await filled(), schema, fields);
    const { a, b, witness } = SAMPLE.signatures;
    // The contract's version is kept by the workbook, never written on paper.
    const { contractVersion: _kept, ...answers } = SAMPLE;
    expect(data).toEqual({
      ...answers,
      signatures: {
        a: { method: "Typed", name: a.name, date: a.date },
        b: { method: "Typed", name: b.name, date: b.date },
        witness,
      },
    });
  });

  it("drops empty list rows and closes up the rest", async () => {
    const data = (await readFilledWorkbook(await filled(), schema, fields)) as typeof SAMPLE;
    expect(data.rituals.list.map((row: { name: string }) => row.name)).toEqual(SAMPLE.rituals.list.map((row: { name: string }) => row.name));
    expect(data.defaultMoves.ownMoves).toEqual(SAMPLE.defaultMoves.ownMoves);
  });

  it("reads a required yes or no as Yes or No, and leaves it out when neither is ticked, as it does blank answers", async () => {
    const no = (await readFilledWorkbook(await filled({ "individualWorlds.talkBeforeBooking": "No" }), schema, fields)) as typeof SAMPLE;
    expect(no.individualWorlds.talkBeforeBooking).toBe(false);
    const data = (await readFilledWorkbook(await filled({ "individualWorlds.talkBeforeBooking": "", "couple.a.pronouns": "   " }), schema, fields)) as typeof SAMPLE;
    expect(data.individualWorlds).not.toHaveProperty("talkBeforeBooking");
    expect(data.couple.a).toEqual({ name: SAMPLE.couple.a.name });
  });

  it("reads a date written in its boxes, day, month and year, or typed with separators, as a stored date", async () => {
    const data = (await readFilledWorkbook(await filled({ "couple.startDate": "01032026", "couple.reviewDate": "1/6/2026" }), schema, fields)) as typeof SAMPLE;
    expect(data.couple).toMatchObject({ startDate: "2026-03-01", reviewDate: "2026-06-01" });
  });

  it("keeps a date it cannot read as it was typed, for the validator to name", async () => {
    const data = (await readFilledWorkbook(await filled({ "couple.startDate": "soon" }), schema, fields)) as typeof SAMPLE;
    expect(data.couple.startDate).toBe("soon");
  });

  it("refuses a number field holding something that is not a number, quoting it", async () => {
    const bytes = await filled({ "rituals.microConnection.minutes": "abc" });
    await expect(readFilledWorkbook(bytes, schema, fields)).rejects.toThrow(new ContractPdfError('rituals.microConnection.minutes: "abc" is not a number (How many minutes a day)'));
  });

  it("refuses a PDF with no form as not a fillable workbook", async () => {
    await expect(readFilledWorkbook(plain, schema, fields)).rejects.toThrow(/^not a fillable Autonomy Contract workbook/);
    await expect(readFilledWorkbook(plain, schema, fields)).rejects.toBeInstanceOf(ContractPdfError);
  });

  it("refuses a PDF whose form has none of the workbook's fields", async () => {
    const pdf = await PDFDocument.load(plain);
    pdf.getForm().createTextField("invoice.total").addToPage(pdf.getPage(0), { x: 10, y: 10, width: 100, height: 20 });
    await expect(readFilledWorkbook(await pdf.save(), schema, fields)).rejects.toThrow(/none of its form fields is an answer/);
  });

  it("refuses a corrupt PDF and random bytes with a ContractPdfError", async () => {
    const corrupt = workbook.slice(0, 400);
    const random = new Uint8Array(2048).map((_, index) => (index * 7919 + 13) % 251);
    for (const bytes of [corrupt, random, new TextEncoder().encode("%PDF-1.7\nnot really")]) {
      await expect(readFilledWorkbook(bytes, schema, fields)).rejects.toThrow(ContractPdfError);
      await expect(readFilledWorkbook(bytes, schema, fields)).rejects.toThrow(/not a fillable Autonomy Contract workbook/);
    }
  });
});
