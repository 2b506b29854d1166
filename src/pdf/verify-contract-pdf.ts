import { PDFDocument } from "@cantoo/pdf-lib";
import { checkSignatures } from "../contract/check-signatures.ts";
import { getAt, parsePath } from "../contract/field-path.ts";
import { askedSince, migrate } from "../contract/migrations.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { partnerName, PARTNERS } from "../contract/partners.ts";
import { validateContract } from "../contract/validate-contract.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { readContractAttachment } from "./contract-attachment.ts";
import { readDocumentInfo } from "./document-info.ts";
import { extractPageTexts } from "./extract-page-text.ts";
import { DRAFT_MARK } from "../browser/contract/print-footer.ts";

/** What a contract PDF turned out to be. */
export type VerifyResult =
  /**
   * `wordingChanged`: the agreement's sentences were written with another wording than `currentWording` (the answers and signatures are unaffected).
   * `madeWithVersion`: the schema version of a contract made before the current one (absent for a current contract).
   */
  | { status: "verified"; fingerprint: string; names: string[]; wordingChanged: boolean; madeWithVersion?: number }
  /** Printed with `pdf --draft`, unchanged since: the answers of a contract not signed (yet). */
  | { status: "draft"; fingerprint: string; names: string[]; wordingChanged: boolean; madeWithVersion?: number }
  | { status: "changed"; problems: string[] }
  | { status: "not-a-contract"; reason: string };

/**
 * The footer text every page of a contract PDF prints: `Fingerprint: ` and the 64
 * lower-case hex characters. The hex may be split into groups by spaces or wrapped
 * onto a second line; the label is matched without regard to case.
 */
export const PRINTED_FINGERPRINT = /Fingerprint:\s*((?:[0-9a-f]\s*){63}[0-9a-f])(?![0-9a-f])/i;

/**
 * Checks a contract PDF end to end: the attached contract.json is a complete, valid
 * contract, both signatures cover it, and the fingerprint recomputed from it is the
 * one in the document information and the one printed on every page. Each mismatch
 * is one problem line that says what differs. The fingerprint covers the answers
 * alone, so a PDF whose sentences come from another wording of the agreement than
 * `currentWording` (the hash of this release's clauses) still verifies, and says so.
 * A contract made with an earlier version of the schema verifies too (its fingerprint
 * and signatures cover the data as it was signed), and says which version made it.
 */
export async function verifyContractPdf(bytes: Uint8Array, schema: CompiledSchema, currentWording?: string): Promise<VerifyResult> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    return { status: "not-a-contract", reason: `the file cannot be read as a PDF (${(error as Error).message})` };
  }
  if (pdf.isEncrypted) return { status: "not-a-contract", reason: "the PDF is encrypted, and contract PDFs never are" };
  let jsonText: string | undefined;
  try {
    jsonText = readContractAttachment(pdf);
  } catch (error) {
    return { status: "changed", problems: [`the attached contract.json cannot be read (${(error as Error).message})`] };
  }
  if (jsonText === undefined) return { status: "not-a-contract", reason: "the PDF has no attached contract.json" };

  const parsed = parseContractJson(jsonText);
  if (!parsed.ok) return { status: "changed", problems: [`the attached contract.json: ${parsed.message}`] };
  const contract = parsed.value;
  // A contract made with an earlier version of the schema is checked as far as it can
  // be: brought up to date, then validated without the answers its version never
  // asked. Its fingerprint and signatures stay those of the attached data as signed.
  const migrated = migrate(contract, schema.version);
  if (!migrated.ok) return { status: "changed", problems: [`the attached contract.json: ${migrated.message}`] };
  const current = migrated.data;
  const from = migrated.from;
  const asked = (errors: { path: string; message: string }[]) =>
    errors.filter(({ path }) => !(from < schema.version && askedSince(from, path) && getAt(current, parsePath(path)) === undefined));
  // What a signed contract must be besides unchanged; a draft is not held to it.
  const unsigned: string[] = [];
  const validation = validateContract(schema, current, "complete");
  if (!validation.ok) unsigned.push(...asked(validation.errors).map(({ path, message }) => `${path}: ${message}`));
  const signatures = await checkSignatures(contract);
  unsigned.push(...signatures.errors.map(({ path, message }) => `${path}: ${message}`));
  const print = signatures.fingerprint;
  const problems: string[] = [];

  const info = readDocumentInfo(pdf);
  const stored = info.fingerprint;
  if (stored === undefined) problems.push(`the document information gives no fingerprint; the attached contract's is ${print}`);
  else if (stored !== print) problems.push(`the document information gives fingerprint ${stored}, the attached contract's is ${print}`);

  let pages: string[];
  try {
    pages = await extractPageTexts(bytes);
  } catch (error) {
    return { status: "changed", problems: [...problems, `the pages cannot be read (${(error as Error).message})`] };
  }
  pages.forEach((text, index) => {
    const match = PRINTED_FINGERPRINT.exec(text);
    const printed = match?.[1]?.replace(/\s+/g, "").toLowerCase();
    if (printed === undefined) problems.push(`page ${index + 1} prints no fingerprint; the attached contract's is ${print}`);
    else if (printed !== print) problems.push(`page ${index + 1} prints fingerprint ${printed}, the attached contract's is ${print}`);
  });

  const names = PARTNERS.map((partner) => partnerName(contract, partner));
  const earlier = from < schema.version ? { madeWithVersion: from } : {};
  // A PDF made before the agreement was written in sentences records no wording: its wording differs too.
  const wordingChanged = currentWording !== undefined && info.wording !== currentWording;
  if (pages.length > 0 && pages.every((text) => text.includes(DRAFT_MARK))) {
    // The draft's own answers still have to fit, or the file was changed after printing.
    const draftCheck = validateContract(schema, current, "draft");
    if (!draftCheck.ok) problems.push(...draftCheck.errors.map(({ path, message }) => `${path}: ${message}`));
    return problems.length ? { status: "changed", problems } : { status: "draft", fingerprint: print, names, wordingChanged, ...earlier };
  }
  problems.unshift(...unsigned);
  if (problems.length) return { status: "changed", problems };
  return { status: "verified", fingerprint: print, names, wordingChanged, ...earlier };
}
