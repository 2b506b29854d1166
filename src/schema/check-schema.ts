import * as z from "zod/mini";
import { PARTNERS } from "../layout/contract-names.ts";
import { REF_PREFIX } from "./resolve-refs.ts";

// zod/mini, not classic zod: the command line may check the schema when it starts,
// and classic zod is 450 KB of JavaScript to load where these shapes need 20 KB
// (issue 11: validate in 0.12 s). Its messages are in English: load-schema.ts sets the
// locale, as classic zod does on import.

/** The JSON Schema dialect contract schemas are written in. */
export const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** One thing wrong with a schema, at a JSON pointer (RFC 6901) into its file. */
export interface SchemaProblem {
  pointer: string;
  message: string;
}

const text = z.string().check(z.minLength(1));
const count = z.int().check(z.minimum(0));

const annotations = {
  title: z.optional(text),
  description: z.optional(text),
  readOnly: z.optional(z.boolean()),
  "x-step": z.optional(z.int({ error: "x-step must be a whole number" }).check(z.minimum(1, "x-step must be a step from 1 to 7"), z.maximum(7, "x-step must be a step from 1 to 7"))),
  "x-widget": z.optional(z.enum(["signature", "time-zone"], { error: 'x-widget must be "signature" or "time-zone"' })),
  $comment: z.optional(z.string()),
};

// One strict shape per type: any keyword not listed here is outside the subset the
// form, the validators and the PDFs understand, so it fails the build rather than
// being silently ignored. Children (properties, items) are checked by recursion.
const SHAPES = {
  object: z.strictObject({
    ...annotations,
    type: z.literal("object"),
    properties: z.record(z.string(), z.unknown()),
    required: z.optional(z.array(z.string())),
    additionalProperties: z.literal(false, {
      error: "objects must say additionalProperties: false, so contracts are parsed strictly",
    }),
  }),
  string: z.strictObject({
    ...annotations,
    type: z.literal("string"),
    maxLength: z.optional(count),
    minLength: z.optional(count),
    pattern: z.optional(z.string()),
    format: z.optional(z.enum(["date", "time"])),
    enum: z.optional(z.array(text).check(z.minLength(1))),
  }),
  number: z.strictObject({
    ...annotations,
    type: z.enum(["number", "integer"]),
    minimum: z.optional(z.number()),
    maximum: z.optional(z.number()),
    multipleOf: z.optional(z.number().check(z.positive())),
    const: z.optional(z.number()),
  }),
  boolean: z.strictObject({ ...annotations, type: z.literal("boolean") }),
  array: z.strictObject({
    ...annotations,
    type: z.literal("array"),
    items: z.record(z.string(), z.unknown()),
    minItems: z.optional(count),
    maxItems: z.int({ error: "lists need a maxItems, a whole number" }).check(z.minimum(0)),
    uniqueItems: z.optional(z.boolean()),
  }),
  ref: z.strictObject({
    $ref: z.string().check(z.startsWith(REF_PREFIX, { error: `only local references "${REF_PREFIX}name" are supported` })),
    title: z.optional(text),
    description: z.optional(text),
  }),
} as const;

const ROOT_KEYWORDS = z.object({
  $schema: z.literal(DIALECT, { error: `$schema must be "${DIALECT}"` }),
  $id: z.optional(z.string()),
  $defs: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
});

/** Escapes one reference token of a JSON pointer (RFC 6901, section 3). */
function token(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function shapeOf(node: Record<string, unknown>): keyof typeof SHAPES | undefined {
  if ("$ref" in node) return "ref";
  switch (node.type) {
    case "object":
    case "string":
    case "boolean":
    case "array":
      return node.type;
    case "number":
    case "integer":
      return "number";
    default:
      return undefined;
  }
}

/**
 * Checks that a parsed schema file stays inside the supported subset of JSON Schema
 * and is sound: every limit present (maxLength, bounds, maxItems), required names
 * that exist, references that resolve, steps used once. Returns every problem found,
 * each at its JSON pointer; an empty list means the schema can be used.
 */
export function checkSchema(schema: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const report = (pointer: string, message: string) => problems.push({ pointer: pointer || "/", message });
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    report("", "a schema must be a JSON object");
    return problems;
  }
  const root = schema as Record<string, unknown>;
  const rootKeywords = ROOT_KEYWORDS.safeParse(root);
  for (const issue of rootKeywords.error?.issues ?? []) report(`/${issue.path.map(String).map(token).join("/")}`, issue.message);
  // Read $defs even when another root keyword is wrong, so one mistake is one problem.
  const defs: Record<string, unknown> =
    typeof root.$defs === "object" && root.$defs !== null && !Array.isArray(root.$defs) ? (root.$defs as Record<string, unknown>) : {};
  const usedDefs = new Set<string>();
  const steps = new Map<number, string>();

  const check = (node: unknown, pointer: string, depth: number, refChain: string[]): void => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      report(pointer, "a schema node must be a JSON object");
      return;
    }
    const record = node as Record<string, unknown>;
    const shape = shapeOf(record);
    if (!shape) {
      report(pointer, `unsupported type ${JSON.stringify(record.type)}: use object, string, number, integer, boolean or array, or a $ref`);
      return;
    }
    const parsed = SHAPES[shape].safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const at = `${pointer}${issue.path.map((p) => `/${token(String(p))}`).join("")}`;
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) report(`${pointer}/${token(key)}`, `unsupported keyword "${key}" for ${shape === "object" || shape === "array" ? "an" : "a"} ${shape} node`);
        } else {
          report(at, issue.message);
        }
      }
      return;
    }
    if (typeof record["x-step"] === "number") {
      const step = record["x-step"];
      const earlier = steps.get(step);
      if (depth !== 1) report(`${pointer}/x-step`, "x-step belongs only on the root's own properties");
      else if (earlier) report(`${pointer}/x-step`, `step ${step} is already used by ${earlier}`);
      else steps.set(step, pointer);
    }
    switch (shape) {
      case "ref": {
        const name = String(record.$ref).slice(REF_PREFIX.length);
        usedDefs.add(name);
        if (!Object.hasOwn(defs, name)) report(`${pointer}/$ref`, `no definition "${name}" in $defs`);
        else if (refChain.includes(name)) report(`${pointer}/$ref`, `circular reference to "${name}"`);
        else check(defs[name], `/$defs/${token(name)}`, depth, [...refChain, name]);
        return;
      }
      case "object": {
        const properties = record.properties as Record<string, unknown>;
        for (const name of (record.required as string[] | undefined) ?? []) {
          if (!Object.hasOwn(properties, name)) report(`${pointer}/required`, `"${name}" is required but not among the properties`);
        }
        if (new Set(PARTNERS.map((partner) => Object.hasOwn(properties, partner))).size > 1) {
          report(`${pointer}/properties`, `partner properties come in pairs: ${PARTNERS.map((partner) => `"${partner}"`).join(" and ")}`);
        }
        for (const [key, child] of Object.entries(properties)) {
          if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) {
            report(`${pointer}/properties/${token(key)}`, `property names must be letters and digits, starting with a letter ("${key}")`);
          } else if (key === "constructor" || key === "prototype") {
            // Contract data refuses these keys (src/contract/parse-contract-json.ts), so no answer could be saved.
            report(`${pointer}/properties/${token(key)}`, `"${key}" cannot be a property name: contract files refuse it`);
          }
          check(child, `${pointer}/properties/${token(key)}`, depth + 1, refChain);
        }
        return;
      }
      case "array":
        if (typeof record.minItems === "number" && record.minItems > (record.maxItems as number)) {
          report(`${pointer}/minItems`, "minItems is larger than maxItems");
        }
        check(record.items, `${pointer}/items`, depth + 1, refChain);
        return;
      case "string":
        if (record.enum === undefined && record.maxLength === undefined) {
          report(pointer, "free-text strings need a maxLength");
        }
        if (typeof record.minLength === "number" && record.minLength > (record.maxLength as number)) {
          report(`${pointer}/minLength`, "minLength is larger than maxLength");
        }
        if (typeof record.pattern === "string") {
          try {
            new RegExp(record.pattern, "u");
          } catch (error) {
            report(`${pointer}/pattern`, `not a valid regular expression: ${(error as Error).message}`);
          }
        }
        return;
      case "number":
        if (record.type === "integer" && record.const !== undefined && !Number.isInteger(record.const)) {
          report(`${pointer}/const`, "an integer's const must be a whole number");
        }
        if (record.const === undefined) {
          if (record.minimum === undefined) report(pointer, "numbers need a minimum");
          if (record.maximum === undefined) report(pointer, "numbers need a maximum");
          if ((record.minimum as number) > (record.maximum as number)) report(`${pointer}/minimum`, "minimum is larger than maximum");
        }
        return;
      default:
        return;
    }
  };

  const { $schema: _s, $id: _i, $defs: _d, ...tree } = root;
  if (tree.type !== "object") report("/type", "the root of a contract schema must be an object");
  check(tree, "", 0, []);
  // A definition nothing refers to yet is still checked, so it cannot hide a mistake.
  for (const name of Object.keys(defs)) {
    if (usedDefs.has(name)) continue;
    usedDefs.add(name);
    check(defs[name], `/$defs/${token(name)}`, 2, [name]);
  }
  // A definition used twice is checked twice; say each problem once.
  const seen = new Set<string>();
  return problems.filter(({ pointer, message }) => {
    const key = `${pointer} ${message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
