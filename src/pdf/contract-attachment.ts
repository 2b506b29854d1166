import { AFRelationship, type PDFDocument } from "@cantoo/pdf-lib";
import { ATTACHMENT_DESCRIPTION, CONTRACT_ATTACHMENT } from "./info-entries.ts";

// Reading the attachment is shared with the browser (the workbook opens signed PDFs).
export { CONTRACT_ATTACHMENT, readContractAttachment } from "../pdf-reading/read-contract-attachment.ts";

/**
 * Attaches the contract's JSON as "contract.json", replacing an earlier one, so that
 * the PDF carries the data it shows (the file a verifier checks and an import reads).
 */
export async function attachContract(pdf: PDFDocument, jsonText: string): Promise<void> {
  // pdf-lib's detach only looks at a flat /Names array, which is what it writes itself.
  pdf.detach(CONTRACT_ATTACHMENT);
  await pdf.attach(new TextEncoder().encode(jsonText), CONTRACT_ATTACHMENT, {
    mimeType: "application/json",
    description: ATTACHMENT_DESCRIPTION,
    // "Source": the pages were printed from this file (PDF 2.0, 14.13.2).
    afRelationship: AFRelationship.Source,
  });
}
