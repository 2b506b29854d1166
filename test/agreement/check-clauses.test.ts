import { beforeAll, describe, expect, it } from "vitest";
import { checkClauses, type NamedClauseFile } from "../../src/agreement/check-clauses.ts";
import { checkSampleClauses } from "../../src/agreement/check-sample-clauses.ts";
import { checkClauseFileShape, type Clause, type ClauseFile } from "../../src/agreement/clause-file.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { compileSchema } from "../../src/schema/compile-schema.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";

let layout: ContractLayout;
let files: NamedClauseFile[];
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
  files = (await loadClauses(layout)).files;
});

const nameOf = (key: string) => `data/clauses/${key}.json`;

/** The project's clause files with one file changed (a deep copy: the real ones stay as they are). */
function withFile(key: string, change: (file: ClauseFile) => void): NamedClauseFile[] {
  return files.map((named) => {
    if (named.key !== key) return named;
    const file = structuredClone(named.file);
    change(file);
    return { ...named, file };
  });
}

/** The same, with one clause of that file changed. */
function withClause(key: string, id: string, change: (clause: Clause) => void): NamedClauseFile[] {
  return withFile(key, (file) => {
    const clause = file.clauses.find((one) => one.id === id);
    if (!clause) throw new Error(`no clause ${id} in ${key}`);
    change(clause);
  });
}

const check = (changed: NamedClauseFile[]) => checkClauses(layout, changed, nameOf);

describe("checkClauses", () => {
  it("finds nothing wrong with the project's clauses", () => {
    expect(check(files)).toEqual([]);
  });

  it("names the file and the clause of a placeholder that names no field", () => {
    expect(check(withClause("batteryPack", "hours", (clause) => void (clause.text = clause.text.replace("self.hoursPerWeek", "self.hoursPerWek"))))).toEqual([
      'data/clauses/batteryPack.json: clause "hours": {self.hoursPerWek|hours} names no answer: batteryPack has no answer at "batteryPack.a.hoursPerWek"',
      'data/clauses/batteryPack.json: clause "hours": {self.hoursPerWek|hours} names no answer: batteryPack has no answer at "batteryPack.b.hoursPerWek"',
      'data/clauses/batteryPack.json: the required answer "batteryPack.a.hoursPerWeek" (“Hours alone I need in an ordinary week”) appears in no clause',
      'data/clauses/batteryPack.json: the required answer "batteryPack.b.hoursPerWeek" (“Hours alone I need in an ordinary week”) appears in no clause',
    ]);
  });

  it("names a required answer that no clause states", () => {
    const problems = check(withFile("guardrails", (file) => void (file.clauses = file.clauses.filter((clause) => clause.id !== "distance-signal"))));
    expect(problems).toEqual(['data/clauses/guardrails.json: the required answer "guardrails.distanceSignal" (“The signal either of us uses when distance is growing”) appears in no clause']);
  });

  it("names an unknown grammar helper, and lists the known ones", () => {
    const [problem] = check(withClause("rituals", "daily-moment", (clause) => void (clause.text = clause.text.replace("|minutes", "|minutez"))));
    expect(problem).toMatch(/^data\/clauses\/rituals\.json: clause "daily-moment": \{microConnection\.minutes\|minutez\}: unknown helper "minutez" \(the helpers are hours, minutes, .*\)$/);
  });

  it.each([
    ["batteryPack", "hours", "{self.rhythm|hours}", '{self.rhythm|hours}: "hours" needs a number, but "batteryPack.a.rhythm" is one choice'],
    ["rituals", "check-in", "{checkIn.questions|weekday}", '{checkIn.questions|weekday}: "weekday" needs one choice, but "rituals.checkIn.questions" is text'],
    ["individualWorlds", "weekly-block", "{self.personalNights|weekday}", '{self.personalNights|weekday}: "weekday" does not suit "individualWorlds.a.personalNights": its choices "A night every week",'],
    ["batteryPack", "hours", "{@self|hours}", '{@self|hours}: "hours" formats an answer, not a person'],
    ["batteryPack", "hours", "{self.rhythm|their}", '{self.rhythm|their}: "their" gives a person\'s pronoun; an answer takes hours, minutes,'],
    ["batteryPack", "hours", "{self.hoursPerWeek|cap|hours}", "{self.hoursPerWeek|cap|hours}: one format helper at most, and first (after the path)"],
    ["rituals", "check-in", "{checkIn}", '{checkIn} names no answer: "rituals.checkIn" holds several answers: name one of them'],
    ["rituals", "check-in", "{list}", '{list} names no answer: "rituals.list" is a list: give it a clause of its own, with "list" and "item"'],
    ["rituals", "check-in", "{@self}", '{@self}: @self is a partner only in a clause said for each partner ("each": "partner")'],
    ["rituals", "check-in", "{self.name}", '{self.name}: "self" names a partner only in a clause said for each partner'],
    ["rituals", "check-in", "{checkIn.time", '"text": a "{" at character'],
  ])("in %s, clause %s, refuses %s", (key, id, placeholder, message) => {
    const problems = check(withClause(key, id, (clause) => void (clause.text = `${clause.text} ${placeholder}`)));
    expect(problems.join("\n")).toContain(`data/clauses/${key}.json: clause "${id}": ${message}`);
  });

  it("refuses what a sentence cannot say: a drawing, a fingerprint", () => {
    const problems = check(withClause("signatures", "signing", (clause) => void (clause.text = "{a.strokes} {a.fingerprint}")));
    expect(problems).toEqual([
      'data/clauses/signatures.json: clause "signing": {a.strokes}: "signatures.a.strokes" is a drawing, not something a sentence can say',
      'data/clauses/signatures.json: clause "signing": {a.fingerprint}: "signatures.a.fingerprint" is worked out by the program, not something a sentence can say',
    ]);
  });

  it("refuses a yes or no without its phrases", () => {
    const problems = check(withFile("individualWorlds", (file) => void delete file.phrases!.talkBeforeBooking));
    expect(problems).toEqual([
      'data/clauses/individualWorlds.json: clause "shared-time": {talkBeforeBooking}: "individualWorlds.talkBeforeBooking" is a yes or no, which needs "phrases" for true and false under "talkBeforeBooking"',
    ]);
  });

  it("refuses phrases that miss a choice, add one, name no question or hold placeholders", () => {
    const problems = check(
      withFile("batteryPack", (file) => {
        const rhythm = file.phrases!.rhythm!;
        delete rhythm["A little every day"];
        rhythm["Now and then"] = "now and then";
        rhythm["One long stretch a week"] = "in {self.rhythm}";
        file.phrases!.mood = { Happy: "happily" };
      }),
    );
    expect(problems).toEqual([
      'data/clauses/batteryPack.json: phrases "rhythm": no phrase for "A little every day"',
      'data/clauses/batteryPack.json: phrases "rhythm"."One long stretch a week": a phrase is plain words, without { } [ ]',
      'data/clauses/batteryPack.json: phrases "rhythm": "Now and then" is not one of its choices',
      'data/clauses/batteryPack.json: phrases "mood": batteryPack has no choice or yes-or-no question at "mood"',
    ]);
  });

  it("refuses a clause said for each partner where the partners answer nothing apart, or that never names the partner", () => {
    expect(check(withClause("rituals", "why-together", (clause) => void (clause.each = "partner")))).toContain(
      'data/clauses/rituals.json: clause "why-together": is said for each partner, but rituals asks the partners nothing apart',
    );
    expect(check(withClause("batteryPack", "needs-not-demands", (clause) => void (clause.each = "partner")))).toEqual([
      'data/clauses/batteryPack.json: clause "needs-not-demands": is said for each partner, but never names @self, @other, self.… or other.…',
    ]);
  });

  it("refuses a list clause without a list, and an item without a list", () => {
    expect(check(withClause("rituals", "rituals", (clause) => void (clause.list = "lists")))).toContain('data/clauses/rituals.json: clause "rituals": "list": rituals has no list or set of choices at "lists"');
    expect(check(withClause("rituals", "why-together", (clause) => void (clause.item = "{.}")))).toEqual(['data/clauses/rituals.json: clause "why-together": has an "item" but no "list"']);
    expect(check(withClause("rituals", "rituals", (clause) => void (clause.item = "{name} {.}")))).toEqual([
      'data/clauses/rituals.json: clause "rituals": {.} names no answer: "rituals.list.#" holds several answers: name one of them',
      'data/clauses/rituals.json: the required answer "rituals.list.#.frequency" (“How often”) appears in no clause',
    ]);
  });

  it("refuses two clauses of a file with one id", () => {
    expect(check(withFile("guardrails", (file) => file.clauses.push({ ...file.clauses[0]! })))).toEqual(['data/clauses/guardrails.json: clause "pause": another clause of this file has the same id']);
  });

  it("wants a heading for each numbered section and the closing, and none for the preamble", () => {
    expect(check(withFile("rituals", (file) => void delete file.heading))).toEqual(['data/clauses/rituals.json: "heading" is missing: the agreement heads this section with it']);
    expect(check(withFile("couple", (file) => void (file.heading = "Us")))).toEqual(['data/clauses/couple.json: "heading" is not used: the couple\'s clauses are the agreement\'s preamble']);
  });

  it("refuses a file for a section the contract does not have, and names the file a section lacks", () => {
    const extra = [...files, { key: "hobbies", name: nameOf("hobbies"), file: files[1]!.file }];
    expect(check(extra)).toEqual([expect.stringMatching(/^data\/clauses\/hobbies\.json: the contract has no section "hobbies" \(a clause file is named after its section: couple, batteryPack,/)]);
    const withoutSteps = files.filter((file) => file.key !== "deeperWe" && file.key !== "signatures");
    expect(check(withoutSteps)).toEqual([
      "data/clauses/deeperWe.json is missing: the section \"deeperWe\" (“A deeper we”) needs clauses that state its answers",
      "data/clauses/signatures.json is missing: the agreement's closing promise comes from it",
    ]);
  });
});

describe("checkClauseFileShape", () => {
  it("accepts a clause file and names every key or value that does not fit", () => {
    expect(checkClauseFileShape(files[0]!.file).ok).toBe(true);
    const bad = checkClauseFileShape({ heading: "", clauses: [{ id: "Hours", text: "", each: "both", when: {} }], extra: 1 });
    expect(bad.ok ? [] : bad.problems).toEqual([
      "heading: must not be empty",
      'clauses.0.id: must be lower-case words joined by hyphens, like "low-battery"',
      'clauses.0.each: can only be "partner"',
      "clauses.0.text: must not be empty",
      'clauses.0: unknown key "when"',
      'the file: unknown key "extra"',
    ]);
    const empty = checkClauseFileShape({ clauses: [] });
    expect(empty.ok ? [] : empty.problems).toEqual(["clauses: must hold at least one clause"]);
    const notList = checkClauseFileShape({ clauses: {} });
    expect(notList.ok ? [] : notList.problems).toEqual(["clauses: must be a list"]);
  });
});

describe("checkSampleClauses", () => {
  it("finds every clause of the project said, for both partners, with the sample contract", () => {
    expect(checkSampleClauses(layout, files, sampleContract(), "sample.json")).toEqual([]);
  });

  it("names a clause the sample leaves out, or says for one partner only", () => {
    const changed = withFile("batteryPack", (file) => file.clauses.push({ id: "other-activities", each: "partner", text: "{@self} also recharges with this: {self.otherActivities|quote}" }));
    expect(checkSampleClauses(layout, changed, sampleContract(), "sample.json")).toEqual([
      'data/clauses/batteryPack.json: clause "other-activities" is left out of the sample contract (sample.json): the sample must answer what every clause says',
    ]);
  });
});

describe("checkClauses with a schema that grows", () => {
  it("does not ask a clause for the required answers of an item of an optional list", async () => {
    const schema = structuredClone((await loadSchema()).root) as any;
    schema.properties.deeperWe.properties.adventures = {
      title: "Adventures",
      type: "array",
      maxItems: 3,
      items: { type: "object", additionalProperties: false, required: ["what"], properties: { what: { title: "What we will do", type: "string", minLength: 1, maxLength: 80 } } },
    };
    expect(checkClauses(layoutContract(compileSchema(schema)), files, nameOf)).toEqual([]);
    schema.properties.deeperWe.required = [...schema.properties.deeperWe.required, "adventures"];
    expect(checkClauses(layoutContract(compileSchema(schema)), files, nameOf)).toEqual([
      'data/clauses/deeperWe.json: the required answer "deeperWe.adventures.#.what" (“What we will do”) appears in no clause',
    ]);
  });
});
