import { beforeAll, describe, expect, it } from "vitest";
import { answerRows } from "../../../src/browser/workbook/answer-rows.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../../src/layout/layout-types.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

describe("answerRows", () => {
  it("lists the sections before signing, each partner's part apart, with the partners' names", () => {
    const groups = answerRows(layout, sampleContract());
    expect(groups.map((group) => `${group.view} ${group.part ?? ""}`.trim())).toEqual([
      "about-you Maya Okafor’s answers",
      "about-you Jonas Lind’s answers",
      "about-you Together",
      "step-1 Maya Okafor’s answers",
      "step-1 Jonas Lind’s answers",
      "step-2",
      "step-3 Maya Okafor’s answers",
      "step-3 Jonas Lind’s answers",
      "step-4",
      "step-5 Maya Okafor’s answers",
      "step-5 Jonas Lind’s answers",
      "step-5 Together",
      "step-6",
      "step-7 Maya Okafor’s answers",
      "step-7 Jonas Lind’s answers",
    ]);
  });

  it("links each answer to its own control, list items included", () => {
    const rows = answerRows(layout, sampleContract()).flatMap((group) => group.rows);
    expect(rows.find((row) => row.question === "My rhythm" && row.partner === "b")?.target).toBe("f-batteryPack-b-rhythm");
    expect(rows.filter((row) => row.item === "Ritual 2").map((row) => [row.question, row.target])).toEqual([
      ["What the ritual is", "f-rituals-list-1-name"],
      ["How often", "f-rituals-list-1-frequency"],
      ["On which days", "f-rituals-list-1-days"],
      ["Day of the month", "f-rituals-list-1-dayOfMonth"],
      ["Starts at", "f-rituals-list-1-start"],
      ["How long, in minutes", "f-rituals-list-1-minutes"],
      ["Anything else about when", "f-rituals-list-1-note"],
    ]);
    expect(rows.filter((row) => row.item?.startsWith("Move")).map((row) => [row.question, row.target])).toEqual([["Moves of your own", "f-defaultMoves-ownMoves-0"]]);
  });

  it("shows an empty list as one row to answer, and what was never answered as empty", () => {
    const rows = answerRows(layout, {}).flatMap((group) => group.rows);
    const rituals = rows.find((row) => row.target === "f-rituals-list");
    expect(rituals).toMatchObject({ question: "The rituals you don't skip", value: undefined, required: true });
    expect(rows.find((row) => row.target === "f-couple-a-pronouns")).toMatchObject({ value: undefined, required: false });
  });

  it("leaves out what no one types: the version, fingerprints, drawings, and the signatures", () => {
    const targets = answerRows(layout, sampleContract()).flatMap((group) => group.rows.map((row) => row.target));
    expect(targets.filter((target) => /schemaVersion|signatures|fingerprint|strokes/.test(target))).toEqual([]);
  });
});
