import { listPaperFields } from "../../layout/paper-fields.ts";
import { ContractPdfError } from "../../pdf-reading/contract-pdf-error.ts";
import { readContractAttachment } from "../../pdf-reading/read-contract-attachment.ts";
import { loadPdf, readFilledForm } from "../../pdf-reading/read-filled-workbook.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";

/** What a PDF brought to the workbook holds. */
export type ReadPdf =
  /** A signed contract PDF: the contract it carries, as JSON text. */
  | { kind: "contract"; text: string }
  /** A filled fillable workbook: the answers typed into it, a draft to validate. */
  | { kind: "workbook"; data: Record<string, unknown> }
  | { kind: "refused"; message: string };

/**
 * Reads a PDF chosen with "Open a file", with the command line's own code (src/pdf-reading,
 * on pdf-lib): a signed contract PDF gives back the contract attached to it; a filled
 * workbook, of either edition, the answers in its form fields, named by their paths.
 * This module is loaded only when a PDF is chosen (a chunk of its own, apart from the
 * workbook's script, which stays small), so pdf-lib costs nothing until then.
 */
export async function readPdfFile(bytes: Uint8Array, schema: CompiledSchema): Promise<ReadPdf> {
  try {
    const pdf = await loadPdf(bytes);
    const attached = readContractAttachment(pdf);
    if (attached !== undefined) return { kind: "contract", text: attached };
    return { kind: "workbook", data: readFilledForm(pdf, schema, listPaperFields(schema)) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof ContractPdfError) return { kind: "refused", message: `${capitalize(error.message)}.` };
    if (error instanceof TypeError) return { kind: "refused", message: "Its attached contract is not readable text: the PDF has been damaged." };
    throw error;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
