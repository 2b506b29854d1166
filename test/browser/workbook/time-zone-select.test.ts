import { describe, expect, it } from "vitest";
import { answersGiven, holdsNothingGiven } from "../../../src/browser/workbook/time-zone-select.ts";

describe("answersGiven and holdsNothingGiven", () => {
  const zone = "Europe/Paris";

  it("take a workbook holding only the zone the page chose as holding nothing given", () => {
    expect(answersGiven({ schemaVersion: 3, couple: { timeZone: zone } }, zone)).toEqual({ schemaVersion: 3 });
    expect(holdsNothingGiven({ schemaVersion: 3, couple: { timeZone: zone } }, zone)).toBe(true);
    expect(holdsNothingGiven({ schemaVersion: 3 }, zone)).toBe(true);
  });

  it("count the zone as given once it is another than the browser's, or beside another answer", () => {
    expect(holdsNothingGiven({ schemaVersion: 3, couple: { timeZone: "Asia/Tokyo" } }, zone)).toBe(false);
    const named = { schemaVersion: 3, couple: { a: { name: "Maya" }, timeZone: zone } };
    expect(answersGiven(named, zone)).toBe(named);
    expect(holdsNothingGiven(named, zone)).toBe(false);
    expect(holdsNothingGiven({ schemaVersion: 3, couple: { timeZone: zone }, guardrails: { longestPause: "A day" } }, zone)).toBe(false);
  });
});
