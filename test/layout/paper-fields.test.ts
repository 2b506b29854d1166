import { beforeAll, describe, expect, it } from "vitest";
import { CHARS_PER_LINE, listPaperFields, MAX_LINES, MIN_LINES, PAPER_LIST_ROWS, paperLines, type PaperField } from "../../src/layout/paper-fields.ts";
import { compileSchema, type CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import type { RootSchema } from "../../src/schema/schema-node.ts";

let schema: CompiledSchema;
let fields: PaperField[];
const byName = (name: string) => fields.find((field) => field.name === name);

beforeAll(async () => {
  schema = await loadSchema();
  fields = listPaperFields(schema);
});

describe("listPaperFields", () => {
  it("gives every name once", () => {
    const names = fields.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("covers every leaf of the schema except the constant, the read-only answers and how a signature was made on screen", () => {
    const left = schema.leaves.map((leaf) => leaf.path).filter((path) => !fields.some((field) => field.leaf === path));
    expect(left.sort()).toEqual(
      ["schemaVersion", "contractVersion", "previousFingerprint", "firstStartDate", "draftOf", "signatures.a.fingerprint", "signatures.a.method", "signatures.a.strokes", "signatures.b.fingerprint", "signatures.b.method", "signatures.b.strokes"].sort(),
    );
  });

  it("keeps the schema's order, with a list's rows one after the other", () => {
    const leafOrder = schema.leaves.map((leaf) => leaf.path);
    const firstOf = (leaf: string) => leafOrder.indexOf(leaf);
    const listStart = (field: PaperField) => firstOf(field.leaf.includes("#") ? (schema.leaves.find((leaf) => leaf.path.startsWith(field.leaf.split("#")[0]!))?.path as string) : field.leaf);
    const starts = fields.map(listStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(fields.filter((field) => field.leaf.startsWith("rituals.list.")).map((field) => field.name).slice(0, 4)).toEqual([
      "rituals.list.0.name",
      "rituals.list.0.frequency",
      "rituals.list.0.days",
      "rituals.list.0.dayOfMonth",
    ]);
  });

  it("numbers a list's rows from 0, as many as its maxItems allows up to PAPER_LIST_ROWS", () => {
    const rows = (leaf: string) => fields.filter((field) => field.leaf === leaf).map((field) => field.name);
    // rituals.list allows 8 items, defaultMoves.ownMoves 5: both get PAPER_LIST_ROWS.
    expect(rows("rituals.list.#.name")).toEqual(Array.from({ length: Math.min(8, PAPER_LIST_ROWS) }, (_, row) => `rituals.list.${row}.name`));
    expect(rows("defaultMoves.ownMoves.#")).toEqual(Array.from({ length: Math.min(5, PAPER_LIST_ROWS) }, (_, row) => `defaultMoves.ownMoves.${row}`));
    expect(fields.some((field) => field.name.includes("#"))).toBe(false);
  });

  it("stops at a list's maxItems when it is below PAPER_LIST_ROWS", () => {
    const small = compileSchema({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      additionalProperties: false,
      properties: {
        schemaVersion: { type: "integer", const: 1 },
        notes: { type: "array", maxItems: 2, items: { type: "string", maxLength: 40 } },
      },
    } as RootSchema);
    expect(listPaperFields(small).map((field) => field.name)).toEqual(["notes.0", "notes.1"]);
  });

  it("gives each kind of answer its kind and its options", () => {
    expect(byName("batteryPack.a.rhythm")).toMatchObject({ kind: "choice", options: expect.arrayContaining(["A little every day"]) });
    expect(byName("batteryPack.a.restoringActivities")?.kind).toBe("choices");
    expect(byName("batteryPack.a.restoringActivities")?.options).toHaveLength(8);
    // A yes or no the contract needs prints as Yes and No, as on screen: a lone box cannot tell "no" from "not yet".
    expect(byName("individualWorlds.talkBeforeBooking")).toMatchObject({ kind: "choice", options: ["Yes", "No"], lines: 1 });
    expect(byName("batteryPack.a.hoursPerWeek")).toMatchObject({ kind: "number", lines: 1 });
    expect(byName("rituals.microConnection.minutes")?.kind).toBe("number");
    expect(byName("couple.startDate")).toMatchObject({ kind: "date", lines: 1 });
    expect(byName("rituals.checkIn.time")).toMatchObject({ kind: "time", lines: 1 });
    expect(byName("guardrails.noStonewalling")).toMatchObject({ kind: "text", maxLength: 400, title: "Our promise not to use space as a weapon" });
    expect(byName("rituals.list.2.frequency")).toMatchObject({ kind: "choice", leaf: "rituals.list.#.frequency", title: "How often" });
  });

  it("prints an optional yes or no as a tick box", () => {
    const optional = compileSchema({
      type: "object",
      additionalProperties: false,
      required: ["schemaVersion"],
      properties: {
        schemaVersion: { type: "integer", const: 1 },
        extras: { type: "object", additionalProperties: false, properties: { pets: { title: "We have pets", type: "boolean" } } },
      },
    } as unknown as RootSchema);
    expect(listPaperFields(optional)).toMatchObject([{ name: "extras.pets", kind: "check", options: [] }]);
  });

  it("keeps the name and date of each signature, for a hand to write", () => {
    expect(fields.filter((field) => field.name.startsWith("signatures.")).map((field) => field.name)).toEqual([
      "signatures.a.name",
      "signatures.a.date",
      "signatures.b.name",
      "signatures.b.date",
      "signatures.witness.name",
      "signatures.witness.role",
    ]);
  });

  it("gives text lines in proportion to its maxLength, within MIN_LINES and MAX_LINES", () => {
    for (const field of fields.filter((candidate) => candidate.kind === "text")) {
      expect(field.lines).toBe(paperLines(field.maxLength));
      expect(field.lines).toBeGreaterThanOrEqual(MIN_LINES);
      expect(field.lines).toBeLessThanOrEqual(MAX_LINES);
    }
    expect(byName("couple.a.name")?.lines).toBe(1);
    expect(byName("batteryPack.a.needInOneSentence")?.lines).toBeLessThan(byName("batteryPack.a.lowBatterySigns")?.lines as number);
    expect(byName("defaultMoves.notes")?.lines).toBe(MAX_LINES);
  });
});

describe("paperLines", () => {
  it("grows with the length and is clamped at both ends", () => {
    expect(paperLines(10)).toBe(MIN_LINES);
    expect(paperLines(CHARS_PER_LINE * 3)).toBe(3);
    expect(paperLines(CHARS_PER_LINE * 100)).toBe(MAX_LINES);
    const lengths = [30, 60, 120, 200, 300, 400, 600];
    const lines = lengths.map(paperLines);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
