import type { CompiledSchema } from "../schema/compile-schema.ts";
import { messages } from "../schema/messages.ts";
import type { Completeness } from "../schema/to-zod.ts";
import { ITEM } from "../schema/list-leaves.ts";
import { checkRules } from "./contract-rules.ts";
import type { FieldError } from "./field-error.ts";
import { formatPath } from "./field-path.ts";

export type { FieldError };

/** A contract that fits the schema, or every reason it does not. */
export type Validation = { ok: true; contract: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/**
 * Validates contract data against the compiled schema, then the rules JSON Schema
 * cannot say (contract-rules.ts: the review comes after the start, a ritual says when
 * it happens, a time zone is a real one, text is well-formed Unicode). Errors come out in the order of the schema's questions.
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
  if (typeof value === "object" && value !== null) errors.push(...checkRules(schema, value as Record<string, unknown>, completeness));
  const ordered = inSchemaOrder(oneEach(errors), schema.leaves.map((leaf) => leaf.path));
  return ordered.length ? { ok: false, errors: ordered } : { ok: true, contract: value as Record<string, unknown> };
}

/**
 * Keeps the first message for each answer. zod 4 still runs length checks on a value
 * of the wrong type (a text where a list belongs), and a person needs one clear
 * message per answer, the first being the most basic.
 */
function oneEach(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => (seen.has(error.path) ? false : (seen.add(error.path), true)));
}

/**
 * Sorts errors into the order of the schema's questions (then list items in order),
 * whatever order the checks found them in or the file's keys came in. An error about
 * a group or an unknown key sorts with the first answer under its path.
 */
function inSchemaOrder(errors: FieldError[], order: string[]): FieldError[] {
  const rank = (path: string) => {
    let pattern = path.replace(/\.\d+(?=\.|$)/g, `.${ITEM}`);
    for (;;) {
      // Keys the schema does not know, at the top level, go last.
      if (pattern === "") return order.length;
      const index = order.findIndex((leaf) => leaf === pattern || leaf.startsWith(`${pattern}.`));
      if (index !== -1) return index;
      pattern = pattern.includes(".") ? pattern.slice(0, pattern.lastIndexOf(".")) : "";
    }
  };
  const indexes = (path: string) => (path.match(/\.(\d+)(?=\.|$)/g) ?? []).map((part) => Number(part.slice(1)));
  return errors
    .map((error) => ({ error, rank: rank(error.path), items: indexes(error.path) }))
    // Array sort is stable: errors of one answer keep the order they were found in.
    .sort((x, y) => x.rank - y.rank || compareLists(x.items, y.items))
    .map(({ error }) => error);
}

function compareLists(x: number[], y: number[]): number {
  for (let index = 0; index < Math.min(x.length, y.length); index++) {
    const difference = (x[index] as number) - (y[index] as number);
    if (difference) return difference;
  }
  return x.length - y.length;
}

