// What a PDF of the project says about itself, without pdf-lib: the contract PDF's
// incremental update writes these entries itself, so pdf-lib never loads on that path.

/** The name of the contract's JSON inside the PDF. */
export const CONTRACT_ATTACHMENT = "contract.json";
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
}

/** The Info key of the fingerprint, where a program finds it without reading keywords. */
export const FINGERPRINT_KEY = "AutonomyContractFingerprint";
/** The application the Info dictionary names as the document's creator. */
export const CREATOR = "Autonomy Contract";
const PRODUCER = "Autonomy Contract (printed by Chromium)";
/** How the fingerprint appears among the keywords, where any viewer's properties dialog shows it. */
export const FINGERPRINT_KEYWORD = "fingerprint: ";
/** Between keywords, which may hold spaces. */
export const KEYWORD_SEPARATOR = "; ";

/**
 * The Info dictionary's entries for `info`, as text, in the order they are written:
 * title, author, subject, keywords (the fingerprint among them), creator, producer,
 * and the fingerprint under a key of its own. setDocumentInfo (document-info.ts) writes them
 * with pdf-lib; the contract PDF's incremental update (finish-contract-pdf.ts) writes the
 * same list itself.
 */
export function infoEntries(info: DocumentInfo): [key: string, text: string][] {
  const keywords = [...(info.keywords ?? []), ...(info.fingerprint ? [`${FINGERPRINT_KEYWORD}${info.fingerprint}`] : [])];
  return [
    ["Title", info.title],
    ["Author", info.author],
    ["Subject", info.subject],
    // One string, "; " between keywords: pdf-lib's setKeywords joins with spaces, which would break multi-word keywords apart.
    ["Keywords", keywords.join(KEYWORD_SEPARATOR)],
    ["Creator", CREATOR],
    ["Producer", PRODUCER],
    ...(info.fingerprint ? [[FINGERPRINT_KEY, info.fingerprint] as [string, string]] : []),
  ];
}
