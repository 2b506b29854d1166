import type { Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";

/** A contract to print: its JSON text exactly as given, already validated by the caller. */
export interface ContractToPrint {
  jsonText: string;
  paper: Paper;
}

/**
 * Renders a signed contract PDF from the built site's /contract/ page: the data goes
 * in as text, the PDF carries the JSON as an attachment, the fingerprint in every
 * footer and in its metadata. Throws when the page refuses the contract.
 */
export async function renderContractPdf(session: PdfSession, contract: ContractToPrint): Promise<Uint8Array> {
  void session;
  void contract;
  throw new Error("renderContractPdf: not written yet");
}
