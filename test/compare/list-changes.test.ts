import { beforeAll, describe, expect, it } from "vitest";
import { changeHeading, changeLabel, changeValue, NOT_ANSWERED } from "../../src/compare/describe-change.ts";
import { listChanges } from "../../src/compare/list-changes.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

const names = { a: "Maya", b: "Jonas" };

describe("listChanges", () => {
  it("finds nothing between a contract and its copy", () => {
    expect(listChanges(layout, sampleContract(), sampleContract())).toEqual([]);
  });

  it("names exactly the answer that changed, with its old and new value, partner and step", () => {
    const after = sampleContract();
    after.batteryPack.b.hoursPerWeek = 3;
    const [change, ...rest] = listChanges(layout, sampleContract(), after);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ path: "batteryPack.b.hoursPerWeek", partner: "b", after: 3 });
    expect(change?.before).toBe(sampleContract().batteryPack.b.hoursPerWeek);
    expect(changeLabel(change!, names)).toBe("Jonas: “Hours alone I need in an ordinary week”");
    expect(changeHeading(change!)).toMatch(/^Step 1: /);
    expect(changeValue(change!, change!.after)).toBe("3");
  });

  it("numbers list items as people count and reads a removed item's answers as no longer answered", () => {
    const after = sampleContract();
    after.rituals.list.length = 2;
    const changes = listChanges(layout, sampleContract(), after);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.path).toMatch(/^rituals\.list\.2\./);
      expect(change.item).toEqual({ title: "Ritual", number: 3 });
      expect(change.after).toBeUndefined();
      expect(changeValue(change, change.after)).toBe(NOT_ANSWERED);
    }
  });

  it("treats an empty text or list as nothing written, not as a change", () => {
    const before = sampleContract();
    const after = sampleContract();
    delete (before.guardrails as Record<string, unknown>).longestPause;
    (after.guardrails as Record<string, unknown>).longestPause = "  ";
    expect(listChanges(layout, before, after)).toEqual([]);
  });

  it("lists a partner's signature once and never the values the program carries", () => {
    const after = sampleContract() as Record<string, unknown> & ReturnType<typeof sampleContract>;
    after.contractVersion = 7;
    after.previousFingerprint = "f".repeat(64);
    const signatures = after.signatures as Record<string, Record<string, unknown>>;
    for (const part of Object.keys(signatures.a ?? {})) (signatures.a as Record<string, unknown>)[part] = undefined;
    const changes = listChanges(layout, sampleContract(), after);
    expect(changes.map((change) => changeLabel(change, names))).toEqual(["Maya’s signature"]);
  });
});
