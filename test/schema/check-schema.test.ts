import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSchema, type SchemaProblem } from "../../src/schema/check-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const REAL = JSON.parse(readFileSync(path.join(ROOT, "data/contract.schema.json"), "utf8")) as Record<string, unknown>;
const FIXTURES = path.join(ROOT, "test/fixtures/schemas");

/** A deep copy of the real schema, changed by `edit`: the schema is JSON, so `any` is what it is. */
function broken(edit: (schema: any) => void): Record<string, unknown> {
  const schema = structuredClone(REAL);
  edit(schema);
  return schema;
}

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));
}

const DISTANCE_SIGNAL = "/properties/guardrails/properties/distanceSignal";
const MINUTES = "/properties/rituals/properties/microConnection/properties/minutes";

describe("checkSchema", () => {
  it("finds no problem in the project's contract schema", () => {
    expect(checkSchema(REAL)).toEqual([]);
  });

  it("finds no problem in a minimal schema", () => {
    expect(checkSchema(fixture("minimal.schema.json"))).toEqual([]);
  });

  it("does not change the schema it checks", () => {
    const schema = structuredClone(REAL);
    checkSchema(schema);
    expect(schema).toEqual(REAL);
  });

  it("refuses a schema that is not an object, at the root pointer", () => {
    expect(checkSchema([])).toEqual([{ pointer: "/", message: "a schema must be a JSON object" }]);
  });

  it("reports every problem of a file at once, each at its own pointer", () => {
    expect(checkSchema(fixture("two-problems.schema.json"))).toEqual([
      { pointer: "/required", message: '"missing" is required but not among the properties' },
      { pointer: "/properties/note/oneOf", message: 'unsupported keyword "oneOf" for a string node' },
    ]);
  });

  // Each broken schema has exactly one problem, so each row also shows that a mistake
  // in one place is not reported anywhere else.
  const cases: { shows: string; edit: (schema: any) => void; problem: SchemaProblem }[] = [
    {
      shows: "an unsupported keyword on an object (oneOf)",
      edit: (s) => (s.properties.couple.oneOf = []),
      problem: { pointer: "/properties/couple/oneOf", message: expect.stringContaining('unsupported keyword "oneOf"') },
    },
    {
      shows: "an unsupported keyword on an object (patternProperties)",
      edit: (s) => (s.properties.rituals.patternProperties = { "^x": { type: "boolean" } }),
      problem: { pointer: "/properties/rituals/patternProperties", message: expect.stringContaining('unsupported keyword "patternProperties"') },
    },
    {
      shows: "an unsupported keyword on a string (if)",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.if = { maxLength: 3 }),
      problem: { pointer: `${DISTANCE_SIGNAL}/if`, message: expect.stringContaining('unsupported keyword "if"') },
    },
    {
      shows: "an unsupported keyword inside a definition, at the definition's pointer",
      edit: (s) => (s.$defs.partner.properties.name.const = "Maya"),
      problem: { pointer: "/$defs/partner/properties/name/const", message: expect.stringContaining('unsupported keyword "const"') },
    },
    {
      shows: "a free-text string without maxLength",
      edit: (s) => delete s.properties.guardrails.properties.distanceSignal.maxLength,
      problem: { pointer: DISTANCE_SIGNAL, message: "free-text strings need a maxLength" },
    },
    {
      shows: "a number without minimum",
      edit: (s) => delete s.properties.rituals.properties.microConnection.properties.minutes.minimum,
      problem: { pointer: MINUTES, message: "numbers need a minimum" },
    },
    {
      shows: "a number without maximum",
      edit: (s) => delete s.properties.rituals.properties.microConnection.properties.minutes.maximum,
      problem: { pointer: MINUTES, message: "numbers need a maximum" },
    },
    {
      shows: "a minimum above the maximum",
      edit: (s) => (s.properties.rituals.properties.microConnection.properties.minutes.minimum = 121),
      problem: { pointer: `${MINUTES}/minimum`, message: "minimum is larger than maximum" },
    },
    {
      shows: "a list without maxItems",
      edit: (s) => delete s.properties.rituals.properties.list.maxItems,
      problem: { pointer: "/properties/rituals/properties/list/maxItems", message: "lists need a maxItems, a whole number" },
    },
    {
      shows: "minItems above maxItems",
      edit: (s) => (s.properties.rituals.properties.list.minItems = 9),
      problem: { pointer: "/properties/rituals/properties/list/minItems", message: "minItems is larger than maxItems" },
    },
    {
      shows: "an object without additionalProperties",
      edit: (s) => delete s.properties.rituals.properties.checkIn.additionalProperties,
      problem: { pointer: "/properties/rituals/properties/checkIn/additionalProperties", message: expect.stringContaining("additionalProperties: false") },
    },
    {
      shows: "an object with additionalProperties: true",
      edit: (s) => (s.properties.rituals.properties.checkIn.additionalProperties = true),
      problem: { pointer: "/properties/rituals/properties/checkIn/additionalProperties", message: expect.stringContaining("additionalProperties: false") },
    },
    {
      shows: "a required name that is not among the properties",
      edit: (s) => s.properties.guardrails.required.push("curfew"),
      problem: { pointer: "/properties/guardrails/required", message: '"curfew" is required but not among the properties' },
    },
    {
      shows: "a $ref to a definition that does not exist",
      edit: (s) => (s.properties.couple.properties.a.$ref = "#/$defs/nobody"),
      problem: { pointer: "/properties/couple/properties/a/$ref", message: 'no definition "nobody" in $defs' },
    },
    {
      shows: "a $ref to another file",
      edit: (s) => (s.properties.couple.properties.a.$ref = "https://example.com/partner.schema.json"),
      problem: { pointer: "/properties/couple/properties/a/$ref", message: expect.stringContaining("only local references") },
    },
    {
      shows: "a definition that refers to itself",
      edit: (s) => (s.$defs.partner.properties.partner = { $ref: "#/$defs/partner" }),
      problem: { pointer: "/$defs/partner/properties/partner/$ref", message: 'circular reference to "partner"' },
    },
    {
      shows: "two definitions that refer to each other",
      edit: (s) => {
        s.$defs.ping = { $ref: "#/$defs/pong" };
        s.$defs.pong = { $ref: "#/$defs/ping" };
        s.properties.couple.properties.a = { $ref: "#/$defs/ping" };
      },
      problem: { pointer: "/$defs/pong/$ref", message: 'circular reference to "ping"' },
    },
    {
      shows: "a pattern that is not a regular expression",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.pattern = "(["),
      problem: { pointer: `${DISTANCE_SIGNAL}/pattern`, message: expect.stringMatching(/^not a valid regular expression: /) },
    },
    {
      shows: "a pattern valid without the u flag but not with it, as the validators compile it",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.pattern = "\\-"),
      problem: { pointer: `${DISTANCE_SIGNAL}/pattern`, message: expect.stringMatching(/^not a valid regular expression: /) },
    },
    {
      shows: "minLength above maxLength",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.minLength = 121),
      problem: { pointer: `${DISTANCE_SIGNAL}/minLength`, message: "minLength is larger than maxLength" },
    },
    {
      shows: "an x-step used by two sections, at the second one",
      edit: (s) => (s.properties.guardrails["x-step"] = 1),
      problem: { pointer: "/properties/guardrails/x-step", message: "step 1 is already used by /properties/batteryPack" },
    },
    {
      shows: "an x-step outside 1 to 7",
      edit: (s) => (s.properties.guardrails["x-step"] = 8),
      problem: { pointer: "/properties/guardrails/x-step", message: expect.any(String) },
    },
    {
      shows: "an unsupported type",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.type = "null"),
      problem: { pointer: DISTANCE_SIGNAL, message: expect.stringMatching(/^unsupported type "null"/) },
    },
    {
      shows: "a list of types",
      edit: (s) => (s.properties.guardrails.properties.distanceSignal.type = ["string", "null"]),
      problem: { pointer: DISTANCE_SIGNAL, message: expect.stringMatching(/^unsupported type \["string","null"\]/) },
    },
    {
      shows: "a format other than date and time",
      edit: (s) => (s.properties.couple.properties.startDate.format = "date-time"),
      problem: { pointer: "/properties/couple/properties/startDate/format", message: expect.any(String) },
    },
    {
      shows: 'a partner "a" without its "b"',
      edit: (s) => {
        delete s.properties.deeperWe.properties.b;
        s.properties.deeperWe.required = ["a"];
      },
      problem: { pointer: "/properties/deeperWe/properties", message: 'partner properties come in pairs: "a" and "b"' },
    },
    {
      shows: "a property name with a dot, which would break dotted field paths",
      edit: (s) => (s.properties.guardrails.properties["distance.signal"] = { title: "Signal", type: "string", maxLength: 10 }),
      problem: {
        pointer: "/properties/guardrails/properties/distance.signal",
        message: expect.stringContaining("property names must be letters and digits"),
      },
    },
    {
      shows: "a property name with / and ~, escaped in the pointer as RFC 6901 says",
      edit: (s) => (s.properties.guardrails.properties["on/off~x"] = { title: "Switch", type: "boolean" }),
      problem: { pointer: "/properties/guardrails/properties/on~1off~0x", message: expect.stringContaining("property names must be letters and digits") },
    },
  ];

  for (const { shows, edit, problem } of cases) {
    it(`reports ${shows}`, () => {
      expect(checkSchema(broken(edit))).toEqual([problem]);
    });
  }

  it("reports an x-step below the top level at its pointer", () => {
    const problems = checkSchema(broken((s) => (s.properties.rituals.properties.checkIn["x-step"] = 3)));
    expect(problems).toContainEqual({
      pointer: "/properties/rituals/properties/checkIn/x-step",
      message: "x-step belongs only on the root's own properties",
    });
  });

  it("does not let a misplaced x-step claim its step from the section that rightly has it", () => {
    // checkIn (inside rituals) wrongly says step 3; spaceWords, the real step 3, is fine.
    const problems = checkSchema(broken((s) => (s.properties.rituals.properties.checkIn["x-step"] = 3)));
    expect(problems.map((problem) => problem.pointer)).toEqual(["/properties/rituals/properties/checkIn/x-step"]);
  });

  it("reports a wrong $schema at /$schema", () => {
    const problems = checkSchema(broken((s) => (s.$schema = "http://json-schema.org/draft-07/schema#")));
    expect(problems).toContainEqual({ pointer: "/$schema", message: '$schema must be "https://json-schema.org/draft/2020-12/schema"' });
  });

  it("reports a wrong $schema alone, without calling every $ref unresolved", () => {
    const problems = checkSchema(broken((s) => (s.$schema = "http://json-schema.org/draft-07/schema#")));
    expect(problems.map((problem) => problem.pointer)).toEqual(["/$schema"]);
  });

  it("refuses a root that is not an object schema", () => {
    const problems = checkSchema(broken((s) => (s.type = "string")));
    expect(problems).toContainEqual({ pointer: "/type", message: "the root of a contract schema must be an object" });
  });

  it("reports a required name that only an Object.prototype property has (toString)", () => {
    const problems = checkSchema(broken((s) => s.properties.guardrails.required.push("toString")));
    expect(problems).toEqual([{ pointer: "/properties/guardrails/required", message: '"toString" is required but not among the properties' }]);
  });

  it("reports a $ref to a name that only Object.prototype has (constructor) as a missing definition", () => {
    const problems = checkSchema(broken((s) => (s.properties.couple.properties.a.$ref = "#/$defs/constructor")));
    expect(problems).toEqual([{ pointer: "/properties/couple/properties/a/$ref", message: 'no definition "constructor" in $defs' }]);
  });

  it("refuses a property named constructor, a key no contract may hold", () => {
    // parseContractJson and setAt refuse the key "constructor", so such a field could never be saved or opened.
    const problems = checkSchema(broken((s) => (s.properties.guardrails.properties.constructor = { title: "Builder", type: "boolean" })));
    expect(problems.map((problem) => problem.pointer)).toEqual(["/properties/guardrails/properties/constructor"]);
  });
});
