import { beforeAll, describe, expect, it } from "vitest";
import { changeList, REMOVED } from "../../src/compare/change-list.ts";
import { NOT_ANSWERED } from "../../src/compare/describe-change.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

describe("changeList", () => {
  it("is empty between a contract and its copy", () => {
    expect(changeList(layout, sampleContract(), sampleContract())).toEqual([]);
  });

  it("lists exactly one changed answer under its step, with the old and new value as people read them", () => {
    const before = sampleContract();
    const after = sampleContract();
    after.batteryPack.b.hoursPerWeek = 3;
    expect(changeList(layout, before, after)).toEqual([
      {
        heading: expect.stringMatching(/^Step 1: /),
        entries: [{ path: "batteryPack.b.hoursPerWeek", label: "Jonas Lind: “Hours alone I need in an ordinary week”", before: String(before.batteryPack.b.hoursPerWeek), after: "3", target: "batteryPack.b.hoursPerWeek" }],
      },
    ]);
  });

  it("reads a removed list item as one entry: its answers in a line, removed now, its Change link to the list", () => {
    const before = sampleContract();
    const after = sampleContract();
    after.rituals.list.length = 2;
    const entries = changeList(layout, before, after).flatMap((step) => step.entries);
    expect(entries).toEqual([{ path: "rituals.list.2", label: "Ritual 3 (removed)", before: expect.stringContaining(before.rituals.list[2].name), after: REMOVED, target: "rituals.list" }]);
    expect(entries[0]?.before).toMatch(/^[^:]+: .+; [^:]+: /);
  });

  it("keeps each list item's answers together", () => {
    const after = sampleContract();
    after.rituals.list.push({ ...after.rituals.list[0], name: "Saturday market" }, { ...after.rituals.list[1], name: "Sunday swim" });
    const labels = changeList(layout, sampleContract(), after).flatMap((step) => step.entries.map((entry) => entry.label.split(":")[0]));
    const firstOf5 = labels.indexOf("Ritual 5 (new)");
    expect(labels.slice(0, firstOf5).every((label) => label === "Ritual 4 (new)")).toBe(true);
    expect(labels.slice(firstOf5).every((label) => label === "Ritual 5 (new)")).toBe(true);
  });

  it("reads an added list item as new, its answers against nothing before", () => {
    const after = sampleContract();
    after.rituals.list.push({ ...after.rituals.list[0], name: "Saturday market" });
    const entries = changeList(layout, sampleContract(), after).flatMap((step) => step.entries);
    expect(entries.find((entry) => entry.path === "rituals.list.3.name")).toEqual({
      path: "rituals.list.3.name",
      label: expect.stringMatching(/^Ritual 4 \(new\): “.+”$/),
      before: NOT_ANSWERED,
      after: "Saturday market",
      target: "rituals.list.3.name",
    });
    expect(entries.every((entry) => entry.label.startsWith("Ritual 4 (new): "))).toBe(true);
  });

  it("leaves out signatures and the values the program carries", () => {
    const after = sampleContract();
    after.contractVersion = 2;
    after.previousFingerprint = "a".repeat(64);
    after.firstStartDate = "2020-01-01";
    delete after.signatures.a;
    after.signatures.b.name = "Someone else";
    expect(changeList(layout, sampleContract(), after)).toEqual([]);
  });
});
