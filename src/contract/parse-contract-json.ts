import { FORBIDDEN_KEYS, formatPath, type FieldPath } from "./field-path.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";

/** The outcome of reading a contract file's text. */
export type ParsedJson = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/**
 * Parses a contract file strictly: it must be JSON, its top level an object, and no
 * key anywhere may be `__proto__`, `constructor` or `prototype`. Such keys are never
 * useful in a contract and are the usual way to pollute prototypes, so the file is
 * refused with the place of the key rather than cleaned quietly. A key given twice in
 * one object is refused with its path too: JSON.parse would keep the last silently.
 */
export function parseContractJson(text: string): ParsedJson {
  let value: unknown;
  const json = text.replace(/^\uFEFF/, "");
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "not a contract: the file must hold one JSON object" };
  }
  const forbidden = findForbiddenKey(value, []);
  if (forbidden) return { ok: false, message: `${formatPath(forbidden)}: the key "${forbidden.at(-1)}" is not allowed` };
  const duplicate = findDuplicateKey(json);
  if (duplicate) return { ok: false, message: `${formatPath(duplicate)}: the key "${duplicate.at(-1)}" appears twice; keep one` };
  return { ok: true, value: value as Record<string, unknown> };
}

function findForbiddenKey(value: unknown, path: FieldPath): FieldPath | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenKey(item, [...path, index]);
      if (found) return found;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
