import { describe, expect, it } from "vitest";
import { pairDrafts } from "../../src/compare/pair-drafts.ts";
import { sampleContract } from "../helpers/contracts.ts";

const draftOf = (partner?: string, name?: string) => {
  const data = sampleContract();
  if (partner) data.draftOf = partner;
  if (name) data.couple[partner as string].name = name;
  return data;
};

describe("pairDrafts", () => {
  it("says whose each draft is, whichever order the files come in", () => {
    const paired = pairDrafts({ name: "jonas.json", data: draftOf("b") }, { name: "maya.json", data: draftOf("a") });
    expect(paired.ok && paired.files).toEqual({ a: "maya.json", b: "jonas.json" });
    expect(paired.ok && paired.drafts.a.draftOf).toBe("a");
  });

  it("refuses two drafts of the same partner, naming both files and the partner", () => {
    const paired = pairDrafts({ name: "one.json", data: draftOf("a") }, { name: "two.json", data: draftOf("a") });
    expect(paired).toEqual({ ok: false, file: "two.json", message: "“one.json” and “two.json” are both Maya Okafor’s draft. Choose one draft from each of you." });
  });

  it("refuses a whole contract, which says nothing of whose answers it holds, naming its file", () => {
    const paired = pairDrafts({ name: "maya.json", data: draftOf("a") }, { name: "ours.json", data: draftOf() });
    expect(paired.ok).toBe(false);
    expect(!paired.ok && paired.file).toBe("ours.json");
    expect(!paired.ok && paired.message).toMatch(/^“ours\.json” is a whole contract, not one partner’s draft/);
  });
});
