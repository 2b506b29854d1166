import { fingerprint } from "../contract/fingerprint.ts";
import { migrate } from "../contract/migrations.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { CliError } from "./cli-error.ts";
import { MAX_PDF_BYTES } from "./limits.ts";
import { readInputFile } from "./read-input-file.ts";

/** A contract read from a contract file or from the attachment of a contract PDF. */
export interface ContractInput {
  /** The data as it was written (the fingerprint and signatures cover this). */
  original: Record<string, unknown>;
  /** The same data brought up to the current schema version. */
  data: Record<string, unknown>;
  /** The fingerprint of the data as written: the one its signatures cover. */
  fingerprint: string;
}

/**
 * Reads a contract JSON file or a signed contract PDF (its attached contract.json,
 * read as verify reads it), strictly parsed and migrated to the current version.
 * Anything else is refused with one line that names the file.
 */
export async function readContractInput(file: string, schema: CompiledSchema): Promise<ContractInput> {
  const bytes = await readInputFile(file, { maxBytes: MAX_PDF_BYTES, what: "a contract file or PDF" });
  const text = isPdf(bytes) ? await attachmentText(bytes, file) : decode(bytes, file);
  const parsed = parseContractJson(text);
  if (!parsed.ok) throw new CliError(parsed.message, { file });
  const migrated = migrate(parsed.value, schema.version);
  if (!migrated.ok) throw new CliError(migrated.message, { file });
  return { original: parsed.value, data: migrated.data, fingerprint: await fingerprint(parsed.value) };
}

function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new CliError("is not UTF-8 text", { file, cause });
  }
}

async function attachmentText(bytes: Uint8Array, file: string): Promise<string> {
  // Loaded only for a PDF: pdf-lib takes a while to load on a small machine.
  const [{ PDFDocument }, { readContractAttachment }] = await Promise.all([import("@cantoo/pdf-lib"), import("../pdf-reading/read-contract-attachment.ts")]);
  let text: string | undefined;
  try {
    text = readContractAttachment(await PDFDocument.load(bytes, { updateMetadata: false }));
  } catch (cause) {
    throw new CliError(`cannot be read as a contract PDF (${(cause as Error).message})`, { file, cause });
  }
  if (text === undefined) throw new CliError("is a PDF with no attached contract.json: not a contract PDF", { file });
  return text;
}
