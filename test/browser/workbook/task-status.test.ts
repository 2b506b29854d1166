import { beforeAll, describe, expect, it } from "vitest";
import { completeErrors } from "../../../src/browser/workbook/complete-errors.ts";
import { checkStatus, countSection, sectionStatus, signingStatus, type TaskStatus } from "../../../src/browser/workbook/task-status.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout, Section } from "../../../src/layout/layout-types.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";

let schema: CompiledSchema;
let layout: ContractLayout;
const section = (id: string) => layout.sections.find((candidate) => candidate.id === id) as Section;
const statusOf = (id: string, data: Record<string, unknown>) => sectionStatus(countSection(section(id), data, completeErrors(schema, data)));

beforeAll(async () => {
  schema = await loadSchema();
  layout = layoutContract(schema);
});

describe("a section's status", () => {
  it("is not started while nothing is answered, saying how many questions, and how many optional", () => {
    expect(statusOf("step-1", {})).toEqual({ state: "not-started", text: "Not started", detail: "12 questions, 2 of them optional" });
  });

  it("is complete once every required answer is there, optional ones counted apart and never holding it back", () => {
    const data = sampleContract();
    delete data.batteryPack.b.otherActivities;
    expect(data.batteryPack.a.otherActivities).toBeDefined();
    expect(statusOf("step-1", data)).toEqual({ state: "complete", text: "Completed", detail: "1 optional question left" });
  });

  it("is in progress in between, saying what is left to answer", () => {
    const data = sampleContract();
    delete data.batteryPack.a.rhythm;
    delete data.batteryPack.b.needInOneSentence;
    expect(statusOf("step-1", data)).toMatchObject({ state: "in-progress", detail: "2 answers to go, 1 optional question left" });
  });

  it("counts an answer that does not fit as one to put right", () => {
    const data = sampleContract();
    data.batteryPack.a.needInOneSentence = "x".repeat(161);
    expect(statusOf("step-1", data)).toMatchObject({ state: "in-progress", detail: "1 to put right, 1 optional question left" });
  });

  it("counts a list as one answer, given once it has an item", () => {
    const data = sampleContract();
    expect(countSection(section("step-2"), data, [])).toMatchObject({ required: 6, answered: 8 });
    data.rituals.list = [];
    expect(countSection(section("step-2"), data, completeErrors(schema, data))).toMatchObject({ requiredLeft: 1 });
  });

  it("counts, for one partner filling in their own answers, their questions and the shared ones, not the other's", () => {
    const data = sampleContract();
    delete data.batteryPack.b;
    const errors = completeErrors(schema, data);
    expect(sectionStatus(countSection(section("step-1"), data, errors, "a")).state).toBe("complete");
    expect(sectionStatus(countSection(section("step-1"), data, errors, "b")).state).toBe("not-started");
    expect(sectionStatus(countSection(section("step-1"), data, errors)).state).toBe("in-progress");
    // Who the two of you are has no turns: each names both.
    delete data.couple.b.name;
    expect(countSection(section("about-you"), data, completeErrors(schema, data), "a").requiredLeft).toBe(1);
  });

  it("counts in the signing section only what is not a signature: the optional witness", () => {
    expect(countSection(section("signing"), {}, [])).toEqual({ required: 0, requiredLeft: 0, optional: 2, optionalLeft: 2, problems: 0, answered: 0 });
  });
});

describe("checking's and signing's status", () => {
  const done: TaskStatus = { state: "complete", text: "Completed", detail: "" };
  const names = { a: "Maya", b: "Jonas" };

  it("cannot start until every section is complete", () => {
    const partly = [done, { state: "in-progress", text: "In progress", detail: "" } as TaskStatus];
    expect(checkStatus(partly)).toMatchObject({ state: "cannot-start", text: "Cannot start yet" });
    expect(signingStatus(partly, { a: "unsigned", b: "unsigned" }, names)).toMatchObject({ state: "cannot-start" });
    expect(checkStatus([done, done])).toMatchObject({ state: "ready" });
  });

  it("says who has signed, who is waiting, and who must sign again", () => {
    expect(signingStatus([done], { a: "unsigned", b: "unsigned" }, names)).toMatchObject({ state: "not-started" });
    expect(signingStatus([done], { a: "signed", b: "unsigned" }, names)).toMatchObject({ state: "signed-by-one", detail: "Signed by Maya; waiting for Jonas" });
    expect(signingStatus([done], { a: "signed", b: "signed" }, names)).toEqual({ state: "complete", text: "Completed", detail: "Signed by Maya and Jonas" });
    expect(signingStatus([done], { a: "outdated", b: "signed" }, names)).toMatchObject({ state: "outdated", text: "Sign again", detail: "Answers changed after Maya signed" });
  });
});
