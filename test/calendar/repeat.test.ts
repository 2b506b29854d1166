import { describe, expect, it } from "vitest";
import { firstOnOrAfter, rruleText, shortFebruaries } from "../../src/calendar/repeat.ts";

describe("rruleText", () => {
  it("writes the interval only when it is more than one, and the days in the week's order", () => {
    expect(rruleText({ freq: "WEEKLY", interval: 1, byDay: ["Tuesday", "Thursday"] })).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect(rruleText({ freq: "WEEKLY", interval: 2, byDay: ["Sunday"] })).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU");
    expect(rruleText({ freq: "DAILY", interval: 1 })).toBe("FREQ=DAILY");
  });

  it("says the 31st as the last day of every month", () => {
    expect(rruleText({ freq: "MONTHLY", interval: 1, monthDay: 31 })).toBe("FREQ=MONTHLY;BYMONTHDAY=-1");
    expect(rruleText({ freq: "MONTHLY", interval: 1, monthDay: 15 })).toBe("FREQ=MONTHLY;BYMONTHDAY=15");
  });
});

describe("shortFebruaries", () => {
  it("gives the Februaries without the day, from the first date on, leap years included", () => {
    expect(shortFebruaries({ freq: "MONTHLY", interval: 1, monthDay: 30 }, "2027-03-30", 2029)).toEqual(["2028-02-29", "2029-02-28"]);
    expect(shortFebruaries({ freq: "MONTHLY", interval: 1, monthDay: 29 }, "2027-01-29", 2029)).toEqual(["2027-02-28", "2029-02-28"]);
    expect(shortFebruaries({ freq: "MONTHLY", interval: 1, monthDay: 28 }, "2027-01-28", 2029)).toEqual([]);
  });
});

describe("firstOnOrAfter", () => {
  it("finds the first day the repeat gives, the start itself when it fits", () => {
    expect(firstOnOrAfter("2026-03-01", { freq: "WEEKLY", interval: 1, byDay: ["Sunday"] })).toBe("2026-03-01");
    expect(firstOnOrAfter("2026-03-02", { freq: "WEEKLY", interval: 1, byDay: ["Friday", "Monday"] })).toBe("2026-03-02");
    expect(firstOnOrAfter("2026-03-03", { freq: "WEEKLY", interval: 2, byDay: ["Monday"] })).toBe("2026-03-09");
    expect(firstOnOrAfter("2027-02-01", { freq: "MONTHLY", interval: 1, monthDay: 31 })).toBe("2027-02-28");
    expect(firstOnOrAfter("2026-12-31", { freq: "DAILY", interval: 1 })).toBe("2026-12-31");
  });
});
