import { beforeAll, describe, expect, it } from "vitest";
import { validateContract } from "../../src/contract/validate-contract.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

const errorsOf = (contract: unknown, completeness: "complete" | "draft") => {
  const result = validateContract(schema, contract, completeness);
  return result.ok ? [] : result.errors;
};

describe("the rules of a version 3 contract", () => {
  it("asks a complete contract's weekly ritual for its days, and a monthly one for its day of the month", () => {
    const contract = sampleContract();
    delete contract.rituals.list[1].days;
    contract.rituals.list[2] = { name: "Dinner out", frequency: "Every month" };
    expect(errorsOf(contract, "complete")).toEqual([
      { path: "rituals.list.1.days", message: "Answer “On which days”: a ritual “a few times a week” needs it, so it can go in your calendar" },
      { path: "rituals.list.2.dayOfMonth", message: "Answer “Day of the month”: a ritual “every month” needs it, so it can go in your calendar" },
    ]);
  });

  it("counts an empty list of days as no days", () => {
    const contract = sampleContract();
    contract.rituals.list[0].days = [];
    expect(errorsOf(contract, "complete").map((error) => error.path)).toEqual(["rituals.list.0.days"]);
  });

  it("asks a daily ritual for no day, and a draft for none at all", () => {
    const contract = sampleContract();
    contract.rituals.list[0] = { name: "Tea together", frequency: "Every day" };
    expect(errorsOf(contract, "complete")).toEqual([]);
    delete contract.rituals.list[1].days;
    expect(errorsOf(contract, "draft")).toEqual([]);
  });

  it("refuses a time zone this device does not know, in a draft too", () => {
    const contract = { schemaVersion: 3, couple: { timeZone: "Mars/Olympus_Mons" } };
    expect(errorsOf(contract, "draft")).toEqual([
      { path: "couple.timeZone", message: "“Your time zone” is not a time zone this device knows: choose one from the list" },
    ]);
  });

  it("refuses a time zone that is not an IANA name, and takes UTC and a zone with three parts", () => {
    expect(errorsOf({ schemaVersion: 3, couple: { timeZone: "../etc/passwd" } }, "draft").map((error) => error.path)).toEqual(["couple.timeZone"]);
    expect(errorsOf({ schemaVersion: 3, couple: { timeZone: "UTC" } }, "draft")).toEqual([]);
    expect(errorsOf({ schemaVersion: 3, couple: { timeZone: "America/Argentina/Buenos_Aires" } }, "draft")).toEqual([]);
  });

  it("takes a ritual's start and length only as a time and whole minutes in fives", () => {
    const contract = sampleContract();
    contract.rituals.list[0].start = "9am";
    contract.rituals.list[0].minutes = 62;
    expect(errorsOf(contract, "draft").map((error) => error.path)).toEqual(["rituals.list.0.start", "rituals.list.0.minutes"]);
  });
});
