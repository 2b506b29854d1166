import { describe, expect, it } from "vitest";
import { PARTNERS as REEXPORTED } from "../../src/contract/partners.ts";
import { PARTNERS, partnerOf } from "../../src/layout/contract-names.ts";

describe("partnerOf", () => {
  it("finds the partner of an answer asked of both partners", () => {
    expect(partnerOf("batteryPack.b.rhythm")).toBe("b");
    expect(partnerOf("couple.a.name")).toBe("a");
  });

  it("finds the partner of a signature and of its parts", () => {
    expect(partnerOf("signatures.a")).toBe("a");
    expect(partnerOf("signatures.b.fingerprint")).toBe("b");
  });

  it("finds no partner in a shared answer, a list item or a section", () => {
    expect(partnerOf("couple.startDate")).toBeUndefined();
    expect(partnerOf("rituals.list.1.name")).toBeUndefined();
    expect(partnerOf("guardrails")).toBeUndefined();
  });

  it("takes only whole segments: keys that merely contain a or b are not partners", () => {
    expect(partnerOf("about.bb.a1.bravo")).toBeUndefined();
  });

  it("takes the first partner key, wherever the pair sits in the path", () => {
    expect(partnerOf("plans.weekly.b.days.a")).toBe("b");
  });
});

describe("PARTNERS", () => {
  it("lists both partners in the order views show them, the same list partners.ts gives", () => {
    expect(PARTNERS).toEqual(["a", "b"]);
    expect(REEXPORTED).toBe(PARTNERS);
  });
});
