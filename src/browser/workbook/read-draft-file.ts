import type { DraftFile } from "../../compare/pair-drafts.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { openText } from "../storage/open-saved-contract.ts";

/** A draft file read and checked, or why not, in the person's words. */
export type ReadDraft = { ok: true; draft: DraftFile } | { ok: false; message: string };

/** How every PDF file starts (ISO 32000-1, 7.5.2). */
const PDF_SIGNATURE = "%PDF-";

/**
 * Reads one partner's draft file as "Open a file" reads a contract: refused above
 * `maxBytes` (files.ts's limit for a contract), opened by `open` (openText: both
 * passed in, so that this chunk, loaded on demand, carries only its own code), strict JSON, migrated from an older version, and every
 * answer fitting its question. A PDF is refused plainly: neither a printed workbook
 * nor a signed contract says whose answers it holds.
 */
export async function readDraftFile(file: File, open: (text: string) => ReturnType<typeof openText>, describe: (error: FieldError) => string, maxBytes: number): Promise<ReadDraft> {
  if (file.size > maxBytes) return { ok: false, message: `“${file.name}” is too large to be a draft: a draft is a few tens of KB.` };
  const head = new TextDecoder().decode(new Uint8Array(await file.slice(0, PDF_SIGNATURE.length).arrayBuffer()));
  if (head === PDF_SIGNATURE) {
    return { ok: false, message: `“${file.name}” is a PDF, which does not say whose answers it holds. Choose the .json file “Save my draft to share” made.` };
  }
  const opened = open(await file.text());
  if (opened.kind !== "loaded") {
    const problems = (opened.errors ?? []).slice(0, 3).map(describe);
    const why = opened.message.replace(/^Cannot open it: /, "");
    return { ok: false, message: [`“${file.name}” cannot be used. ${why.charAt(0).toUpperCase()}${why.slice(1)}`, ...problems].join(" ") };
  }
  return { ok: true, draft: { name: file.name, data: opened.data } };
}
