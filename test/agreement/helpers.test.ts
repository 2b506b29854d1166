import { describe, expect, it } from "vitest";
import { formatByKind, HELPERS, lowerFirst, type FormatContext, type TextHelper } from "../../src/agreement/helpers.ts";

const context = (phrases: Record<string, string> = {}): FormatContext => ({ language: "en", phrase: (choice) => phrases[choice] });
const apply = (name: string, text: string) => (HELPERS[name] as TextHelper).apply({ before: "", text, after: "" });

describe("lowerFirst", () => {
  it("lowers an ordinary first word, and keeps days, months, I and abbreviations", () => {
    expect(lowerFirst("Couples therapist")).toBe("couples therapist");
    expect(lowerFirst("A few times a week")).toBe("a few times a week");
    expect(lowerFirst("Sunday markets")).toBe("Sunday markets");
    expect(lowerFirst("March walks")).toBe("March walks");
    expect(lowerFirst("I go out")).toBe("I go out");
    expect(lowerFirst("NHS therapist")).toBe("NHS therapist");
    expect(lowerFirst("McKenzie")).toBe("McKenzie");
  });
});

describe("the text helpers", () => {
  it("quote puts curly quotation marks around an answer, unless the person quoted it", () => {
    expect(apply("quote", "Low battery?")).toEqual({ before: "“", text: "Low battery?", after: "”" });
    expect(apply("quote", "“Low battery?”")).toEqual({ before: "", text: "“Low battery?”", after: "" });
    expect(apply("quote", '"Drifting?"').before).toBe("");
  });

  it("cap capitalises the first letter, and leaves a quoted answer alone", () => {
    expect(apply("cap", "sunday breakfast")).toEqual({ before: "", text: "Sunday breakfast", after: "" });
    expect((HELPERS.cap as TextHelper).apply({ before: "“", text: "tea", after: "”" }).text).toBe("tea");
  });
});

describe("formatByKind", () => {
  it("says each kind of answer as words", () => {
    expect(formatByKind("text", "  as typed  ", context())).toBe("as typed");
    expect(formatByKind("number", 6, context())).toBe("six");
    expect(formatByKind("date", "2026-03-01", context())).toBe("1 March 2026");
    expect(formatByKind("time", "19:30", context())).toBe("7:30 pm");
    expect(formatByKind("choice", "Every week", context())).toBe("every week");
    expect(formatByKind("choice", "An hour", context({ "An hour": "within an hour" }))).toBe("within an hour");
    expect(formatByKind("choices", ["Exercise", "Music", "Reading"], context())).toBe("exercise, music and reading");
    expect(formatByKind("yes-no", true, context({ true: "We talk first." }))).toBe("We talk first.");
  });

  it("gives nothing for a value that does not fit its question, so the clause is left out", () => {
    expect(formatByKind("number", "six", context())).toBeUndefined();
    expect(formatByKind("text", "   ", context())).toBeUndefined();
    expect(formatByKind("choices", [], context())).toBeUndefined();
    expect(formatByKind("choices", "Exercise", context())).toBeUndefined();
    expect(formatByKind("yes-no", "yes", context({ true: "We talk first." }))).toBeUndefined();
    expect(formatByKind("number", Number.NaN, context())).toBeUndefined();
  });
});

describe("the format helpers", () => {
  it("hours, minutes and weekdays write their answers as words", () => {
    const format = (name: string, value: unknown) => (HELPERS[name] as { format(value: unknown, context: FormatContext): string | undefined }).format(value, context());
    expect(format("hours", 2.5)).toBe("two and a half hours");
    expect(format("minutes", 90)).toBe("an hour and a half");
    expect(format("weekday", "Sunday")).toBe("Sunday");
    expect(format("weekdays", "Sunday")).toBe("Sundays");
    expect(format("or", ["Tea", "Coffee"])).toBe("tea or coffee");
    expect(format("hours", "2")).toBeUndefined();
  });
});
