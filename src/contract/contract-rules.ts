import { COUPLE, REVIEW_DATE, RITUAL_PARTS, START_DATE, TIME_ZONE, TOGETHER } from "../layout/contract-names.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { ITEM } from "../schema/list-leaves.ts";
import { messages } from "../schema/messages.ts";
import type { SchemaNode } from "../schema/schema-node.ts";
import type { Completeness } from "../schema/to-zod.ts";
import { formatPath, getAt, parsePath, type FieldPath } from "./field-path.ts";
import { RITUAL_SCHEDULES } from "./ritual-schedule.ts";
import type { FieldError } from "./field-error.ts";

/**
 * The rules of a contract that JSON Schema cannot say: the review comes after the
 * start; a time zone is one this device knows (the calendar needs a real one); every
 * text is well-formed Unicode (canonical JSON needs it); and, once a contract is to be
 * complete, each ritual says when it happens (its days of the week, or its day of the
 * month, as its "How often" requires), so it can go in a calendar.
 */
export function checkRules(schema: CompiledSchema, contract: Record<string, unknown>, completeness: Completeness): FieldError[] {
  const errors: FieldError[] = [];
  const [startPath, reviewPath, zonePath] = [`${COUPLE}.${START_DATE}`, `${COUPLE}.${REVIEW_DATE}`, `${COUPLE}.${TIME_ZONE}`];
  const start = getAt(contract, parsePath(startPath));
  const review = getAt(contract, parsePath(reviewPath));
  if (typeof start === "string" && typeof review === "string" && review <= start) {
    errors.push({ path: reviewPath, message: messages.notAfterStart(nodeAt(schema, reviewPath)) });
  }
  const zone = getAt(contract, parsePath(zonePath));
  if (typeof zone === "string" && zone !== "" && !isKnownTimeZone(zone)) {
    errors.push({ path: zonePath, message: messages.unknownTimeZone(nodeAt(schema, zonePath)) });
  }
  if (completeness === "complete") errors.push(...checkRitualDays(schema, contract));
  for (const path of findBrokenText(contract, [])) {
    errors.push({ path: formatPath(path), message: "This answer contains a broken character: please retype it" });
  }
  return errors;
}

/** True for an IANA time zone (or alias) this runtime's time-zone data knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Each ritual of a complete contract says on which days it happens, as its frequency requires. */
function checkRitualDays(schema: CompiledSchema, contract: Record<string, unknown>): FieldError[] {
  const listPath = `${TOGETHER.section}.${TOGETHER.list}`;
  const rituals = getAt(contract, parsePath(listPath));
  if (!Array.isArray(rituals)) return [];
  return rituals.flatMap((ritual, index): FieldError[] => {
    const frequency = getAt(ritual, [RITUAL_PARTS.frequency]);
    const needs = typeof frequency === "string" ? RITUAL_SCHEDULES[frequency]?.needs : undefined;
    if (!needs) return [];
    const value = getAt(ritual, [RITUAL_PARTS[needs]]);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) return [];
    const node = nodeAt(schema, `${listPath}.${ITEM}.${RITUAL_PARTS[needs]}`);
    return [{ path: `${listPath}.${index}.${RITUAL_PARTS[needs]}`, message: messages.needsWhen(node, frequency as string) }];
  });
}

/** The schema node of an answer the rules name; a schema without it cannot be used. */
function nodeAt(schema: CompiledSchema, path: string): SchemaNode {
  const leaf = schema.leaves.find((candidate) => candidate.path === path);
  if (!leaf) throw new Error(`the contract schema has no answer "${path}"`);
  return leaf.node;
}

function findBrokenText(value: unknown, path: FieldPath): FieldPath[] {
  if (typeof value === "string") return (value as string & { isWellFormed(): boolean }).isWellFormed() ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findBrokenText(item, [...path, index]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => findBrokenText(child, [...path, key]));
  }
  return [];
}
