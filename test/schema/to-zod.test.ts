import { describe, expect, it } from "vitest";
import type { ArrayNode, ObjectNode, SchemaNode } from "../../src/schema/schema-node.ts";
import { isRealDate, toZod, type Completeness } from "../../src/schema/to-zod.ts";

/** A small contract-like schema, one answer per supported keyword, with titles to quote. */
const ritual: ObjectNode = {
  title: "Ritual",
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { title: "What the ritual is", type: "string", minLength: 1, maxLength: 10 },
    when: { title: "Day and time", type: "string", maxLength: 20 },
  },
};

const rituals: ArrayNode = { title: "Rituals", type: "array", minItems: 2, maxItems: 3, items: ritual };

const tree: ObjectNode = {
  title: "Contract",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "name", "hours", "minutes", "rituals"],
  properties: {
    schemaVersion: { title: "Schema version", type: "integer", const: 2 },
    name: { title: "Name", type: "string", minLength: 1, maxLength: 5 },
    motto: { title: "Motto", type: "string", minLength: 3, maxLength: 8 },
    code: { title: "Code", type: "string", pattern: "^[0-9a-f]{4}$", maxLength: 4 },
    start: { title: "Start date", type: "string", format: "date", maxLength: 10 },
    time: { title: "Time", type: "string", format: "time", maxLength: 5 },
    rhythm: { title: "My rhythm", type: "string", enum: ["Daily", "Weekly"] },
    hours: { title: "Hours alone", type: "number", minimum: 0, maximum: 80, multipleOf: 0.5 },
    minutes: { title: "Minutes", type: "integer", minimum: 1, maximum: 120 },
    talk: { title: "We talk first", type: "boolean" },
    moves: {
      title: "Moves",
      type: "array",
      uniqueItems: true,
      maxItems: 3,
      items: { type: "string", enum: ["Layered", "Solo", "Turns"] },
    },
    rituals,
  },
};

const valid = {
  schemaVersion: 2,
  name: "Maya",
  hours: 2.5,
  minutes: 10,
  rituals: [{ name: "Breakfast" }, { name: "Walk", when: "Tue" }],
};

/** What a validator says about a value: each problem's path and message, in order. */
function problems(value: unknown, completeness: Completeness = "draft", node: SchemaNode = tree) {
  const result = toZod(node, completeness).safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The problems of the valid contract with some answers replaced. */
const problemsWith = (answers: Record<string, unknown>, completeness: Completeness = "draft") =>
  problems({ ...valid, ...answers }, completeness);

describe("toZod", () => {
  it("accepts a complete contract that fits every keyword", () => {
    expect(problems(valid, "complete")).toEqual([]);
  });

  describe("types", () => {
    it("names the expected type of each answer in the words of its title", () => {
      expect(problemsWith({ name: 5, hours: "2", minutes: true, talk: "yes", moves: 3, rituals: {} })).toEqual([
        { path: ["name"], message: "“Name” must be text" },
        { path: ["hours"], message: "“Hours alone” must be a number" },
        { path: ["minutes"], message: "“Minutes” must be a whole number" },
        { path: ["talk"], message: "“We talk first” must be yes or no" },
        { path: ["moves"], message: "“Moves” must be a list" },
        { path: ["rituals"], message: "“Rituals” must be a list" },
      ]);
    });

    it("refuses a contract that is not an object, at the root", () => {
      for (const value of [null, [], "contract", 2]) {
        expect(problems(value)).toEqual([{ path: [], message: "“Contract” must be a group of answers" }]);
      }
    });

    it("treats null as a wrong type, not as a missing answer", () => {
      expect(problemsWith({ name: null }, "complete")).toEqual([{ path: ["name"], message: "“Name” must be text" }]);
    });

    it("says only that the type is wrong when a wrong-typed value has a length (text for a list)", () => {
      expect(problemsWith({ moves: "Layered, Solo" })).toEqual([{ path: ["moves"], message: "“Moves” must be a list" }]);
    });

    it("says only that the type is wrong when a wrong-typed value has a length (a list for text)", () => {
      expect(problemsWith({ name: ["M", "a", "y", "a", "!", "!"] })).toEqual([{ path: ["name"], message: "“Name” must be text" }]);
    });

    it("says a node without a title is “this answer”", () => {
      expect(problems(3, "draft", { type: "string", maxLength: 3 })).toEqual([{ path: [], message: "“this answer” must be text" }]);
    });
  });

  describe("required answers", () => {
    it("asks for each missing required answer of a complete contract", () => {
      expect(problems({ schemaVersion: 2 }, "complete")).toEqual([
        { path: ["name"], message: "Answer “Name”" },
        { path: ["hours"], message: "Answer “Hours alone”" },
        { path: ["minutes"], message: "Answer “Minutes”" },
        { path: ["rituals"], message: "Add at least one answer to “Rituals”" },
      ]);
    });

    it("lets a draft leave every answer out", () => {
      expect(problems({ schemaVersion: 2 }, "draft")).toEqual([]);
    });

    it("asks a draft for its schemaVersion, which it needs to be migrated", () => {
      expect(problems({ name: "Maya" }, "draft")).toEqual([{ path: ["schemaVersion"], message: "Answer “Schema version”" }]);
    });

    it("asks for a choice where the answer is a choice", () => {
      const node: ObjectNode = { ...tree, required: ["rhythm"] };
      expect(problems({}, "complete", node)).toEqual([{ path: ["rhythm"], message: "Choose an answer for “My rhythm”" }]);
    });

    it("asks a complete contract for a required answer inside a list item", () => {
      const list = [{ name: "Breakfast" }, { when: "Sunday" }];
      expect(problemsWith({ rituals: list }, "complete")).toEqual([{ path: ["rituals", 1, "name"], message: "Answer “What the ritual is”" }]);
    });

    it("lets a draft's list item leave a required answer out", () => {
      expect(problemsWith({ rituals: [{ name: "Breakfast" }, { when: "Sunday" }] }, "draft")).toEqual([]);
    });
  });

  describe("strings", () => {
    it("refuses text over maxLength", () => {
      expect(problemsWith({ name: "Mayabelle" })).toEqual([{ path: ["name"], message: "“Name” must be 5 characters or fewer" }]);
    });

    it("accepts text of exactly maxLength", () => {
      expect(problemsWith({ name: "Mayab" })).toEqual([]);
    });

    it("refuses text under a minLength above 1, with the length", () => {
      expect(problemsWith({ motto: "ok" })).toEqual([{ path: ["motto"], message: "“Motto” must be at least 3 characters" }]);
    });

    it("asks for an answer when text under minLength 1 is empty", () => {
      expect(problemsWith({ name: "" })).toEqual([{ path: ["name"], message: "Answer “Name”" }]);
    });

    it("refuses text that does not match the pattern", () => {
      expect(problemsWith({ code: "12g4" })).toEqual([{ path: ["code"], message: "“Code” is not in the expected form" }]);
    });

    it("accepts text that matches the pattern", () => {
      expect(problemsWith({ code: "12f4" })).toEqual([]);
    });

    it("refuses an answer that is not one of the enum's", () => {
      expect(problemsWith({ rhythm: "Monthly" })).toEqual([{ path: ["rhythm"], message: "Choose one of the listed answers for “My rhythm”" }]);
    });

    it("accepts an answer from the enum", () => {
      expect(problemsWith({ rhythm: "Weekly" })).toEqual([]);
    });
  });

  describe("dates and times", () => {
    const dateProblem = [{ path: ["start"], message: "“Start date” must be a real date, written like 2026-03-14" }];
    const timeProblem = [{ path: ["time"], message: "“Time” must be a time on the 24-hour clock, written like 19:30" }];

    it("refuses 29 February in a year that is not a leap year", () => {
      expect(problemsWith({ start: "2026-02-29" })).toEqual(dateProblem);
    });

    it("accepts 29 February in a leap year", () => {
      expect(problemsWith({ start: "2028-02-29" })).toEqual([]);
    });

    it.each(["2026-04-31", "2026-13-01", "2026-00-10", "2026-3-14", "14/03/2026", "20260314", "2026-03-1x"])(
      "refuses the date %j",
      (start) => {
        expect(problemsWith({ start })).toEqual(dateProblem);
      },
    );

    it.each(["00:00", "09:05", "19:30", "23:59"])("accepts the time %j", (time) => {
      expect(problemsWith({ time })).toEqual([]);
    });

    it.each(["24:00", "23:60", "7:30", "7:30p", "19.30", "0730", "1930\n"])("refuses the time %j", (time) => {
      expect(problemsWith({ time })).toEqual(timeProblem);
    });

    it("knows the calendar: isRealDate", () => {
      expect([isRealDate("2024-02-29"), isRealDate("1900-02-29"), isRealDate("2000-02-29"), isRealDate("2026-06-31")]).toEqual([
        true,
        false,
        true,
        false,
      ]);
    });
  });

  describe("numbers", () => {
    it("refuses a fraction where a whole number is asked for", () => {
      expect(problemsWith({ minutes: 1.5 })).toEqual([{ path: ["minutes"], message: "“Minutes” must be a whole number" }]);
    });

    it("accepts a fraction where a number is asked for", () => {
      expect(problemsWith({ hours: 7.5 })).toEqual([]);
    });

    it("refuses a number under the minimum, naming the range", () => {
      expect(problemsWith({ minutes: 0 })).toEqual([{ path: ["minutes"], message: "“Minutes” must be a whole number from 1 to 120" }]);
    });

    it("refuses a number over the maximum, naming the range", () => {
      expect(problemsWith({ hours: 80.5 })).toEqual([{ path: ["hours"], message: "“Hours alone” must be a number from 0 to 80" }]);
    });

    it("accepts the minimum and the maximum themselves", () => {
      expect(problemsWith({ minutes: 1, hours: 80 })).toEqual([]);
      expect(problemsWith({ minutes: 120, hours: 0 })).toEqual([]);
    });

    it("refuses a number that is not a multiple of 0.5", () => {
      expect(problemsWith({ hours: 2.25 })).toEqual([{ path: ["hours"], message: "“Hours alone” must be in steps of 0.5" }]);
    });

    it("refuses a const other than its own, even in a draft", () => {
      expect(problemsWith({ schemaVersion: 1 })).toEqual([{ path: ["schemaVersion"], message: "“Schema version” must be 2" }]);
    });
  });

  describe("lists", () => {
    it("refuses more items than maxItems", () => {
      const four = [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }];
      expect(problemsWith({ rituals: four })).toEqual([{ path: ["rituals"], message: "“Rituals” can have at most 3 answers" }]);
    });

    it("asks a complete contract for at least minItems items", () => {
      expect(problemsWith({ rituals: [{ name: "A" }] }, "complete")).toEqual([{ path: ["rituals"], message: "“Rituals” needs at least 2 answers" }]);
    });

    it("lets a draft have fewer items than minItems", () => {
      expect(problemsWith({ rituals: [{ name: "A" }] }, "draft")).toEqual([]);
    });

    it("asks for an answer when a list with minItems 1 is empty", () => {
      const node: ArrayNode = { title: "Moves", type: "array", minItems: 1, maxItems: 3, items: { type: "string", maxLength: 9 } };
      expect(problems([], "complete", node)).toEqual([{ path: [], message: "Add at least one answer to “Moves”" }]);
    });

    it("refuses the same answer twice in a list of unique items", () => {
      expect(problemsWith({ moves: ["Solo", "Turns", "Solo"] })).toEqual([{ path: ["moves"], message: "“Moves” lists the same answer twice" }]);
    });

    it("accepts different answers in a list of unique items", () => {
      expect(problemsWith({ moves: ["Solo", "Turns", "Layered"] })).toEqual([]);
    });

    it("reports a problem inside a list item at its index and key", () => {
      const list = [{ name: "Breakfast" }, { name: "A long walk together" }];
      expect(problemsWith({ rituals: list })).toEqual([{ path: ["rituals", 1, "name"], message: "“What the ritual is” must be 10 characters or fewer" }]);
    });

    it("reports a choice outside the enum in a list at its index", () => {
      expect(problemsWith({ moves: ["Solo", "Dancing"] })).toEqual([{ path: ["moves", 1], message: "Choose one of the listed answers for “this answer”" }]);
    });
  });

  describe("strict objects", () => {
    it("refuses unknown keys, naming each", () => {
      const result = toZod(tree, "draft").safeParse({ ...valid, colour: "blue", size: 3 });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", path: [], keys: ["colour", "size"] })]);
    });

    it("refuses an unknown key inside a list item, at the item", () => {
      const result = toZod(tree, "draft").safeParse({ ...valid, rituals: [{ name: "Walk", mood: "good" }] });
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", path: ["rituals", 0], keys: ["mood"] })]);
    });

    it("refuses an own __proto__ key, as JSON.parse makes it, and pollutes nothing", () => {
      const value = JSON.parse('{"schemaVersion": 2, "__proto__": {"polluted": true}}');
      const result = toZod(tree, "draft").safeParse(value);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["__proto__"] })]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
