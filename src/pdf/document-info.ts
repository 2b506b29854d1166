import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from "@cantoo/pdf-lib";
import { FINGERPRINT_KEY, FINGERPRINT_KEYWORD, infoEntries, KEYWORD_SEPARATOR, WORDING_KEY, WORDING_KEYWORD, type DocumentInfo } from "./info-entries.ts";

export { CREATOR, FINGERPRINT_KEY, infoEntries, WORDING_KEY, type DocumentInfo } from "./info-entries.ts";

/**
 * Writes the title, author, subject, keywords, creator and producer into the Info
 * dictionary, the language into the catalog's /Lang, asks viewers to show the title
 * rather than the file name (PDF/UA, 7.1), and records the fingerprint, and the hash
 * of the agreement's wording beside it, twice each: under a key of its own and among
 * the keywords.
 */
export function setDocumentInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  const dict = infoDict(pdf);
  dict.delete(PDFName.of(FINGERPRINT_KEY));
  dict.delete(PDFName.of(WORDING_KEY));
  for (const [key, text] of infoEntries(info)) {
    dict.set(PDFName.of(key), key === FINGERPRINT_KEY || key === WORDING_KEY ? PDFString.of(text) : PDFHexString.fromText(text));
  }
  pdf.setLanguage(info.language);
}

/** Reads back what setDocumentInfo wrote; absent entries come back empty (or undefined for the fingerprint). */
export function readDocumentInfo(pdf: PDFDocument): Required<Omit<DocumentInfo, "fingerprint" | "wording">> & { fingerprint: string | undefined; wording: string | undefined } {
  const info = infoDict(pdf, false);
  const text = (key: string) => {
    const value = info?.lookup(PDFName.of(key));
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
  };
  const allKeywords = (text("Keywords") ?? "").split(KEYWORD_SEPARATOR).filter((keyword) => keyword !== "");
  const lang = pdf.catalog.lookup(PDFName.of("Lang"));
  return {
    title: text("Title") ?? "",
    author: text("Author") ?? "",
    subject: text("Subject") ?? "",
    keywords: allKeywords.filter((keyword) => !keyword.startsWith(FINGERPRINT_KEYWORD) && !keyword.startsWith(WORDING_KEYWORD)),
    language: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : "",
    fingerprint: text(FINGERPRINT_KEY),
    wording: text(WORDING_KEY),
  };
}

/** The trailer's Info dictionary, created when asked to write and missing. */
function infoDict(pdf: PDFDocument, create?: true): PDFDict;
function infoDict(pdf: PDFDocument, create: false): PDFDict | undefined;
function infoDict(pdf: PDFDocument, create = true): PDFDict | undefined {
  const existing = pdf.context.trailerInfo.Info ? pdf.context.lookup(pdf.context.trailerInfo.Info) : undefined;
  if (existing instanceof PDFDict) return existing;
  if (!create) return undefined;
  const dict = pdf.context.obj({});
  pdf.context.trailerInfo.Info = pdf.context.register(dict);
  return dict;
}
