import type { SchemaNode } from "./schema-node.ts";

/**
 * Validation messages, written from the schema's own words: each names the question
 * by its title, so the person sees "“My rhythm”", not "batteryPack.a.rhythm".
 * One function per kind of problem keeps the wording in one place for the browser,
 * the build and the command line.
 */
export const messages = {
  missing: (node: SchemaNode) =>
    node.type === "array"
      ? `Add at least one answer to ${quote(node)}`
      : hasChoices(node)
        ? `Choose an answer for ${quote(node)}`
        : `Answer ${quote(node)}`,
  wrongType: (node: SchemaNode) => `${quote(node)} must be ${describeType(node)}`,
  tooLong: (node: SchemaNode, max: number) => `${quote(node)} must be ${max} characters or fewer`,
  tooShort: (node: SchemaNode, min: number) =>
    min <= 1 ? `Answer ${quote(node)}` : `${quote(node)} must be at least ${min} characters`,
  notAChoice: (node: SchemaNode) => `Choose one of the listed answers for ${quote(node)}`,
  outOfRange: (node: SchemaNode & { minimum?: number; maximum?: number }) =>
    `${quote(node)} must be ${node.type === "integer" ? "a whole number" : "a number"} from ${node.minimum} to ${node.maximum}`,
  notAMultiple: (node: SchemaNode, step: number) => `${quote(node)} must be in steps of ${step}`,
  notExactly: (node: SchemaNode, value: unknown) => `${quote(node)} must be ${JSON.stringify(value)}`,
  badDate: (node: SchemaNode) => `${quote(node)} must be a real date, written like 2026-03-14`,
  badTime: (node: SchemaNode) => `${quote(node)} must be a time on the 24-hour clock, written like 19:30`,
  badPattern: (node: SchemaNode) => `${quote(node)} is not in the expected form`,
  tooMany: (node: SchemaNode, max: number) => `${quote(node)} can have at most ${max} ${max === 1 ? "answer" : "answers"}`,
  tooFew: (node: SchemaNode, min: number) => `${quote(node)} needs at least ${min} ${min === 1 ? "answer" : "answers"}`,
  notAfterStart: (node: SchemaNode) => `${quote(node)} must be after the start date`,
  unknownTimeZone: (node: SchemaNode) => `${quote(node)} is not a time zone this device knows: choose one from the list`,
  needsWhen: (node: SchemaNode, frequency: string) => `Answer ${quote(node)}: a ritual “${frequency.toLowerCase()}” needs it, so it can go in your calendar`,
  repeated: (node: SchemaNode) => `${quote(node)} lists the same answer twice`,
  unknownKey: (key: string) => `“${key}” is not part of an Autonomy Contract`,
} as const;

function quote(node: SchemaNode): string {
  return `“${node.title ?? "this answer"}”`;
}

function hasChoices(node: SchemaNode): boolean {
  return node.type === "boolean" || (node.type === "string" && node.enum !== undefined);
}

function describeType(node: SchemaNode): string {
  switch (node.type) {
    case "object":
      return "a group of answers";
    case "array":
      return "a list";
    case "boolean":
      return "yes or no";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "string":
      return node.enum ? "one of the listed answers" : "text";
  }
}
