import { describe, expect, it } from "vitest";
import { formatTime, formatWeekday } from "../../src/agreement/format-time.ts";
import { joinList } from "../../src/agreement/join-list.ts";

describe("formatTime", () => {
  it("says English times on the twelve-hour clock, whole hours without minutes", () => {
    expect(["19:30", "09:00", "00:00", "12:00", "23:59", "07:05"].map((time) => formatTime(time))).toEqual(["7:30 pm", "9 am", "12 am", "12 pm", "11:59 pm", "7:05 am"]);
  });

  it("says times in the page's language", () => {
    expect(formatTime("19:30", "de")).toBe("19:30");
    expect(formatTime("09:05", "fr")).toBe("9:05");
  });

  it("returns anything that is not a time unchanged", () => {
    expect(formatTime("24:00")).toBe("24:00");
    expect(formatTime("soon")).toBe("soon");
  });
});

describe("formatWeekday", () => {
  it("names the day in the page's language, and in the English plural when asked", () => {
    expect(formatWeekday("Sunday")).toBe("Sunday");
    expect(formatWeekday("Monday", "en", true)).toBe("Mondays");
    expect(formatWeekday("Sunday", "de")).toBe("Sonntag");
    expect(formatWeekday("Funday")).toBe("Funday");
  });
});

describe("joinList", () => {
  it("joins phrases the way the language joins a list", () => {
    expect(joinList(["exercise"])).toBe("exercise");
    expect(joinList(["exercise", "music"])).toBe("exercise and music");
    expect(joinList(["time outdoors", "reading", "making something"])).toBe("time outdoors, reading and making something");
    expect(joinList(["tea", "coffee"], "en", "or")).toBe("tea or coffee");
    expect(joinList(["Tee", "Kaffee", "Wasser"], "de")).toBe("Tee, Kaffee und Wasser");
  });
});
