import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS } from "../../src/contract/migrations.ts";
import { validateContract } from "../../src/contract/validate-contract.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/contracts");

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));
}

/** The review date version 1 data migrates to, from its start date and months. */
function reviewDate(startDate: string, reviewAfterMonths: number): unknown {
  const v1 = { schemaVersion: 1, partnerA: { name: "A" }, partnerB: { name: "B" }, startDate, reviewAfterMonths };
  const migrated = MIGRATIONS[1]?.(v1) as { couple?: { reviewDate?: unknown } };
  return migrated.couple?.reviewDate;
}

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

describe("migrate", () => {
  it("brings a version 1 draft up to the current version", () => {
    const result = migrate(fixture("v1-draft.json"), schema.version);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.schemaVersion).toBe(3);
    expect(result.ok && result.from).toBe(1);
  });

  it("moves the partners and the start date of version 1 under couple, with a review date", () => {
    const result = migrate(fixture("v1-draft.json"), schema.version);
    expect(result.ok && result.data.couple).toEqual({
      a: { name: "Maya Okafor", pronouns: "she/her" },
      b: { name: "Jonas Lind" },
      startDate: "2026-01-31",
      reviewDate: "2026-02-28",
    });
  });

  it("keeps the version 1 answers that already have the version 2 shape, and drops the moved keys", () => {
    const v1 = fixture("v1-draft.json");
    const result = migrate(v1, schema.version);
    expect(result.ok && Object.keys(result.data).sort()).toEqual(["batteryPack", "couple", "guardrails", "schemaVersion"]);
    expect(result.ok && result.data.batteryPack).toEqual(v1.batteryPack);
    expect(result.ok && result.data.guardrails).toEqual(v1.guardrails);
  });

  it("gives a migrated version 1 draft that validates as a draft", () => {
    const result = migrate(fixture("v1-draft.json"), schema.version);
    expect(result.ok && validateContract(schema, result.data, "draft")).toEqual({ ok: true, contract: expect.any(Object) });
  });

  it("does not change the version 1 data it migrates", () => {
    const v1 = fixture("v1-draft.json");
    migrate(v1, schema.version);
    expect(v1).toEqual(fixture("v1-draft.json"));
  });

  it.each([
    ["31 January plus one month is 28 February", "2026-01-31", 1, "2026-02-28"],
    ["30 November plus three months is 29 February in a leap year", "2027-11-30", 3, "2028-02-29"],
    ["31 March plus one month is 30 April", "2026-03-31", 1, "2026-04-30"],
    ["15 December plus two months is in the next year", "2026-12-15", 2, "2027-02-15"],
    ["31 January plus thirteen months is 28 February a year later", "2026-01-31", 13, "2027-02-28"],
    ["1 March plus three months is 1 June", "2026-03-01", 3, "2026-06-01"],
  ])("computes the review date: %s", (_, start, months, expected) => {
    expect(reviewDate(start, months)).toBe(expected);
  });

  it("gives no review date when version 1 data had no months", () => {
    const migrated = MIGRATIONS[1]?.({ schemaVersion: 1, startDate: "2026-03-01" });
    expect(migrated).toEqual({ schemaVersion: 2, couple: { startDate: "2026-03-01" } });
  });

  it("gives no couple when version 1 data had none of its answers", () => {
    expect(MIGRATIONS[1]?.({ schemaVersion: 1, guardrails: { longestPause: "A day" } })).toEqual({
      schemaVersion: 2,
      guardrails: { longestPause: "A day" },
    });
  });

  it("brings the signed version 2 sample up to version 3 keeping every word: each ritual's “when” becomes its note, nothing else moves", () => {
    const v2 = fixture("v2-signed.json") as Record<string, any>;
    const result = migrate(v2, schema.version);
    if (!result.ok) throw new Error(result.message);
    const v3 = result.data as Record<string, any>;
    expect(result.from).toBe(2);
    expect(v3.schemaVersion).toBe(3);
    expect(v3.rituals.list).toEqual(v2.rituals.list.map(({ when, ...rest }: Record<string, unknown>) => ({ ...rest, note: when })));
    expect(v3.rituals.list.map((ritual: Record<string, unknown>) => ritual.note)).toEqual(["Sunday, 9 am", "Tuesday and Thursday, 8 pm", "Friday evening"]);
    const { rituals: _a, schemaVersion: _b, ...otherV3 } = v3;
    const { rituals: _c, schemaVersion: _d, ...otherV2 } = v2;
    expect(otherV3).toEqual(otherV2);
    expect({ ...v3.rituals, list: undefined }).toEqual({ ...v2.rituals, list: undefined });
  });

  it("guesses nothing from version 2's free text: no days, start or length, no time zone", () => {
    const result = migrate(fixture("v2-signed.json"), schema.version);
    const v3 = (result.ok ? result.data : {}) as Record<string, any>;
    for (const ritual of v3.rituals.list) expect(Object.keys(ritual).sort()).toEqual(["frequency", "name", "note"]);
    expect(v3.couple.timeZone).toBeUndefined();
  });

  it("keeps a version 2 ritual that had no “when”, and data without rituals, as they were", () => {
    expect(MIGRATIONS[2]?.({ schemaVersion: 2, rituals: { list: [{ name: "Tea", frequency: "Every day" }] } })).toEqual({
      schemaVersion: 3,
      rituals: { list: [{ name: "Tea", frequency: "Every day" }] },
    });
    expect(MIGRATIONS[2]?.({ schemaVersion: 2, couple: { a: { name: "Sam" } } })).toEqual({ schemaVersion: 3, couple: { a: { name: "Sam" } } });
  });

  it("asks a migrated version 2 contract, to be complete, for exactly what version 3 added", () => {
    const result = migrate(fixture("v2-signed.json"), schema.version);
    const validation = validateContract(schema, result.ok ? result.data : {}, "complete");
    expect(validation.ok ? [] : validation.errors.map((error) => error.path)).toEqual([
      "couple.timeZone",
      "rituals.list.0.days",
      "rituals.list.1.days",
      "rituals.list.2.days",
      "spaceWords.a.canWait",
      "spaceWords.b.canWait",
      "individualWorlds.a.blockHours",
      "individualWorlds.b.blockHours",
    ]);
  });

  it("passes data of the current version through unchanged", () => {
    const current = { schemaVersion: schema.version, couple: { a: { name: "Maya" } } };
    const copy = structuredClone(current);
    expect(migrate(current, schema.version)).toEqual({ ok: true, data: copy, from: schema.version });
  });

  it("refuses data from a newer version, saying which", () => {
    const result = migrate(fixture("v4-future.json"), schema.version);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain("newer version of the workbook (version 4; this one reads up to 3)");
  });

  it("leaves the newer data it refuses untouched", () => {
    const v4 = fixture("v4-future.json");
    migrate(v4, schema.version);
    expect(v4).toEqual(fixture("v4-future.json"));
  });

  it.each([
    ["missing", {}],
    ["a string", { schemaVersion: "2" }],
    ["a fraction", { schemaVersion: 1.5 }],
    ["zero", { schemaVersion: 0 }],
    ["negative", { schemaVersion: -1 }],
    ["null", { schemaVersion: null }],
  ])("refuses data whose schemaVersion is %s", (_, data) => {
    expect(migrate(data, schema.version)).toEqual({
      ok: false,
      reason: "no-version",
      message: "this file does not say which version of an Autonomy Contract it is",
    });
  });

  it("refuses a version it has no migration for", () => {
    expect(migrate({ schemaVersion: 1000 }, 1001)).toEqual({ ok: false, reason: "no-migration", message: "no way to bring version 1000 data up to date" });
  });
});
