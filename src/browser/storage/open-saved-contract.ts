import { migrate } from "../../contract/migrations.ts";
import { parseContractJson } from "../../contract/parse-contract-json.ts";
import { validateContract, type FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { ContractStore } from "./contract-store.ts";

/** The saved contract, brought up to date, or why it cannot be opened. */
export type OpenedContract =
  | { kind: "empty" }
  | { kind: "loaded"; data: Record<string, unknown>; migratedFrom?: number; errors?: FieldError[] }
  | { kind: "refused"; message: string; errors?: FieldError[] }
  | { kind: "unavailable"; error: unknown };

/**
 * Reads the contract saved on this device: strict JSON, migrated from an older schema
 * version if need be, and validated as a draft. Data it cannot read (a newer
 * version, a damaged copy) is refused and left where it is, untouched. A draft whose
 * answers do not all fit (a number out of range, typed just before the page closed)
 * still opens, with its errors, so the person can fix them rather than lose them.
 */
export function openSavedContract(store: ContractStore, schema: CompiledSchema): OpenedContract {
  const stored = store.read();
  switch (stored.kind) {
    case "empty":
      return { kind: "empty" };
    case "unavailable":
      return { kind: "unavailable", error: stored.error };
    case "newer":
      return {
        kind: "refused",
        // No version numbers: they mean nothing to a couple (issue 10).
        message: "Your contract was saved by a newer version of this workbook. It is safe and untouched; reload the page to get the newer version.",
      };
    case "found":
      return openText(stored.text, schema, { keepInvalidAnswers: true });
  }
}

/**
 * Opens contract text from any source (storage, an imported file) the same way. An
 * imported file must fit the schema as a whole; `keepInvalidAnswers` opens a
 * draft whose answers have errors, reporting them alongside.
 */
export function openText(
  text: string,
  schema: CompiledSchema,
  options: { keepInvalidAnswers?: boolean } = {},
): Exclude<OpenedContract, { kind: "empty" } | { kind: "unavailable" }> {
  const parsed = parseContractJson(text);
  if (!parsed.ok) return { kind: "refused", message: `Cannot open it: ${parsed.message}.` };
  return openValue(parsed.value, schema, options);
}

/**
 * Opens contract data already read (strict JSON, or the answers of a filled
 * workbook PDF) as openText does: migrated, then validated as a draft.
 */
export function openValue(
  value: Record<string, unknown>,
  schema: CompiledSchema,
  options: { keepInvalidAnswers?: boolean } = {},
): Exclude<OpenedContract, { kind: "empty" } | { kind: "unavailable" }> {
  const migrated = migrate(value, schema.version);
  if (!migrated.ok) {
    const message = migrated.reason === "newer" ? "it was saved by a newer version of the workbook. Open it with the newer version" : migrated.message.replace(/\.$/, "");
    return { kind: "refused", message: `Cannot open it: ${message}.` };
  }
  const result = validateContract(schema, migrated.data, "draft");
  if (!result.ok) {
    if (options.keepInvalidAnswers) {
      return {
        kind: "loaded",
        data: migrated.data,
        errors: result.errors,
        ...(migrated.from !== schema.version ? { migratedFrom: migrated.from } : {}),
      };
    }
    return { kind: "refused", message: "It does not fit the contract's questions.", errors: result.errors };
  }
  return {
    kind: "loaded",
    data: result.contract,
    ...(migrated.from !== schema.version ? { migratedFrom: migrated.from } : {}),
  };
}
