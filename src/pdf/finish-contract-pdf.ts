import { PDFDocument } from "@cantoo/pdf-lib";
import { attachContract } from "./contract-attachment.ts";
import { setDocumentInfo } from "./document-info.ts";
import { DRAFT_MARK } from "../browser/contract/print-footer.ts";

/** What the finished PDF carries besides the pages Chromium printed. */
export interface FinishedContract {
  /** The contract file's text, attached exactly as given. */
  jsonText: string;
  fingerprint: string;
  /** The hash of the agreement's wording the page wrote the sentences with. */
  wording: string;
  title: string;
  names: string[];
  /** A draft: not signed, and said so in the keywords too. */
  draft?: boolean;
}

/**
 * Turns Chromium's PDF of a contract into the one people keep: the contract's JSON
 * attached, the document info, language, fingerprint and wording set. pdf-lib only adds
 * objects and rewrites the file, so Chromium's tags and bookmarks stay as printed.
 */
export async function finishContractPdf(bytes: Uint8Array, contract: FinishedContract): Promise<Uint8Array> {
  // updateMetadata: false: setDocumentInfo writes creator and producer itself.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  await attachContract(pdf, contract.jsonText);
  setDocumentInfo(pdf, {
    title: contract.title,
    author: contract.names.join(" and "),
    subject: "Autonomy Contract",
    keywords: ["Autonomy Contract", "relationship agreement", ...(contract.draft ? [DRAFT_MARK] : []), ...contract.names],
    language: "en",
    fingerprint: contract.fingerprint,
    wording: contract.wording,
  });
  // No object streams: PDF 1.4 readers (Chromium writes 1.4) and simple checkers read the file as it is.
  return pdf.save({ useObjectStreams: false });
}
