import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { listChanges } from "../../src/compare/list-changes.ts";
import { canWriteThird, mergeDrafts, preferAll, type PartnerDrafts, type Resolution } from "../../src/compare/merge-drafts.ts";
import { migrate } from "../../src/contract/migrations.ts";
import { validateContract } from "../../src/contract/validate-contract.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";

let schema: CompiledSchema;
let layout: ContractLayout;
beforeAll(async () => {
  schema = await loadSchema();
  layout = layoutContract(schema);
});

/** mergeDrafts over the two drafts' differences, as the command line and the workbook call it. */
function mergeOf(drafts: PartnerDrafts, resolutions?: Record<string, Resolution>) {
  return mergeDrafts(drafts, listChanges(layout, drafts.a, drafts.b), resolutions);
}

/** A draft fixture of test/fixtures/drafts, brought up to date. */
function draft(name: string): Record<string, any> {
  const migrated = migrate(JSON.parse(readFileSync(`test/fixtures/drafts/${name}`, "utf8")), 3);
  if (!migrated.ok) throw new Error(migrated.message);
  return migrated.data as Record<string, any>;
}

describe("mergeDrafts", () => {
  it("merges two drafts that agree on every shared answer with no conflict, into the whole contract, unsigned", () => {
    const merge = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-agrees.json") });
    expect(merge.conflicts).toEqual([]);
    const expected = sampleContract();
    delete expected.signatures;
    expect(merge.contract).toEqual(expected);
    expect(merge.onlyOne).toBe(1);
  });

  it("lists each differing shared answer as its own conflict, field by field, with A's and B's answer", () => {
    const merge = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-draft.json") });
    expect(merge.conflicts.map((conflict) => [conflict.path, conflict.before, conflict.after])).toEqual([
      ["rituals.list.0.name", "Sunday breakfast at the table", "Sunday brunch"],
      ["rituals.microConnection.what", sampleContract().rituals.microConnection.what, "Tea together when I get home, before we look at our phones."],
      ["rituals.checkIn.day", "Sunday", "Saturday"],
    ]);
    expect(merge.unresolved).toHaveLength(3);
    expect(merge.contract).toBeUndefined();
  });

  it("takes each partner's answers from their own draft even when the other's draft gives them differently", () => {
    const b = draft("jonas-draft.json");
    b.batteryPack.a = { hoursPerWeek: 1, rhythm: "A little every day" };
    const merge = mergeOf({ a: draft("maya-draft.json"), b }, preferAll(mergeOf({ a: draft("maya-draft.json"), b }).conflicts, "a"));
    expect(merge.contract?.batteryPack).toEqual(sampleContract().batteryPack);
    // Jonas named Maya "Maya"; her own draft says "Maya Okafor".
    expect((merge.contract?.couple as any).a.name).toBe("Maya Okafor");
    expect(merge.conflicts.some((conflict) => conflict.partner)).toBe(false);
  });

  it("takes a partner's answer from the other's draft only where their own draft left it out, and says so", () => {
    const a = draft("maya-draft.json");
    delete a.couple.a.pronouns;
    const b = draft("jonas-agrees.json");
    b.couple.a.pronouns = "she/they";
    const merge = mergeOf({ a, b });
    expect((merge.contract?.couple as any).a.pronouns).toBe("she/they");
    expect(merge.fromOther.map((change) => change.path)).toEqual(["couple.a.pronouns"]);
  });

  it("takes a shared answer only one draft gives without asking, and counts it", () => {
    const merge = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-draft.json") }, {});
    expect(merge.onlyOne).toBe(1);
    const done = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-draft.json") }, preferAll(merge.conflicts, "b"));
    expect((done.contract?.guardrails as any).distanceSignal).toBe(sampleContract().guardrails.distanceSignal);
  });

  it("applies each resolution to its own field: one partner's answer, or a third written answer", () => {
    const drafts = { a: draft("maya-draft.json"), b: draft("jonas-draft.json") };
    const merge = mergeOf(drafts, {
      "rituals.list.0.name": { take: "b" },
      "rituals.microConnection.what": { write: "Ten minutes of tea on the sofa." },
      "rituals.checkIn.day": { take: "a" },
    });
    const rituals = merge.contract?.rituals as any;
    expect([rituals.list[0].name, rituals.microConnection.what, rituals.checkIn.day]).toEqual(["Sunday brunch", "Ten minutes of tea on the sofa.", "Sunday"]);
    expect(rituals.list[1]).toEqual(sampleContract().rituals.list[1]);
  });

  it("leaves the merge undecided while any one conflict has no resolution", () => {
    const merge = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-draft.json") }, { "rituals.list.0.name": { take: "b" } });
    expect(merge.unresolved.map((conflict) => conflict.path)).toEqual(["rituals.microConnection.what", "rituals.checkIn.day"]);
    expect(merge.contract).toBeUndefined();
  });

  it("resolves every conflict one way with preferAll (--prefer)", () => {
    const drafts = { a: draft("maya-draft.json"), b: draft("jonas-draft.json") };
    const conflicts = mergeOf(drafts).conflicts;
    const forB = mergeOf(drafts, preferAll(conflicts, "b")).contract as any;
    expect([forB.rituals.list[0].name, forB.rituals.checkIn.day]).toEqual(["Sunday brunch", "Saturday"]);
    const forA = mergeOf(drafts, preferAll(conflicts, "a")).contract as any;
    expect([forA.rituals.list[0].name, forA.rituals.checkIn.day]).toEqual(["Sunday breakfast at the table", "Sunday"]);
  });

  it("drops both signatures and whose draft it was, so the merged contract is unsigned and a draft of nobody", async () => {
    const a: Record<string, any> = { ...sampleContract(), draftOf: "a" };
    const b: Record<string, any> = { ...sampleContract(), draftOf: "b" };
    b.signatures.b.name = "J. Lind";
    const merged = mergeOf({ a, b }).contract as any;
    expect(merged.draftOf).toBeUndefined();
    expect(merged.signatures).toEqual({ witness: sampleContract().signatures.witness });
    expect(validateContract(schema, merged, "draft").ok).toBe(true);
  });

  it("carries the renewal chain from whichever draft holds it", () => {
    const b = draft("jonas-agrees.json");
    b.contractVersion = 2;
    const a = draft("maya-draft.json");
    delete a.contractVersion;
    expect(mergeOf({ a, b }).contract?.contractVersion).toBe(2);
  });

  it("offers a written third answer for free text only", () => {
    const merge = mergeOf({ a: draft("maya-draft.json"), b: draft("jonas-draft.json") });
    expect(merge.conflicts.map((conflict) => canWriteThird(conflict.question))).toEqual([true, true, false]);
  });
});
