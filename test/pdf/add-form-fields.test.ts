import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { PaperField } from "../../src/layout/paper-fields.ts";
import { addFormFields } from "../../src/pdf/add-form-fields.ts";
import { fieldMarkerUrl } from "../../src/pdf/field-markers.ts";
import { readLinkMarkers } from "../../src/pdf/link-markers.ts";
import { htmlPage, usePrinter } from "../helpers/pdf-fixtures.ts";
import { runTool } from "../helpers/poppler.ts";

const field = (name: string, kind: PaperField["kind"], options: string[] = [], lines = 1): PaperField => ({ name, leaf: name, kind, title: `Title of ${name}`, options, lines });

const FIELDS: PaperField[] = [
  { ...field("couple.a.name", "text"), maxLength: 60 },
  field("batteryPack.a.hoursPerWeek", "number"),
  field("guardrails.noStonewalling", "text", [], 3),
  field("individualWorlds.talkBeforeBooking", "check"),
  field("guardrails.longestPause", "choice", ["An hour", "The same evening"]),
  field("batteryPack.a.restoringActivities", "choices", ["Time outdoors", "Reading"]),
];

/** Markers for FIELDS over two sheets, each where its CSS puts it. */
function fixture(extra = "", skip = ""): string {
  const at = (url: string, left: number, top: number, width: number, height: number) =>
    url === skip ? "" : `<a href="${url}" style="left:${left}mm;top:${top}mm;width:${width}mm;height:${height}mm"></a>`;
  return htmlPage(`
    <section class="sheet"><h1>One</h1>
      ${at(fieldMarkerUrl("couple.a.name"), 20, 30, 80, 8)}
      ${at(fieldMarkerUrl("batteryPack.a.hoursPerWeek"), 20, 50, 30, 8)}
      ${at(fieldMarkerUrl("guardrails.noStonewalling"), 20, 70, 160, 24)}
      ${at(fieldMarkerUrl("individualWorlds.talkBeforeBooking"), 20, 110, 5, 5)}</section>
    <section class="sheet"><h1>Two</h1>
      ${at(fieldMarkerUrl("guardrails.longestPause", 0), 20, 30, 5, 5)}
      ${at(fieldMarkerUrl("guardrails.longestPause", 1), 20, 40, 5, 5)}
      ${at(fieldMarkerUrl("batteryPack.a.restoringActivities", 0), 20, 60, 5, 5)}
      ${at(fieldMarkerUrl("batteryPack.a.restoringActivities", 1), 20, 70, 5, 5)}
      ${extra}</section>`);
}

describe("addFormFields", () => {
  const print = usePrinter();
  let bytes: Uint8Array;
  let withDuplicate: Uint8Array;
  let withUnknown: Uint8Array;
  let withMissing: Uint8Array;
  beforeAll(async () => {
    bytes = await print(fixture());
    withDuplicate = await print(fixture(`<a href="${fieldMarkerUrl("couple.a.name")}" style="left:20mm;top:200mm;width:80mm;height:8mm"></a>`));
    withUnknown = await print(fixture(`<a href="${fieldMarkerUrl("couple.c.name")}" style="left:20mm;top:200mm;width:80mm;height:8mm"></a>`));
    withMissing = await print(fixture("", fieldMarkerUrl("batteryPack.a.hoursPerWeek")));
  });

  it("creates exactly the expected fields, of the expected types", async () => {
    const pdf = await PDFDocument.load(bytes);
    await addFormFields(pdf, FIELDS);
    const made = pdf.getForm().getFields().map((made) => [made.getName(), made.constructor.name]);
    expect(Object.fromEntries(made)).toEqual({
      "couple.a.name": "PDFTextField",
      "batteryPack.a.hoursPerWeek": "PDFTextField",
      "guardrails.noStonewalling": "PDFTextField",
      "individualWorlds.talkBeforeBooking": "PDFCheckBox",
      "guardrails.longestPause": "PDFRadioGroup",
      "batteryPack.a.restoringActivities.0": "PDFCheckBox",
      "batteryPack.a.restoringActivities.1": "PDFCheckBox",
    });
    const form = pdf.getForm();
    expect(form.getTextField("guardrails.noStonewalling").isMultiline()).toBe(true);
    expect(form.getTextField("couple.a.name").isMultiline()).toBe(false);
    expect(form.getTextField("couple.a.name").getMaxLength()).toBe(60);
    expect(form.getRadioGroup("guardrails.longestPause").getOptions()).toEqual(["An hour", "The same evening"]);
  });

  it("puts each widget at its marker's rectangle (its size rounded to a quarter point), on its marker's page, and removes the markers", async () => {
    const pdf = await PDFDocument.load(bytes);
    const markers = readLinkMarkers(pdf, "https://field.invalid/");
    await addFormFields(pdf, FIELDS);
    expect(readLinkMarkers(pdf, "https://field.invalid/")).toEqual([]);
    const pages = pdf.getPages();
    const widgets = pdf.getForm().getFields().flatMap((made) =>
      made.acroField.getWidgets().map((widget) => ({ pageIndex: pages.findIndex((page) => page.ref === widget.P()), rect: widget.getRectangle() })),
    );
    const key = (widget: { pageIndex: number; rect: { y: number; x: number } }) => widget.pageIndex * 1e6 - widget.rect.y * 1e3 + widget.rect.x;
    const sorted = (list: typeof widgets) => [...list].sort((x, y) => key(x) - key(y));
    expect(widgets).toHaveLength(markers.length);
    for (const [index, widget] of sorted(widgets).entries()) {
      const marker = sorted(markers.map(({ pageIndex, rect }) => ({ pageIndex, rect })))[index]!;
      expect(widget.pageIndex).toBe(marker.pageIndex);
      // Sizes are rounded to a quarter of a point about the centre, so boxes of one size share an appearance.
      for (const side of ["x", "y", "width", "height"] as const) expect(Math.abs(widget.rect[side] - marker.rect[side])).toBeLessThanOrEqual(0.125 + 1e-6);
      expect(widget.rect.width % 0.25).toBeCloseTo(0, 6);
    }
  });

  it("keeps the tags, embeds every font, and leaves a sound file", async () => {
    const pdf = await PDFDocument.load(bytes);
    await addFormFields(pdf, FIELDS);
    const saved = await pdf.save();
    const info = runTool("pdfinfo", [], saved);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Form:\s+AcroForm$/m);
    const fonts = runTool("pdffonts", [], saved).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((line) => /^LiberationSans\s+TrueType/.test(line))).toBe(true);
    // The "emb" column: every font, Chromium's and the fields', is embedded.
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe("yes");
    expect(runTool("qpdf", ["--check"], saved)).toMatch(/No syntax or stream encoding errors/);
  });

  it("throws naming a field that has no marker", async () => {
    await expect(addFormFields(await PDFDocument.load(withMissing), FIELDS)).rejects.toThrow(/"batteryPack\.a\.hoursPerWeek" has no marker/);
  });

  it("throws naming a field whose marker appears twice", async () => {
    await expect(addFormFields(await PDFDocument.load(withDuplicate), FIELDS)).rejects.toThrow(/"couple\.a\.name" has its marker .* twice/);
  });

  it("throws naming a marker that names no field", async () => {
    await expect(addFormFields(await PDFDocument.load(withUnknown), FIELDS)).rejects.toThrow(/couple\.c\.name" on page 2 names no field/);
  });

  it("makes fields pdf-lib can fill and read back", async () => {
    const pdf = await PDFDocument.load(bytes);
    await addFormFields(pdf, FIELDS);
    const form = pdf.getForm();
    form.getTextField("couple.a.name").setText("Maya");
    form.getCheckBox("individualWorlds.talkBeforeBooking").check();
    form.getRadioGroup("guardrails.longestPause").select("The same evening");
    const again = (await PDFDocument.load(await pdf.save())).getForm();
    expect(again.getField("couple.a.name")).toBeInstanceOf(PDFTextField);
    expect(again.getTextField("couple.a.name").getText()).toBe("Maya");
    expect(again.getField("individualWorlds.talkBeforeBooking")).toBeInstanceOf(PDFCheckBox);
    expect(again.getCheckBox("individualWorlds.talkBeforeBooking").isChecked()).toBe(true);
    expect(again.getField("guardrails.longestPause")).toBeInstanceOf(PDFRadioGroup);
    expect(again.getRadioGroup("guardrails.longestPause").getSelected()).toBe("The same evening");
  });
});
