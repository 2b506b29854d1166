import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";

import { CONTRACT_ATTACHMENT } from "./attachment-name.ts";

export { CONTRACT_ATTACHMENT } from "./attachment-name.ts";

/**
 * The text of the "contract.json" attachment, or undefined when the PDF has none.
 * Pure pdf-lib, no Node: the command line's verify and the workbook's "Open a file"
 * read a signed contract PDF with this same function.
 */
export function readContractAttachment(pdf: PDFDocument): string | undefined {
  const names = pdf.catalog.lookup(PDFName.of("Names"));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of("EmbeddedFiles")) : undefined;
  if (!(tree instanceof PDFDict)) return undefined;
  const spec = findName(pdf, tree, CONTRACT_ATTACHMENT, 0);
  const embedded = spec?.lookup(PDFName.of("EF"));
  if (!(embedded instanceof PDFDict)) return undefined;
  const stream = embedded.lookup(PDFName.of("UF")) ?? embedded.lookup(PDFName.of("F"));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const bytes = decodePDFRawStream(stream).decode();
  // fatal: a contract that is not valid UTF-8 has been damaged, and must not be read as if it were fine.
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
}

/** The file specification named `name` in a name tree, following /Kids (ISO 32000-1, 7.9.6). */
function findName(pdf: PDFDocument, node: PDFDict, name: string, depth: number): PDFDict | undefined {
  if (depth > 32) return undefined;
  const names = node.lookup(PDFName.of("Names"));
  if (names instanceof PDFArray) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const key = names.lookup(index);
      const value = names.lookup(index + 1);
      if (textOf(key) === name && value instanceof PDFDict) return value;
    }
  }
  const kids = node.lookup(PDFName.of("Kids"));
  if (kids instanceof PDFArray) {
    for (const kid of kids.asArray()) {
      const child = pdf.context.lookup(kid);
      const found = child instanceof PDFDict ? findName(pdf, child, name, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
