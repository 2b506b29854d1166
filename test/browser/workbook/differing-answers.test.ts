import { beforeAll, describe, expect, it } from "vitest";
import { differingAnswers } from "../../../src/browser/workbook/differing-answers.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../../src/layout/layout-types.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

describe("differingAnswers", () => {
  it("finds nothing between two equal contracts", () => {
    expect(differingAnswers(layout, sampleContract(), sampleContract())).toEqual([]);
  });

  it("names each differing answer by whose it is and which item, in the schema's order", () => {
    const theirs = sampleContract();
    theirs.guardrails.longestPause = "A week";
    theirs.batteryPack.a.hoursPerWeek = 8;
    delete theirs.rituals.list[2];
    theirs.rituals.list.length = 2;
    expect(differingAnswers(layout, sampleContract(), theirs)).toEqual([
      "Maya Okafor: “Hours alone I need in an ordinary week”",
      "Ritual 3: “What the ritual is”",
      "Ritual 3: “How often”",
      "Ritual 3: “On which days”",
      "Ritual 3: “Starts at”",
      "Ritual 3: “How long, in minutes”",
      "Ritual 3: “Anything else about when”",
      "“The longest pause before we come back to a topic”",
    ]);
  });

  it("counts a signature once, whatever part of it differs", () => {
    const theirs = sampleContract();
    theirs.signatures.b.date = "2026-03-02";
    theirs.signatures.b.fingerprint = "0".repeat(64);
    expect(differingAnswers(layout, sampleContract(), theirs)).toEqual(["Jonas Lind’s signature"]);
  });

  it("uses the other version's names where this one has none yet", () => {
    const theirs = sampleContract();
    expect(differingAnswers(layout, {}, theirs)[0]).toBe("Maya Okafor: “Name”");
  });
});
