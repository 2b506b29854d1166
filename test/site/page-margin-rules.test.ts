import { describe, expect, it } from "vitest";
import { cssString, pageMarginRules } from "../../src/site/page-margin-rules.ts";

describe("pageMarginRules", () => {
  it("gives each named part a named page with its title at the top and the page number at the foot", () => {
    const css = pageMarginRules([{ id: "step-1", title: "Step 1 · One", pageName: "step-1" }, { id: "cards", title: "Cards" }]);
    expect(css).toContain('.paper-workbook [data-paper-page="step-1"] { page: step-1; }');
    expect(css).toContain('@top-center { content: "Step 1 \\b7  One";');
    expect(css).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
    expect(css).not.toContain("cards");
  });

  it("refuses a page name that is not a plain CSS identifier", () => {
    expect(() => pageMarginRules([{ id: "x", title: "X", pageName: "x } body { color: red" }])).toThrow(/invalid page name/);
  });
});

describe("cssString", () => {
  it("cannot be ended early by a title", () => {
    expect(cssString('a "quoted" \\ title\n} @page {')).toBe('"a \\"quoted\\" \\\\ title\\a } @page {"');
  });
});
