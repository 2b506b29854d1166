import type { CompiledSchema } from "../schema/compile-schema.ts";
import { messages } from "../schema/messages.ts";
import type { Completeness } from "../schema/to-zod.ts";
import { formatPath, getAt, type FieldPath } from "./field-path.ts";

/** One problem with a contract, at the dotted path of the answer it concerns. */
export interface FieldError {
  path: string;
  message: string;
}

/** A contract that fits the schema, or every reason it does not. */
export type Validation = { ok: true; contract: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/**
 * Validates contract data against the compiled schema, then the rules JSON Schema
 * cannot say (the review comes after the start; text is well-formed Unicode, which
 * canonical JSON needs). Errors come out in the order of the schema's questions.
 */
export function validateContract(schema: CompiledSchema, value: unknown, completeness: Completeness): Validation {
  const validator = completeness === "complete" ? schema.complete : schema.draft;
  const result = validator.safeParse(value);
  const errors: FieldError[] = [];
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ path: formatPath([...issue.path, key]), message: messages.unknownKey(key) });
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  if (result.success) errors.push(...checkRules(value as Record<string, unknown>));
  return errors.length ? { ok: false, errors } : { ok: true, contract: value as Record<string, unknown> };
}

function checkRules(contract: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const start = getAt(contract, ["couple", "startDate"]);
  const review = getAt(contract, ["couple", "reviewDate"]);
  if (typeof start === "string" && typeof review === "string" && review <= start) {
    errors.push({ path: "couple.reviewDate", message: "“The date you will review it together” must be after the start date" });
  }
  for (const path of findBrokenText(contract, [])) {
    errors.push({ path: formatPath(path), message: "This answer contains a broken character: please retype it" });
  }
  return errors;
}

function findBrokenText(value: unknown, path: FieldPath): FieldPath[] {
  if (typeof value === "string") return (value as string & { isWellFormed(): boolean }).isWellFormed() ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findBrokenText(item, [...path, index]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => findBrokenText(child, [...path, key]));
  }
  return [];
}
