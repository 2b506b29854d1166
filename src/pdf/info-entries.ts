// What a PDF of the project says about itself, without pdf-lib: the contract PDF's
// incremental update writes these entries itself, so pdf-lib never loads on that path.

export { CONTRACT_ATTACHMENT } from "../pdf-reading/attachment-name.ts";
/** What a PDF reader's attachments panel says of it. */
export const ATTACHMENT_DESCRIPTION = "The signed Autonomy Contract as data (JSON): what the pages show, and what the fingerprint is computed from.";

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
const PRODUCER = "Autonomy Contract (printed by Chromium)";
/** How the fingerprint appears among the keywords, where any viewer's properties dialog shows it. */
export const FINGERPRINT_KEYWORD = "fingerprint: ";
/** How the wording's hash appears among the keywords. */
export const WORDING_KEYWORD = "wording: ";
/** Between keywords, which may hold spaces. */
export const KEYWORD_SEPARATOR = "; ";

/**
 * The Info dictionary's entries for `info`, as text, in the order they are written:
 * title, author, subject, keywords (the fingerprint among them), creator, producer,
 * and the fingerprint and the wording's hash under keys of their own. setDocumentInfo (document-info.ts) writes them
 * with pdf-lib; the contract PDF's incremental update (finish-contract-pdf.ts) writes the
 * same list itself.
 */
export function infoEntries(info: DocumentInfo): [key: string, text: string][] {
  const keywords = [
    ...(info.keywords ?? []),
    ...(info.fingerprint ? [`${FINGERPRINT_KEYWORD}${info.fingerprint}`] : []),
    ...(info.wording ? [`${WORDING_KEYWORD}${info.wording}`] : []),
  ];
  return [
    ["Title", info.title],
    ["Author", info.author],
    ["Subject", info.subject],
    // One string, "; " between keywords: pdf-lib's setKeywords joins with spaces, which would break multi-word keywords apart.
    ["Keywords", keywords.join(KEYWORD_SEPARATOR)],
    ["Creator", CREATOR],
    ["Producer", PRODUCER],
    ...(info.fingerprint ? [[FINGERPRINT_KEY, info.fingerprint] as [string, string]] : []),
    ...(info.wording ? [[WORDING_KEY, info.wording] as [string, string]] : []),
  ];
}
