import { describe, expect, it } from "vitest";
import { parsePronouns, possessive } from "../../src/agreement/pronouns.ts";

describe("parsePronouns", () => {
  it("reads the usual sets, however they are spaced or capitalised", () => {
    expect(parsePronouns("she/her")).toEqual({ they: "she", them: "her", their: "her" });
    expect(parsePronouns(" He / Him ")).toEqual({ they: "he", them: "him", their: "his" });
    expect(parsePronouns("they/them/theirs")).toEqual({ they: "they", them: "them", their: "their" });
    expect(parsePronouns("she, her, hers")).toEqual({ they: "she", them: "her", their: "her" });
  });

  it("takes the first of two sets a person gives", () => {
    expect(parsePronouns("she/they")?.they).toBe("she");
    expect(parsePronouns("they/he")?.they).toBe("they");
  });

  it("gives nothing for pronouns it does not know, so the clauses use the name", () => {
    for (const text of ["ze/hir", "xe/xem", "she/xe", "any", "Use my name", "", "   ", undefined]) expect(parsePronouns(text), String(text)).toBeUndefined();
  });
});

describe("possessive", () => {
  it("adds an apostrophe and s to every name", () => {
    expect(possessive("Maya")).toBe("Maya’s");
    expect(possessive("Jonas")).toBe("Jonas’s");
  });
});
