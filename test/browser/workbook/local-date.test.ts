import { afterEach, describe, expect, it } from "vitest";
import { localDate } from "../../../src/browser/workbook/local-date.ts";

const zone = process.env.TZ;
afterEach(() => {
  // Node reads TZ again whenever it is set, so each test can put the clock elsewhere.
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("localDate", () => {
  it("writes a date as YYYY-MM-DD with leading zeros", () => {
    expect(localDate(new Date(2026, 0, 5, 12))).toBe("2026-01-05");
  });

  it("gives the day on the person's own calendar, not UTC's, just after their midnight", () => {
    process.env.TZ = "Pacific/Auckland";
    // 11:30 UTC on 1 March is 00:30 on 2 March in Auckland (UTC+13 in March).
    expect(localDate(new Date("2026-03-01T11:30:00Z"))).toBe("2026-03-02");
  });

  it("gives the day on the person's own calendar late in their evening, west of UTC", () => {
    process.env.TZ = "America/Los_Angeles";
    // 03:00 UTC on 2 March is 19:00 on 1 March in Los Angeles.
    expect(localDate(new Date("2026-03-02T03:00:00Z"))).toBe("2026-03-01");
  });
});
