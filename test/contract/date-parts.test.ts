import { describe, expect, it } from "vitest";
import { datePartOrder, joinDateParts, readWrittenDate, splitIsoDate } from "../../src/contract/date-parts.ts";

describe("datePartOrder", () => {
  it("writes English dates day first, as the site does, and Chinese ones year first", () => {
    expect(datePartOrder("en")).toEqual(["day", "month", "year"]);
    expect(datePartOrder("zh")).toEqual(["year", "month", "day"]);
  });
});

describe("joinDateParts", () => {
  it("stores a date typed in its boxes as YYYY-MM-DD, with the zeros a person leaves out", () => {
    expect(joinDateParts({ day: "1", month: "3", year: "2026" })).toBe("2026-03-01");
    expect(joinDateParts({ day: " 30 ", month: "11", year: "2026" })).toBe("2026-11-30");
  });

  it("stores nothing for three empty boxes", () => {
    expect(joinDateParts({ day: "", month: " ", year: "" })).toBe("");
  });

  it("keeps a half-written date as typed, which is not a date, so it is neither lost nor taken for one", () => {
    expect(joinDateParts({ day: "", month: "3", year: "2026" })).toBe("2026-3-");
    expect(joinDateParts({ day: "1", month: "3", year: "26" })).toBe("26-3-1");
  });
});

describe("splitIsoDate", () => {
  it("gives a stored date's parts as a person writes them", () => {
    expect(splitIsoDate("2026-03-01")).toEqual({ day: "1", month: "3", year: "2026" });
    expect(splitIsoDate("1 March")).toBeUndefined();
  });
});

describe("readWrittenDate", () => {
  it("reads the eight digits of a date's boxes in the page's order", () => {
    expect(readWrittenDate("30112026")).toBe("2026-11-30");
    expect(readWrittenDate("20261130", "zh")).toBe("2026-11-30");
  });

  it("reads a date typed with separators, or as stored", () => {
    expect(readWrittenDate("30/11/2026")).toBe("2026-11-30");
    expect(readWrittenDate("1.3.2026")).toBe("2026-03-01");
    expect(readWrittenDate("2026-11-30")).toBe("2026-11-30");
  });

  it("reads nothing from what is not a date of its shape", () => {
    for (const text of ["soon", "30/11", "301126", "30/11/26"]) expect(readWrittenDate(text), text).toBeUndefined();
  });
});
