import { describe, expect, it } from "vitest";
import { parseTemplate, placeholdersOf } from "../../src/agreement/parse-template.ts";

describe("parseTemplate", () => {
  it("reads words, answer and person placeholders with their helpers, and optional parts", () => {
    expect(parseTemplate("{@self} needs {self.hoursPerWeek|hours}[ ({a.pronouns|lower|cap})].")).toEqual([
      { kind: "placeholder", source: "{@self}", ref: { kind: "person", person: "self" }, helpers: [] },
      { kind: "literal", text: " needs " },
      { kind: "placeholder", source: "{self.hoursPerWeek|hours}", ref: { kind: "answer", path: "self.hoursPerWeek" }, helpers: ["hours"] },
      {
        kind: "optional",
        source: "[ ({a.pronouns|lower|cap})]",
        parts: [
          { kind: "literal", text: " (" },
          { kind: "placeholder", source: "{a.pronouns|lower|cap}", ref: { kind: "answer", path: "a.pronouns" }, helpers: ["lower", "cap"] },
          { kind: "literal", text: ")" },
        ],
      },
      { kind: "literal", text: "." },
    ]);
  });

  it("reads a list item's own answer as the path '.'", () => {
    expect(placeholdersOf(parseTemplate("{.}"))[0]?.ref).toEqual({ kind: "answer", path: "." });
  });

  it("reads words alone as one literal", () => {
    expect(parseTemplate("We keep time for “us”.")).toEqual([{ kind: "literal", text: "We keep time for “us”." }]);
  });

  it.each([
    ["{name", '"{" at character 1 is never closed'],
    ["{na{me}", '"{" at character 1 is never closed'],
    ["name}", '"}" at character 5 closes nothing'],
    ["a ] b", '"]" at character 3 closes nothing'],
    ["[ {a.name}", '"[" at character 1 is never closed'],
    ["[[{a.name}]]", "optional parts do not nest"],
    ["[ and ]", "has no placeholder, so it would always be shown"],
    ["{}", "{} names nothing"],
    ["{@c}", '"@c" is not a person: use @a, @b, @self or @other'],
    ["{a-b}", '"a-b" is not a path of answers'],
    ["{a..b}", '"a..b" is not a path of answers'],
    ["{a.name|Hours}", '"Hours" is not a helper\'s name'],
    ["{a.name|}", '"" is not a helper\'s name'],
  ])("refuses %j: %s", (template, message) => {
    expect(() => parseTemplate(template)).toThrow(message);
  });
});
