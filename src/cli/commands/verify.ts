import { loadClauses } from "../../agreement/load-clauses.ts";
import { wordingHash } from "../../agreement/wording-hash.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import { CliError } from "../cli-error.ts";
import { MAX_PDF_BYTES } from "../limits.ts";
import type { RunCommand } from "../command-types.ts";
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
 * and so does one made with an earlier version of the contract's questions.
 */
export const verifyCommand: RunCommand = async ({ files: [input] }, output) => {
  const file = input as string;
  const bytes = await readInputFile(file, { maxBytes: MAX_PDF_BYTES, what: "a contract PDF" });
  // Loaded once the file is read: pdf-lib and pdf.js take a second to load on a small machine.
  const { verifyContractPdf } = await import("../../pdf/verify-contract-pdf.ts");
  const schema = await loadSchema();
  const wording = await wordingHash((await loadClauses(layoutContract(schema))).set);
  const result = await verifyContractPdf(bytes, schema, wording);
  switch (result.status) {
    case "verified":
      output.out(`verified: ${result.names.join(" and ")}, fingerprint ${result.fingerprint}`);
      if (result.madeWithVersion !== undefined) output.out(`note: ${madeEarlier(result.madeWithVersion)}`);
      if (result.wordingChanged) output.out(`note: ${WORDING_CHANGED}`);
      return 0;
    case "draft":
      output.out(`draft: ${result.names.join(" and ")}, fingerprint ${result.fingerprint}: printed as a draft, not signed; sign it in the workbook`);
      if (result.madeWithVersion !== undefined) output.out(`note: ${madeEarlier(result.madeWithVersion)}`);
      if (result.wordingChanged) output.out(`note: ${WORDING_CHANGED}`);
      return 1;
    case "changed":
      for (const problem of result.problems) output.out(`changed: ${problem}`);
      return 1;
    case "not-a-contract":
      throw new CliError(`not a contract PDF: ${result.reason}`, { file });
  }
};
