import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  StandardFonts,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from "@cantoo/pdf-lib";
import type { PaperField } from "../fields/paper-fields.ts";
import { FIELD_MARKER, parseFieldMarker } from "./field-markers.ts";
import { findLinkMarkers, forEachNumberTreeLeaf, removeLinkMarkers, structTreeRoot, type FoundLinkMarker } from "./link-markers.ts";

/** Text sizes for typed answers, in points: readable on screen and on paper. */
const FONT_SIZE = { largest: 11, smallest: 7 };

/**
 * Liberation Sans, shipped by pdfjs-dist (SIL Open Font License). It is metric
 * compatible with Helvetica, which is what lets it be embedded without a font
 * parser: see embedFieldFont.
 */
const FIELD_FONT_FILE = "pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf";

export interface AddFormFieldsOptions {
  /** The bytes of Liberation Sans Regular (or a font metric-compatible with Helvetica); read from pdfjs-dist when absent. */
  fontBytes?: Uint8Array;
}

/**
 * Turns the field markers Chromium printed into AcroForm fields at exactly their
 * rectangles, retags each marker's Link element as the field's Form element, and
 * removes the markers; throws when the markers and `fields` do not match one to one.
 */
export async function addFormFields(pdf: PDFDocument, fields: PaperField[], options: AddFormFieldsOptions = {}): Promise<void> {
  const placed = matchMarkers(findLinkMarkers(pdf, FIELD_MARKER), fields);
  const font = await embedFieldFont(pdf, options.fontBytes ?? (await readFieldFont()));
  const form = pdf.getForm();
  shareFieldFont(pdf, font);
  const pages = pdf.getPages();
  const widgetOf = new Map<FoundLinkMarker, PDFRef>();

  for (const { field, markers } of placed) {
    const first = markers[0] as FoundLinkMarker;
    const page = pages[first.pageIndex] as PDFPage;
    switch (field.kind) {
      case "text":
      case "number":
      case "date":
      case "time": {
        const text = form.createTextField(field.name);
        if (field.lines > 1) text.enableMultiline();
        else text.disableMultiline();
        if (field.maxLength !== undefined) text.setMaxLength(field.maxLength);
        // The ruled lines printed under the field are the guide: one size that fills a line.
        const lineHeight = first.rect.height / Math.max(1, field.lines);
        const size = Math.round(Math.min(FONT_SIZE.largest, Math.max(FONT_SIZE.smallest, lineHeight * 0.6)) * 2) / 2;
        // A new field has no /DA yet; it names the font by its key in the form's /DR.
        text.acroField.setDefaultAppearance(`/${font.name} ${size} Tf 0 g`);
        text.disableRichFormatting();
        text.disableScrolling();
        // No border and no background: an opaque white box would hide the printed rules.
        text.addToPage(page, { ...first.rect, font, textColor: undefined, backgroundColor: undefined, borderColor: undefined, borderWidth: 0 });
        widgetOf.set(first, lastAnnotation(page));
        describe(text.acroField.dict, field.title);
        break;
      }
      case "check": {
        const box = form.createCheckBox(field.name);
        box.addToPage(page, boxAt(first.rect));
        widgetOf.set(first, lastAnnotation(page));
        describe(box.acroField.dict, field.title);
        break;
      }
      case "choice": {
        // Export values are the option texts: pdf-lib stores them in /Opt and names the
        // appearance states by index, so any text works and getSelected() gives it back.
        const group = form.createRadioGroup(field.name);
        for (const marker of markers) {
          const option = field.options[parseFieldMarker(marker.url)?.option as number] as string;
          group.addOptionToPage(option, pages[marker.pageIndex] as PDFPage, boxAt(marker.rect));
          widgetOf.set(marker, lastAnnotation(pages[marker.pageIndex] as PDFPage));
        }
        group.disableOffToggling();
        describe(group.acroField.dict, field.title);
        break;
      }
      case "choices": {
        markers.forEach((marker, index) => {
          const box = form.createCheckBox(`${field.name}.${index}`);
          box.addToPage(pages[marker.pageIndex] as PDFPage, boxAt(marker.rect));
          widgetOf.set(marker, lastAnnotation(pages[marker.pageIndex] as PDFPage));
          describe(box.acroField.dict, `${field.title}: ${field.options[index]}`);
        });
        break;
      }
    }
    // pdf-lib drew every appearance already, with the embedded font for text; left
    // dirty, save() would redraw them with its default font, Helvetica, unembedded.
    for (const made of form.getFields()) form.markFieldAsClean(made.ref);
  }

  retagMarkers(pdf, widgetOf);
  // Tab through the fields in the order of the tags, which is the reading order (PDF/UA).
  for (const page of new Set(placed.flatMap(({ markers }) => markers.map((marker) => pages[marker.pageIndex] as PDFPage)))) {
    page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
  }
  removeLinkMarkers(pdf, FIELD_MARKER);
}

/** Checkboxes and radio buttons keep a thin frame: a box with nothing in it must still look like one. */
const BOX_BORDER = 0.75;

/**
 * The options that give a box widget exactly the marker's rectangle: pdf-lib grows
 * a widget by half its border width on every side, so the box asks for that less.
 */
function boxAt(rect: FoundLinkMarker["rect"]) {
  return {
    x: rect.x + BOX_BORDER / 2,
    y: rect.y + BOX_BORDER / 2,
    width: rect.width - BOX_BORDER,
    height: rect.height - BOX_BORDER,
    textColor: rgb(0, 0, 0),
    backgroundColor: undefined,
    borderColor: rgb(0.2, 0.2, 0.2),
    borderWidth: BOX_BORDER,
  };
}

/** Each field with its markers in option order; throws on any marker or field left over. */
function matchMarkers(markers: FoundLinkMarker[], fields: PaperField[]): { field: PaperField; markers: FoundLinkMarker[] }[] {
  const byName = new Map<string, PaperField>();
  for (const field of fields) {
    if (byName.has(field.name)) throw new Error(`the field "${field.name}" is listed twice`);
    byName.set(field.name, field);
  }
  const seen = new Map<string, FoundLinkMarker>();
  const found = new Map<string, FoundLinkMarker[]>();
  for (const marker of markers) {
    const parsed = parseFieldMarker(marker.url);
    if (!parsed) throw new Error(`the field marker "${marker.url}" on page ${marker.pageIndex + 1} is not a field name`);
    const field = byName.get(parsed.name);
    if (!field) throw new Error(`the field marker "${marker.url}" on page ${marker.pageIndex + 1} names no field`);
    const earlier = seen.get(marker.url);
    if (earlier) {
      throw new Error(`the field "${parsed.name}" has its marker "${marker.url}" twice (pages ${earlier.pageIndex + 1} and ${marker.pageIndex + 1})`);
    }
    seen.set(marker.url, marker);
    const withOptions = field.kind === "choice" || field.kind === "choices";
    if (withOptions !== (parsed.option !== undefined) || (parsed.option ?? 0) >= Math.max(1, field.options.length)) {
      throw new Error(`the field marker "${marker.url}" does not fit the ${field.kind} field "${field.name}"`);
    }
    found.set(field.name, [...(found.get(field.name) ?? []), marker]);
  }
  return fields.map((field) => {
    const list = found.get(field.name) ?? [];
    const wanted = field.kind === "choice" || field.kind === "choices" ? field.options.length : 1;
    if (list.length === 0) throw new Error(`the field "${field.name}" has no marker in the PDF`);
    if (list.length !== wanted) {
      throw new Error(`the field "${field.name}" has ${list.length} of its ${wanted} option markers in the PDF`);
    }
    const option = (marker: FoundLinkMarker) => parseFieldMarker(marker.url)?.option ?? 0;
    return { field, markers: [...list].sort((x, y) => option(x) - option(y)) };
  });
}

/** The widget pdf-lib just added: addToPage and addOptionToPage append it to the page's /Annots. */
function lastAnnotation(page: PDFPage): PDFRef {
  const annots = page.node.Annots();
  const last = annots?.get(annots.size() - 1);
  if (!(last instanceof PDFRef)) throw new Error("pdf-lib added a widget that is not an indirect object");
  return last;
}

/** The field's title as its alternate name (/TU), which screen readers announce. */
function describe(field: PDFDict, title: string): void {
  field.set(PDFName.of("TU"), PDFHexString.fromText(title));
}

/**
 * Chromium tagged each marker as a Link element holding the annotation. The widget
 * takes the marker's place: the element becomes a Form element (ISO 32000-1, 14.8.4.5)
 * whose object reference is the widget, which gets a /StructParent of its own. The
 * field thus sits in the reading order exactly where its writing area was printed.
 * Markers the structure tree does not know (an untagged PDF) are simply left out.
 */
function retagMarkers(pdf: PDFDocument, widgetOf: Map<FoundLinkMarker, PDFRef>): void {
  const root = structTreeRoot(pdf);
  const parentTree = root?.lookup(PDFName.of("ParentTree"));
  if (!root || !(parentTree instanceof PDFDict)) return;
  const nums = parentTree.lookup(PDFName.of("Nums"));
  // New keys are appended to the root's /Nums; a tree split into /Kids would need rebalancing.
  if (!(nums instanceof PDFArray)) return;
  const elementOf = new Map<number, PDFDict>();
  forEachNumberTreeLeaf(pdf, parentTree, (leaf) => {
    for (let index = 0; index + 1 < leaf.size(); index += 2) {
      const key = leaf.lookup(index);
      const value = leaf.lookup(index + 1);
      if (key instanceof PDFNumber && value instanceof PDFDict) elementOf.set(key.asNumber(), value);
    }
  });
  const keys = elementOf.size ? Math.max(...elementOf.keys()) + 1 : 0;
  const nextKey = root.lookup(PDFName.of("ParentTreeNextKey"));
  let next = Math.max(keys, nextKey instanceof PDFNumber ? nextKey.asNumber() : 0);
  for (const [marker, widgetRef] of widgetOf) {
    if (marker.structParent === undefined) continue;
    const element = elementOf.get(marker.structParent);
    const objr = element && findObjectReference(pdf, element, marker.dict);
    if (!element || !objr) continue;
    const widget = pdf.context.lookup(widgetRef, PDFDict);
    objr.set(PDFName.of("Obj"), widgetRef);
    const pageRef = widget.get(PDFName.of("P"));
    if (pageRef) objr.set(PDFName.of("Pg"), pageRef);
    element.set(PDFName.of("S"), PDFName.of("Form"));
    widget.set(PDFName.of("StructParent"), PDFNumber.of(next));
    const elementRef = pdf.context.getObjectRef(element);
    nums.push(PDFNumber.of(next));
    nums.push(elementRef ?? element);
    next++;
  }
  root.set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(next));
}

function findObjectReference(pdf: PDFDocument, element: PDFDict, annotation: PDFDict): PDFDict | undefined {
  const kids = element.lookup(PDFName.of("K"));
  const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  for (const kid of list) {
    const dict = pdf.context.lookup(kid);
    if (dict instanceof PDFDict && dict.lookup(PDFName.of("Type")) === PDFName.of("OBJR") && pdf.context.lookup(dict.get(PDFName.of("Obj"))) === annotation) {
      return dict;
    }
  }
  return undefined;
}

/**
 * Lists the font in the form's default resources (/DR) under the name the fields'
 * /DA strings use, so a viewer that redraws a field as someone types uses the
 * embedded font rather than a Helvetica of its own.
 */
function shareFieldFont(pdf: PDFDocument, font: PDFFont): void {
  const acroForm = pdf.getForm().acroForm.dict;
  const resources = acroForm.lookup(PDFName.of("DR"));
  const dr = resources instanceof PDFDict ? resources : pdf.context.obj({});
  const fonts = dr.lookup(PDFName.of("Font"));
  const fontDict = fonts instanceof PDFDict ? fonts : pdf.context.obj({});
  fontDict.set(PDFName.of(font.name), font.ref);
  dr.set(PDFName.of("Font"), fontDict);
  acroForm.set(PDFName.of("DR"), dr);
}

let fieldFont: Promise<Uint8Array> | undefined;

/** Reads the field font once per process: a file of an installed package, never user data. */
function readFieldFont(): Promise<Uint8Array> {
  fieldFont ??= readFile(createRequire(import.meta.url).resolve(FIELD_FONT_FILE)).then((buffer) => new Uint8Array(buffer));
  return fieldFont;
}

/**
 * Embeds Liberation Sans for the field appearances. pdf-lib can only embed a
 * TrueType font through fontkit, which this project does not install; without it,
 * its fields use Helvetica, a standard font no PDF embeds, so a viewer substitutes
 * whatever it has and archival checks fail. Liberation Sans has Helvetica's metrics
 * by design, so pdf-lib's Helvetica embedder still does the encoding (WinAnsi) and
 * the measuring, and this function swaps the font dictionary it would write for a
 * TrueType one that carries the whole font file, with the same widths.
 */
async function embedFieldFont(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
  const metrics = readTrueTypeMetrics(bytes);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // Writes the Type 1 dictionary now, so that save() finds the font embedded and leaves it alone.
  await font.embed();
  const widths: number[] = new Array(224).fill(0);
  for (const codePoint of font.getCharacterSet()) {
    const text = String.fromCodePoint(codePoint);
    const code = font.encodeText(text).asBytes()[0];
    if (code !== undefined && code >= 32) widths[code - 32] = Math.round(font.widthOfTextAtSize(text, 1000));
  }
  const context = pdf.context;
  const fontFile = context.flateStream(bytes, { Length1: bytes.length });
  const descriptor = context.obj({
    Type: "FontDescriptor",
    FontName: "LiberationSans",
    // Nonsymbolic: the glyphs are found through the standard Latin encoding (ISO 32000-1, 9.8.2).
    Flags: 32,
    FontBBox: metrics.bbox,
    ItalicAngle: 0,
    Ascent: metrics.ascent,
    Descent: metrics.descent,
    CapHeight: metrics.capHeight,
    StemV: 80,
    FontFile2: context.register(fontFile),
  });
  context.assign(
    font.ref,
    context.obj({
      Type: "Font",
      Subtype: "TrueType",
      BaseFont: "LiberationSans",
      FirstChar: 32,
      LastChar: 255,
      Widths: widths,
      Encoding: "WinAnsiEncoding",
      FontDescriptor: context.register(descriptor),
    }),
  );
  return font;
}

/** The few numbers a font descriptor needs, from a TrueType file's head, hhea and OS/2 tables, in 1/1000 em. */
function readTrueTypeMetrics(bytes: Uint8Array): { bbox: number[]; ascent: number; descent: number; capHeight: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const version = bytes.byteLength >= 12 ? view.getUint32(0) : 0;
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error("the field font is not a TrueType font");
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const head = tables.get("head");
  const hhea = tables.get("hhea");
  if (head === undefined || hhea === undefined) throw new Error("the field font has no head or hhea table");
  const scale = 1000 / view.getUint16(head + 18);
  const unit = (offset: number) => Math.round(view.getInt16(offset) * scale);
  const os2 = tables.get("OS/2");
  const ascent = unit(hhea + 4);
  return {
    bbox: [unit(head + 36), unit(head + 38), unit(head + 40), unit(head + 42)],
    ascent,
    descent: unit(hhea + 6),
    capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? unit(os2 + 88) : ascent,
  };
}
