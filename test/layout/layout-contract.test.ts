import { beforeAll, describe, expect, it } from "vitest";
import { findPair, findSection, pairsOf, sharedEntries } from "../../src/layout/find-entry.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout, Group, List, Pair, Question } from "../../src/layout/layout-types.ts";
import { listQuestions } from "../../src/layout/list-questions.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import type { ObjectNode } from "../../src/schema/schema-node.ts";

let schema: CompiledSchema;
let layout: ContractLayout;

beforeAll(async () => {
  schema = await loadSchema();
  layout = layoutContract(schema);
});

const section = (key: string) => {
  const found = findSection(layout, key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const shared = (key: string, name: string) => sharedEntries(section(key)).find((entry) => entry.key === name);

describe("layoutContract: sections", () => {
  it("lists the sections in the schema's order, with their guide step, id and role", () => {
    expect(layout.sections.map(({ key, id, step, role }) => ({ key, id, step, role }))).toEqual([
      { key: "couple", id: "about-you", step: undefined, role: "couple" },
      { key: "batteryPack", id: "step-1", step: 1, role: "step" },
      { key: "rituals", id: "step-2", step: 2, role: "step" },
      { key: "spaceWords", id: "step-3", step: 3, role: "step" },
      { key: "defaultMoves", id: "step-4", step: 4, role: "step" },
      { key: "individualWorlds", id: "step-5", step: 5, role: "step" },
      { key: "guardrails", id: "step-6", step: 6, role: "step" },
      { key: "deeperWe", id: "step-7", step: 7, role: "step" },
      { key: "signatures", id: "signing", step: undefined, role: "signing" },
    ]);
  });

  it("gives each section its title, hint and whether the contract requires it", () => {
    expect(section("couple")).toMatchObject({ title: "The two of you", hint: "Who is making this agreement, and when it starts.", required: true, path: "couple" });
    expect(section("batteryPack").hint).toBeUndefined();
  });

  it("keeps the answers outside any section at the root: the schema version fixed, the renewal chain and whose draft computed", () => {
    expect(layout.version).toBe(schema.version);
    expect(layout.root.map((entry) => [(entry as Question).path, (entry as Question).answer])).toEqual([
      ["schemaVersion", "fixed"],
      ["contractVersion", "computed"],
      ["previousFingerprint", "computed"],
      ["firstStartDate", "computed"],
      ["draftOf", "computed"],
    ]);
    expect(layout.root[0]).toMatchObject({ kind: "question", path: "schemaVersion", answer: "fixed", limits: { value: schema.version } });
  });
});

describe("layoutContract: questions asked of both partners", () => {
  it("makes one pair per question of the partners' parts, in order, with each partner's path", () => {
    const pairs = pairsOf(section("batteryPack"));
    expect(pairs.map((pair) => pair.key)).toEqual(["hoursPerWeek", "rhythm", "restoringActivities", "otherActivities", "lowBatterySigns", "needInOneSentence"]);
    expect(pairs[1]).toMatchObject({ kind: "pair", title: "My rhythm", paths: { a: "batteryPack.a.rhythm", b: "batteryPack.b.rhythm" } });
    expect((pairs[1] as Pair).partners.b).toMatchObject({ kind: "question", path: "batteryPack.b.rhythm", answer: "choice", required: true });
  });

  it("describes the partners' parts once: their title, paths, and whether each is a signature", () => {
    expect(section("batteryPack").partners).toEqual({
      title: "Battery pack",
      paths: { a: "batteryPack.a", b: "batteryPack.b" },
      required: { a: true, b: true },
      signature: false,
    });
    expect(section("signatures").partners?.signature).toBe(true);
    expect(section("rituals").partners).toBeUndefined();
  });

  it("puts the pairs where the partners' parts stand, before what the two answer together", () => {
    expect(section("individualWorlds").entries.map((entry) => entry.kind)).toEqual(["pair", "pair", "pair", "pair", "pair", "pair", "question"]);
    expect(shared("individualWorlds", "talkBeforeBooking")).toMatchObject({ kind: "question", answer: "yes-no", required: true });
  });

  it("finds a signature's parts by their names", () => {
    const strokes = findPair(section("signatures"), "strokes");
    expect(strokes?.partners.a).toMatchObject({ path: "signatures.a.strokes", answer: "drawing" });
    expect(findPair(section("signatures"), "fingerprint")?.partners.b).toMatchObject({ answer: "computed", limits: { maxLength: 64 } });
  });

  it("refuses partners' parts that ask different questions, naming both", () => {
    const part = (keys: string[]): ObjectNode => ({
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(keys.map((key) => [key, { type: "string", maxLength: 10 }])),
    });
    const tree: ObjectNode = {
      type: "object",
      additionalProperties: false,
      properties: { s: { type: "object", additionalProperties: false, properties: { a: part(["x", "y"]), b: part(["y", "x"]) } } },
    };
    expect(() => layoutContract({ tree })).toThrow("s.b must ask the same questions, in the same order, as s.a");
  });
});

describe("layoutContract: questions asked once, groups and lists", () => {
  it("gives a group its parts as entries", () => {
    const checkIn = shared("rituals", "checkIn") as Group;
    expect(checkIn).toMatchObject({ kind: "group", path: "rituals.checkIn", title: "Your weekly check-in", required: true });
    expect(checkIn.entries.map((entry) => [entry.kind, (entry as Question).path, (entry as Question).answer])).toEqual([
      ["question", "rituals.checkIn.day", "choice"],
      ["question", "rituals.checkIn.time", "time"],
      ["question", "rituals.checkIn.minutes", "number"],
      ["question", "rituals.checkIn.questions", "text"],
    ]);
  });

  it("gives a list of items its item layout and limits", () => {
    const list = shared("rituals", "list") as List;
    expect(list).toMatchObject({ kind: "list", path: "rituals.list", itemPath: "rituals.list.#", itemTitle: "Ritual", minItems: 1, maxItems: 8, unique: false, scalar: false, required: true });
    // The ritual's "when" comes after "How often", in the order a person decides it.
    expect(list.item.map((entry) => (entry as Question).path)).toEqual([
      "rituals.list.#.name",
      "rituals.list.#.frequency",
      "rituals.list.#.days",
      "rituals.list.#.dayOfMonth",
      "rituals.list.#.start",
      "rituals.list.#.minutes",
      "rituals.list.#.note",
    ]);
    expect(list.item.map((entry) => (entry as Question).required)).toEqual([true, true, false, false, false, false, false]);
  });

  it("gives a list of single answers one question at the item's own path", () => {
    const list = shared("defaultMoves", "ownMoves") as List;
    expect(list).toMatchObject({ scalar: true, itemTitle: "Move", minItems: 0, maxItems: 5, required: false });
    expect(list.item).toEqual([expect.objectContaining({ kind: "question", path: "defaultMoves.ownMoves.#", answer: "text", limits: { minLength: 1, maxLength: 200 } })]);
  });

  it("treats a list of choices as one answer with its choices", () => {
    expect(shared("defaultMoves", "moves")).toMatchObject({ kind: "question", answer: "choices", choices: expect.arrayContaining(["Layered time"]) });
  });

  it("states each limit by JSON Schema's own names, with an integer's step", () => {
    const hours = (findPair(section("batteryPack"), "hoursPerWeek") as Pair).partners.a as Question;
    expect(hours.limits).toEqual({ minimum: 0, maximum: 80, step: 0.5 });
    const minutes = (shared("rituals", "microConnection") as Group).entries[0] as Question;
    expect(minutes.limits).toEqual({ minimum: 1, maximum: 120, step: 1, integer: true });
  });

  it("gives the schema's hint, and the key as the title of an untitled answer", () => {
    const tree: ObjectNode = {
      type: "object",
      additionalProperties: false,
      properties: { s: { type: "object", additionalProperties: false, properties: { plain: { type: "boolean", description: "A hint." } } } },
    };
    expect(layoutContract({ tree }).sections[0]?.entries[0]).toMatchObject({ title: "plain", hint: "A hint.", required: false, answer: "yes-no" });
  });

  it("marks an answer required only when it is required at every level from its section", () => {
    const witness = shared("signatures", "witness") as Group;
    expect(witness.required).toBe(false);
    expect(witness.entries.map((entry) => (entry as Question).required)).toEqual([false, false]);
  });
});

describe("listQuestions", () => {
  it("lists every answer of the schema once, in the order of its leaves", () => {
    expect(listQuestions(layout).map(({ question }) => question.path)).toEqual(schema.leaves.map((leaf) => leaf.path));
  });

  it("says whose answer each is, which lists it is inside, and whether it is part of a signature", () => {
    const byPath = new Map(listQuestions(layout).map((placed) => [placed.question.path, placed]));
    expect(byPath.get("batteryPack.b.rhythm")).toMatchObject({ partner: "b", lists: [], signature: false });
    expect(byPath.get("rituals.list.#.name")?.lists.map((list) => list.path)).toEqual(["rituals.list"]);
    expect(byPath.get("signatures.a.name")).toMatchObject({ partner: "a", signature: true });
    expect(byPath.get("signatures.witness.name")).toMatchObject({ signature: false });
    expect(byPath.get("signatures.witness.name")?.partner).toBeUndefined();
  });
});

describe("layoutContract", () => {
  it("gives the same layout object for the same compiled schema", () => {
    expect(layoutContract(schema)).toBe(layout);
  });
});
