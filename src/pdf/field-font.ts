import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import { PDFDict, PDFName, PDFRawStream, StandardFonts, type PDFDocument, type PDFFont } from "@cantoo/pdf-lib";
import { readTrueTypeMetrics } from "./read-true-type-metrics.ts";

/**
 * Liberation Sans, shipped by pdfjs-dist (SIL Open Font License). It is metric
 * compatible with Helvetica, which is what lets it be embedded without a font
 * parser: see embedFieldFont.
 */
const FIELD_FONT_FILE = "pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf";

let fieldFont: Promise<Uint8Array> | undefined;

/** Reads the field font once per process: a file of an installed package, never user data. */
export function readFieldFont(): Promise<Uint8Array> {
  fieldFont ??= readFile(createRequire(import.meta.url).resolve(FIELD_FONT_FILE)).then((buffer) => new Uint8Array(buffer));
  return fieldFont;
}

/**
 * Embeds Liberation Sans, whole, for the field appearances, and lists it in the
 * form's default resources (/DR) under the name the fields' /DA strings use, so a
 * viewer that redraws a field as someone types uses it rather than a font of its own.
 *
 * Why not @pdf-lib/fontkit 1.1.1 (tried for issue 9):
 * - with subsetting it throws inside its subset encoder on every font we tried
 *   (Liberation Sans, DejaVu Sans): @cantoo/pdf-lib is written against its own
 *   fork of fontkit; and a subset of an empty form would hold no glyphs anyway,
 *   while people type their answers in their own reader, with the /DR font;
 * - whole, it writes a Type0/Identity-H font (99 KB against 94.5 KB here, plus
 *   700 KB of fontkit in the command line's path). pdf.js, filling a field and
 *   saving, then cannot type with that composite font and writes an appearance
 *   naming a Helvetica the page does not have (poppler: "Unknown font tag"), where
 *   with this simple font it draws with Liberation Sans; poppler draws both. Chromium's
 *   viewer could not be driven headless, so it was not compared.
 * A simple WinAnsi font, whole, is what every reader can type with: Liberation Sans
 * has Helvetica's metrics by design, so pdf-lib's Helvetica embedder still does the
 * encoding and the measuring, and this function swaps the font dictionary it would
 * write for a TrueType one that carries the font file, with the same widths. Its
 * appearances cover Latin-1; readers draw what people type themselves.
 */
export async function embedFieldFont(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
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
  // Compressed by Node's zlib, once per process: pdf-lib's own deflate, in JavaScript,
  // took about 100 ms for each fillable PDF's copy of the same 140 KB.
  const fontFile = PDFRawStream.of(context.obj({ Filter: "FlateDecode", Length1: bytes.length }), compressed(bytes));
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
  shareFieldFont(pdf, font);
  return font;
}

const deflated = new WeakMap<Uint8Array, Uint8Array>();

function compressed(bytes: Uint8Array): Uint8Array {
  let done = deflated.get(bytes);
  if (!done) {
    done = new Uint8Array(deflateSync(bytes));
    deflated.set(bytes, done);
  }
  return done;
}

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
