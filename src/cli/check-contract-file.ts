import { checkSignatures } from "../contract/check-signatures.ts";
import { getAt, parsePath } from "../contract/field-path.ts";
import { fillEmptyGroups } from "../contract/fill-empty-groups.ts";
import { migrate } from "../contract/migrations.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { partnerName } from "../contract/partners.ts";
import { PARTNERS, SIGNATURE_PARTS, SIGNATURES, signaturePath } from "../layout/contract-names.ts";
import { validateContract, type FieldError } from "../contract/validate-contract.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { CliError } from "./cli-error.ts";
import { MAX_CONTRACT_BYTES } from "./limits.ts";
import { readInputText } from "./read-input-text.ts";

/** A contract file that is complete and signed, as the command line checked it. */
export interface CheckedContract {
  /** The JSON text to print: the file's own, or the migrated data when it was older. */
  jsonText: string;
  data: Record<string, unknown>;
  fingerprint: string;
  /** "Maya Okafor and Jonas Lind". */
  names: string;
}

/**
 * Reads and checks a contract file the way the workbook does before it calls a
 * contract signed: strict JSON, migrated from an older version, complete, and both
 * signatures covering the answers as they are. Throws a CliError with one
 * `path: message` line per problem. A draft (`pdf --draft`) need not be complete
 * nor signed, but every answer it has must still fit its question.
 */
export async function checkContractFile(file: string, schema: CompiledSchema, options: { draft?: boolean } = {}): Promise<CheckedContract> {
  const text = await readInputText(file, { maxBytes: MAX_CONTRACT_BYTES, what: "a contract file" });
  const parsed = parseContractJson(text);
  if (!parsed.ok) throw new CliError(parsed.message, { file });
  const migrated = migrate(parsed.value, schema.version);
  if (!migrated.ok) throw new CliError(migrated.message, { file });
  const data = migrated.data;
  if (options.draft) {
    const draft = validateContract(schema, data, "draft");
    if (!draft.ok) throw contractErrors(draft.errors, file);
    return { jsonText: textOf(text, data, migrated.from === schema.version), data, fingerprint: (await checkSignatures(data)).fingerprint, names: namesOf(data) };
  }
  // Filling the missing groups first names each missing answer, as the workbook does,
  // instead of one line for a whole section left out.
  const result = validateContract(schema, fillEmptyGroups(schema.tree, data), "complete");
  if (!result.ok) throw contractErrors([...signedEarlier(parsed.value, migrated.from, schema.version), ...unsignedOnce(result.errors, data)], file);
  const { fingerprint, errors } = await checkSignatures(data);
  if (errors.length) throw contractErrors(errors, file);
  return { jsonText: textOf(text, data, migrated.from === schema.version), data, fingerprint, names: namesOf(data) };
}

/** The file's own text, or the migrated data when it was older. */
function textOf(text: string, data: Record<string, unknown>, current: boolean): string {
  return current ? text : `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * A contract signed under an earlier version of the questions is said plainly first:
 * its signatures cannot cover the answers the new version asks, so both sign again.
 */
function signedEarlier(original: Record<string, unknown>, from: number, current: number): FieldError[] {
  if (from >= current) return [];
  const signed = PARTNERS.filter((partner) => getAt(original, parsePath(`${signaturePath(partner)}.${SIGNATURE_PARTS.fingerprint}`)) !== undefined);
  if (!signed.length) return [];
  const who = signed.map((partner) => partnerName(original, partner)).join(" and ");
  return [
    {
      path: SIGNATURES,
      message: `${who} signed this contract in an earlier version of the workbook (version ${from}), which asked fewer questions: answer the new ones below in the workbook, then sign again`,
    },
  ];
}

function namesOf(data: Record<string, unknown>): string {
  return PARTNERS.map((partner) => partnerName(data, partner)).join(" and ");
}

function contractErrors(errors: FieldError[], file: string): CliError {
  return new CliError(errors.map(({ path, message }) => `${path}: ${message}`), { file });
}

/**
 * A partner who has not signed at all gets one line saying so, rather than one for
 * each part of a signature (method, name, date, fingerprint) nobody types by hand.
 */
function unsignedOnce(errors: FieldError[], data: Record<string, unknown>): FieldError[] {
  const unsigned = PARTNERS.filter((partner) => getAt(data, parsePath(signaturePath(partner))) === undefined);
  const told = new Set<string>();
  return errors.flatMap((error) => {
    const partner = unsigned.find((candidate) => error.path.startsWith(`${signaturePath(candidate)}.`));
    if (!partner) return [error];
    if (told.has(partner)) return [];
    told.add(partner);
    return [{ path: signaturePath(partner), message: `${partnerName(data, partner)} has not signed: sign in the workbook` }];
  });
}
