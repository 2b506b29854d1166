import { describe, expect, it } from "vitest";
import { formatDate, todayIso } from "../../src/contract/format-date.ts";
import { versionCode } from "../../src/contract/version-code.ts";

describe("formatDate", () => {
  it("writes an English date day first, with the month in words", () => {
    expect(formatDate("2026-03-01")).toBe("1 March 2026");
    expect(formatDate("2026-11-30", "en")).toBe("30 November 2026");
  });

  it("writes a date in the page's language", () => {
    expect(formatDate("2026-03-01", "zh")).toBe("2026年3月1日");
    expect(formatDate("2026-03-01", "de")).toBe("1. März 2026");
  });

  it("does not move a date across midnight, whatever the time zone", () => {
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
  });

  it("returns anything that is not a real date unchanged", () => {
    expect(formatDate("2026-02-30")).toBe("2026-02-30");
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("todayIso", () => {
  it("gives the local date as stored, YYYY-MM-DD", () => {
    expect(todayIso(new Date(2026, 10, 30, 23, 59))).toBe("2026-11-30");
    expect(todayIso(new Date(2026, 0, 5, 0, 1))).toBe("2026-01-05");
  });
});

describe("versionCode", () => {
  it("is the fingerprint's first eight characters in two groups", () => {
    expect(versionCode("3f9a0c2e8b1d44f0aa12bb34cc56dd78ee90ff11223344556677889900aabbcc")).toBe("3f9a 0c2e");
  });
});
