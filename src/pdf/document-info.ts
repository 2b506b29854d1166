import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from "@cantoo/pdf-lib";

/** What a contract PDF says about itself, in its Info dictionary and catalog. */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords?: string[];
  /** BCP 47 language tag of the text, for /Lang (screen readers choose their voice by it). */
  language: string;
  /** The contract's fingerprint, 64 lower-case hex characters. */
  fingerprint?: string;
  /** The hash of the clauses the agreement was written with (src/agreement/wording-hash.ts), 64 lower-case hex characters. */
  wording?: string;
}

/** The Info key of the fingerprint, where a program finds it without reading keywords. */
export const FINGERPRINT_KEY = "AutonomyContractFingerprint";
/** The Info key of the wording's hash: which wording of the agreement the PDF's sentences come from. */
export const WORDING_KEY = "AutonomyContractWording";
/** The application the Info dictionary names as the document's creator. */
export const CREATOR = "Autonomy Contract";
const PRODUCER = "Autonomy Contract (Chromium, pdf-lib)";
/** How the fingerprint appears among the keywords, where any viewer's properties dialog shows it. */
const FINGERPRINT_KEYWORD = "fingerprint: ";
const WORDING_KEYWORD = "wording: ";
const KEYWORD_SEPARATOR = "; ";

/**
 * Writes the title, author, subject, keywords, creator and producer into the Info
 * dictionary, the language into the catalog's /Lang, asks viewers to show the title
 * rather than the file name (PDF/UA, 7.1), and records the fingerprint, and the hash
 * of the agreement's wording beside it, twice each: under a key of its own and among
 * the keywords.
 */
export function setDocumentInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  const keywords = [
    ...(info.keywords ?? []),
    ...(info.fingerprint ? [`${FINGERPRINT_KEYWORD}${info.fingerprint}`] : []),
    ...(info.wording ? [`${WORDING_KEYWORD}${info.wording}`] : []),
  ];
  // pdf-lib's setKeywords joins with spaces, which would break multi-word keywords apart.
  infoDict(pdf).set(PDFName.of("Keywords"), PDFHexString.fromText(keywords.join(KEYWORD_SEPARATOR)));
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setLanguage(info.language);
  if (info.fingerprint) infoDict(pdf).set(PDFName.of(FINGERPRINT_KEY), PDFString.of(info.fingerprint));
  else infoDict(pdf).delete(PDFName.of(FINGERPRINT_KEY));
  if (info.wording) infoDict(pdf).set(PDFName.of(WORDING_KEY), PDFString.of(info.wording));
  else infoDict(pdf).delete(PDFName.of(WORDING_KEY));
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
