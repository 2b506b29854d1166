import { describe, expect, it } from "vitest";
import { hoursInWords, minutesInWords, numberInWords } from "../../src/agreement/number-words.ts";

describe("numberInWords", () => {
  it("spells out whole numbers below a hundred, hyphenating the tens", () => {
    expect([0, 1, 7, 13, 20, 21, 45, 80, 99].map((n) => numberInWords(n))).toEqual(["zero", "one", "seven", "thirteen", "twenty", "twenty-one", "forty-five", "eighty", "ninety-nine"]);
  });

  it("writes a hundred and more, and fractions, in figures", () => {
    expect([100, 120, 2.5, 1234].map((n) => numberInWords(n))).toEqual(["100", "120", "2.5", "1,234"]);
  });

  it("writes figures in the page's language when it is not English", () => {
    expect(numberInWords(2.5, "de")).toBe("2,5");
  });
});

describe("hoursInWords", () => {
  it("says hours as people say them, halves included", () => {
    expect([0, 0.5, 1, 1.5, 2, 2.5, 6, 79.5, 80].map((n) => hoursInWords(n))).toEqual([
      "no time",
      "half an hour",
      "an hour",
      "an hour and a half",
      "two hours",
      "two and a half hours",
      "six hours",
      "seventy-nine and a half hours",
      "eighty hours",
    ]);
  });

  it("gives other fractions in figures, and other languages their own unit", () => {
    expect(hoursInWords(2.25)).toBe("2.25 hours");
    expect(hoursInWords(6, "de")).toBe("6 Stunden");
    expect(hoursInWords(1, "de")).toBe("1 Stunde");
  });
});

describe("minutesInWords", () => {
  it("says minutes in words, and whole or half hours as hours", () => {
    expect([1, 10, 45, 60, 75, 90, 100, 120].map((n) => minutesInWords(n))).toEqual([
      "a minute",
      "ten minutes",
      "forty-five minutes",
      "an hour",
      "seventy-five minutes",
      "an hour and a half",
      "100 minutes",
      "two hours",
    ]);
  });
});
