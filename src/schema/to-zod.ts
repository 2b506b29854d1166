import * as z from "zod/mini";
import { messages } from "./messages.ts";
import type { ArrayNode, NumberNode, ObjectNode, SchemaNode, StringNode } from "./schema-node.ts";

/**
 * How complete a contract must be. A draft is what the workbook saves while a couple
 * is still writing: every answer may be missing, but whatever is there must fit the
 * schema. A complete contract has every required answer.
 */
export type Completeness = "draft" | "complete";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a date written YYYY-MM-DD that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Builds a zod validator from a resolved contract schema. It uses zod/mini, whose
 * functions tree-shake, because the same validator runs in the workbook's page under a
 * 40 KB budget; zod's own z.fromJSONSchema pulls in all of classic zod (about 90 KB
 * gzipped) and can express neither drafts nor messages worded from the schema.
 * Objects are strict: an unknown key, `__proto__` included, is an error, never merged.
 */
export function toZod(node: SchemaNode, completeness: Completeness): z.ZodMiniType {
  const typeError = {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? messages.missing(node) : messages.wrongType(node)),
  };
  switch (node.type) {
    case "object":
      return objectToZod(node, completeness, typeError);
    case "array":
      return arrayToZod(node, completeness, typeError);
    case "string":
      return stringToZod(node, typeError);
    case "number":
    case "integer":
      return numberToZod(node, typeError);
    case "boolean":
      return z.boolean(typeError);
  }
}

type TypeError = { error: (issue: { input?: unknown }) => string };

// zod 4 runs a length check on any value that has a length, even one that already
// failed its type (a text where a list belongs), which would add a second, confusing
// message. These make each check run only on a value of its own type.
const onlyLists = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };
const onlyText = { when: (payload: { value: unknown }) => typeof payload.value === "string" };

function objectToZod(node: ObjectNode, completeness: Completeness, typeError: TypeError) {
  const required = new Set(node.required ?? []);
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const validator = toZod(child, completeness);
    // Even a draft carries its version: without it, it cannot be migrated.
    const isRequired = required.has(key) && (completeness === "complete" || isConstant(child));
    shape[key] = isRequired ? validator : z.optional(validator);
  }
  return z.strictObject(shape, typeError);
}

function isConstant(node: SchemaNode): boolean {
  return (node.type === "number" || node.type === "integer") && node.const !== undefined;
}

function arrayToZod(node: ArrayNode, completeness: Completeness, typeError: TypeError) {
  const checks: z.core.$ZodCheck<unknown[]>[] = [
    z.maxLength(node.maxItems, { error: messages.tooMany(node, node.maxItems), ...onlyLists }),
  ];
  if (node.minItems && completeness === "complete") {
    checks.push(
      z.minLength(node.minItems, {
        error: node.minItems === 1 ? messages.missing(node) : messages.tooFew(node, node.minItems),
        ...onlyLists,
      }),
    );
  }
  if (node.uniqueItems) {
    checks.push(
      z.refine((items: unknown[]) => new Set(items.map((item) => JSON.stringify(item))).size === items.length, {
        error: messages.repeated(node),
        ...onlyLists,
      }),
    );
  }
  return z.array(toZod(node.items, completeness), typeError).check(...checks);
}

function stringToZod(node: StringNode, typeError: TypeError) {
  if (node.enum) {
    return z.enum(node.enum as [string, ...string[]], {
      error: (issue) => (issue.input === undefined ? messages.missing(node) : messages.notAChoice(node)),
    });
  }
  const checks: z.core.$ZodCheck<string>[] = [];
  if (node.maxLength !== undefined) checks.push(z.maxLength(node.maxLength, { error: messages.tooLong(node, node.maxLength), ...onlyText }));
  if (node.minLength) checks.push(z.minLength(node.minLength, { error: messages.tooShort(node, node.minLength), ...onlyText }));
  if (node.pattern !== undefined) checks.push(z.regex(new RegExp(node.pattern, "u"), { error: messages.badPattern(node), ...onlyText }));
  if (node.format === "date") checks.push(z.refine(isRealDate, { error: messages.badDate(node), ...onlyText }));
  if (node.format === "time") checks.push(z.regex(TIME, { error: messages.badTime(node), ...onlyText }));
  return z.string(typeError).check(...checks);
}

function numberToZod(node: NumberNode, typeError: TypeError) {
  if (node.const !== undefined) {
    return z.literal(node.const, {
      error: (issue) => (issue.input === undefined ? messages.missing(node) : messages.notExactly(node, node.const)),
    });
  }
  const base = node.type === "integer" ? z.int(typeError) : z.number(typeError);
  const checks: z.core.$ZodCheck<number>[] = [];
  if (node.minimum !== undefined) checks.push(z.gte(node.minimum, messages.outOfRange(node)));
  if (node.maximum !== undefined) checks.push(z.lte(node.maximum, messages.outOfRange(node)));
  if (node.multipleOf !== undefined) checks.push(z.multipleOf(node.multipleOf, messages.notAMultiple(node, node.multipleOf)));
  return base.check(...checks);
}
