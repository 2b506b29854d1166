import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateContract } from "../../src/contract/validate-contract.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const SAMPLE = JSON.parse(readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8")) as Record<string, unknown>;

/** A deep copy of the sample contract, changed by `edit` (contract data is JSON: `any` is what it is). */
function sampleWith(edit: (contract: any) => void): Record<string, unknown> {
  const contract = structuredClone(SAMPLE);
  edit(contract);
  return contract;
}

const BROKEN_CHARACTER = "This answer contains a broken character: please retype it";
const REVIEW_AFTER_START = "“The date you will review it together” must be after the start date";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

describe("validateContract", () => {
  it("finds the sample contract valid and complete", () => {
    expect(validateContract(schema, SAMPLE, "complete")).toEqual({ ok: true, contract: SAMPLE });
  });

  it("accepts a draft that holds only its schemaVersion", () => {
    expect(validateContract(schema, { schemaVersion: 3 }, "draft").ok).toBe(true);
  });

  it("asks a complete contract for every missing section", () => {
    const result = validateContract(schema, sampleWith((c) => delete c.guardrails), "complete");
    expect(result).toEqual({ ok: false, errors: [{ path: "guardrails", message: "Answer “Your guardrails”" }] });
  });

  it("reports a problem inside a list at its dotted path, with the index", () => {
    const result = validateContract(schema, sampleWith((c) => (c.rituals.list[2].name = "")), "complete");
    expect(result).toEqual({ ok: false, errors: [{ path: "rituals.list.2.name", message: "Answer “What the ritual is”" }] });
  });

  it("gives one error per unknown key, at parent.key", () => {
    const contract = sampleWith((c) => {
      c.couple.a.nickname = "May";
      c.couple.a.age = 34;
      c.extra = true;
    });
    expect(validateContract(schema, contract, "draft")).toEqual({
      ok: false,
      errors: [
        { path: "couple.a.nickname", message: "“nickname” is not part of an Autonomy Contract" },
        { path: "couple.a.age", message: "“age” is not part of an Autonomy Contract" },
        { path: "extra", message: "“extra” is not part of an Autonomy Contract" },
      ],
    });
  });

  it("reports an unknown key inside a list item at its index", () => {
    const result = validateContract(schema, sampleWith((c) => (c.rituals.list[1].mood = "calm")), "draft");
    expect(result).toEqual({ ok: false, errors: [{ path: "rituals.list.1.mood", message: "“mood” is not part of an Autonomy Contract" }] });
  });

  it("refuses a review date on the start date", () => {
    const result = validateContract(schema, sampleWith((c) => (c.couple.reviewDate = c.couple.startDate)), "complete");
    expect(result).toEqual({ ok: false, errors: [{ path: "couple.reviewDate", message: REVIEW_AFTER_START }] });
  });

  it("refuses a review date before the start date, in a draft too", () => {
    const draft = { schemaVersion: 3, couple: { startDate: "2026-05-01", reviewDate: "2026-04-30" } };
    expect(validateContract(schema, draft, "draft")).toEqual({ ok: false, errors: [{ path: "couple.reviewDate", message: REVIEW_AFTER_START }] });
  });

  it("accepts a review date the day after the start date", () => {
    const result = validateContract(schema, sampleWith((c) => (c.couple.reviewDate = "2026-03-02")), "complete");
    expect(result.ok).toBe(true);
  });

  it("reports text with a lone surrogate at its path", () => {
    const contract = sampleWith((c) => {
      c.couple.a.name = "Maya \uD83D";
      c.rituals.list[1].note = "\uDE00 Tuesday";
    });
    expect(validateContract(schema, contract, "complete")).toEqual({
      ok: false,
      errors: [
        { path: "couple.a.name", message: BROKEN_CHARACTER },
        { path: "rituals.list.1.note", message: BROKEN_CHARACTER },
      ],
    });
  });

  it("accepts text with a whole surrogate pair (an emoji)", () => {
    const result = validateContract(schema, sampleWith((c) => (c.couple.a.name = "Maya \uD83D\uDE00")), "complete");
    expect(result.ok).toBe(true);
  });

  it("lists errors in the schema's order, whatever the order of the keys", () => {
    const contract = sampleWith((c) => {
      c.signatures.b.name = 5;
      c.rituals.list[2].name = "";
      c.batteryPack.b.hoursPerWeek = 0.3;
      c.couple.a.name = "x".repeat(61);
    });
    const reversed = Object.fromEntries(Object.entries(contract).reverse());
    const result = validateContract(schema, reversed, "complete");
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      "couple.a.name",
      "batteryPack.b.hoursPerWeek",
      "rituals.list.2.name",
      "signatures.b.name",
    ]);
  });

  it("lists the review-date and broken-character errors in the schema's order too", () => {
    // couple.a.name comes before couple.reviewDate in the schema, and in the form.
    const contract = sampleWith((c) => {
      c.couple.a.name = "Maya \uD83D";
      c.couple.reviewDate = "2026-02-01";
    });
    const result = validateContract(schema, contract, "complete");
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(["couple.a.name", "couple.reviewDate"]);
  });

  it("lists broken-character errors in the schema's order, not the order of the keys", () => {
    const contract = sampleWith((c) => {
      c.couple.a.name = "Maya \uD83D";
      c.guardrails.distanceSignal = "\uDE00";
    });
    const reversed = Object.fromEntries(Object.entries(contract).reverse());
    const result = validateContract(schema, reversed, "complete");
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(["couple.a.name", "guardrails.distanceSignal"]);
  });
});
