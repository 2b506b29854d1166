import { describe, expect, it } from "vitest";
import { FrontMatter } from "../../src/content/front-matter.ts";

const step = { layout: "step.njk", title: "Your battery pack", shortTitle: "Battery pack", summary: "How much time alone you need.", step: 1 };
const page = { layout: "page.njk", title: "Safety", summary: "What this is and is not.", navLabel: "Safety", navOrder: 40 };

describe("FrontMatter", () => {
  it("accepts a complete step page and a complete guide page", () => {
    expect(FrontMatter.parse(step)).toEqual(step);
    expect(FrontMatter.parse(page)).toEqual(page);
  });

  it("rejects a step page without its step number", () => {
    const { step: _omitted, ...rest } = step;
    const result = FrontMatter.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["step"]);
  });

  it("rejects a step number outside 1 to 7 and a fractional one", () => {
    expect(FrontMatter.safeParse({ ...step, step: 8 }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...step, step: 0 }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...step, step: 1.5 }).success).toBe(false);
  });

  it("rejects unknown keys, such as a typo or a permalink", () => {
    const typo = FrontMatter.safeParse({ ...page, tilte: "x" });
    expect(typo.error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(FrontMatter.safeParse({ ...page, permalink: "/elsewhere/" }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...page, eleventyComputed: { title: "x" } }).success).toBe(false);
  });

  it("rejects empty and over-long text", () => {
    expect(FrontMatter.safeParse({ ...page, title: "   " }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...page, title: "x".repeat(81) }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...page, summary: "x".repeat(201) }).success).toBe(false);
    expect(FrontMatter.safeParse({ ...step, shortTitle: "x".repeat(31) }).success).toBe(false);
  });

  it("rejects a layout that does not exist", () => {
    expect(FrontMatter.safeParse({ ...page, layout: "other.njk" }).success).toBe(false);
  });
});
