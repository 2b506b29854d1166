import { loadClauses } from "../../agreement/load-clauses.ts";
import { wordingHash } from "../../agreement/wording-hash.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import { CliError } from "../cli-error.ts";
import { MAX_PDF_BYTES } from "../limits.ts";
import type { CliOutput } from "../cli-output.ts";
import type { RunCommand } from "../command-types.ts";
import type { VerifyResult } from "../../pdf/verify-contract-pdf.ts";
import { readInputFile } from "../read-input-file.ts";

/** What verify says of a PDF whose sentences come from another wording of the agreement. */
export const WORDING_CHANGED = "the wording of the agreement has changed since this PDF was made; the answers and signatures are unchanged";

/** What verify says of a PDF of a contract made with an earlier version of the contract's questions. */
export function madeEarlier(version: number): string {
  return `made with an earlier version of the contract (version ${version}); its answers and signatures are unchanged, and renewing it asks a few new questions`;
}

/**
 * `verify <signed.pdf>`: prints "verified: <names>, fingerprint <hex>", or each change
 * found as a "changed: …" line (exit 1). A file that is not one of our contract PDFs
 * is an input error, reported on stderr like any other. A verified PDF whose
 * agreement was written with another wording of the clauses gets a note saying so,
 * and so does one made with an earlier version of the contract's questions. Given
 * several PDFs, the versions of one contract, it also checks their renewal chain
 * (verify-chain.ts).
 */
export const verifyCommand: RunCommand = async ({ files }, output) => {
  if (files.length > 1) return (await import("./verify-chain.ts")).verifyChain(files, output);
  const file = files[0] as string;
  const result = await verifyFile(file);
  return printVerifyResult(result, file, output);
};

/** Reads and verifies one contract PDF against this release's schema and wording. */
export async function verifyFile(file: string): Promise<VerifyResult> {
  const bytes = await readInputFile(file, { maxBytes: MAX_PDF_BYTES, what: "a contract PDF" });
  // Loaded once the file is read: pdf-lib and pdf.js take a second to load on a small machine.
  const { verifyContractPdf } = await import("../../pdf/verify-contract-pdf.ts");
  const schema = await loadSchema();
  const wording = await wordingHash((await loadClauses(layoutContract(schema))).set);
  return verifyContractPdf(bytes, schema, wording);
}

/** Prints what verify found in one PDF, each line after `prefix` (a file name when there are several); returns the exit code. */
export function printVerifyResult(result: VerifyResult, file: string, output: CliOutput, prefix = ""): 0 | 1 {
  const out = (line: string) => output.out(`${prefix}${line}`);
  switch (result.status) {
    case "verified":
      out(`verified: ${result.names.join(" and ")}, fingerprint ${result.fingerprint}`);
      if (result.madeWithVersion !== undefined) out(`note: ${madeEarlier(result.madeWithVersion)}`);
      if (result.wordingChanged) out(`note: ${WORDING_CHANGED}`);
      return 0;
    case "draft":
      out(`draft: ${result.names.join(" and ")}, fingerprint ${result.fingerprint}: printed as a draft, not signed; sign it in the workbook`);
      if (result.madeWithVersion !== undefined) out(`note: ${madeEarlier(result.madeWithVersion)}`);
      if (result.wordingChanged) out(`note: ${WORDING_CHANGED}`);
      return 1;
    case "changed":
      for (const problem of result.problems) out(`changed: ${problem}`);
      return 1;
    case "not-a-contract":
      throw new CliError(`not a contract PDF: ${result.reason}`, { file });
  }
}
