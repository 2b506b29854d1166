import { describe, expect, it } from "vitest";
import { PARTNERS as REEXPORTED } from "../../src/contract/partners.ts";
import { PARTNERS, otherPartnerPath, partnerNamePath, partnerOf, signaturePath } from "../../src/layout/contract-names.ts";

describe("partnerOf", () => {
  it.each([
    ["batteryPack.a.rhythm", "a"],
    ["batteryPack.b.restoringActivities", "b"],
    ["signatures.b.fingerprint", "b"],
    ["couple.a", "a"],
    ["rituals.list.0.name", undefined],
    ["individualWorlds.talkBeforeBooking", undefined],
    ["schemaVersion", undefined],
  ])("%s belongs to %s", (path, partner) => {
    expect(partnerOf(path)).toBe(partner);
  });

  it("takes only whole segments: keys that merely contain a or b are not partners", () => {
    expect(partnerOf("about.bb.a1.bravo")).toBeUndefined();
  });

  it("reads a path given as keys and list indexes", () => {
    expect(partnerOf(["spaceWords", "b", "reply"])).toBe("b");
    expect(partnerOf(["rituals", "list", 0, "name"])).toBeUndefined();
  });
});

describe("paths of the domain", () => {
  it("swaps a path to the other partner's answer", () => {
    expect(otherPartnerPath("spaceWords.a.reply")).toBe("spaceWords.b.reply");
    expect(otherPartnerPath("signatures.b")).toBe("signatures.a");
    expect(otherPartnerPath("guardrails.longestPause")).toBe("guardrails.longestPause");
  });

  it("names where a partner's name and signature are", () => {
    expect(partnerNamePath("b")).toBe("couple.b.name");
    expect(signaturePath("a")).toBe("signatures.a");
  });
});

describe("PARTNERS", () => {
  it("is the one list of partner keys, re-exported unchanged by contract/partners.ts", () => {
    expect(PARTNERS).toEqual(["a", "b"]);
    expect(REEXPORTED).toBe(PARTNERS);
  });
});
