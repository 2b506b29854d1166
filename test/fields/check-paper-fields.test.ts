import { describe, expect, it } from "vitest";
import { checkPaperFields } from "../../src/fields/check-paper-fields.ts";
import type { PaperField } from "../../src/layout/paper-fields.ts";

const FIELDS: PaperField[] = [
  { name: "a.words", leaf: "a.words", kind: "text", title: "Words", options: [], maxLength: 120, lines: 2 },
  { name: "a.pace", leaf: "a.pace", kind: "choice", title: "Pace", options: ["Slow", "Fast"], lines: 1 },
];
const RULES = '<span class="paper-rule"></span><span class="paper-rule"></span>';
const option = (index: number, label: string) => `<li><span data-field="a.pace" data-option="${index}"></span><span class="paper-option-label">${label}</span></li>`;

describe("checkPaperFields", () => {
  it("accepts a page with one area per field and option", () => {
    expect(checkPaperFields(`<div data-field="a.words">${RULES}</div><ul>${option(0, "Slow")}${option(1, "Fast")}</ul>`, FIELDS)).toEqual([]);
  });

  it("names a missing area, a duplicate, an extra one, a wrong label and a wrong number of lines", () => {
    const html = `<div data-field="a.words"><span class="paper-rule"></span></div><ul>${option(0, "Slow")}${option(0, "Slow")}${option(1, "Quick")}</ul><div data-field="a.other"></div>`;
    expect(checkPaperFields(html, FIELDS)).toEqual([
      "a.words: 1 ruled lines; expected 2",
      "a.pace option 0: 2 writing areas; expected exactly one",
      'a.pace option 1: its label is "Quick", but the option is "Fast"',
      "a.other: this writing area is not a field of the paper workbook",
    ]);
    expect(checkPaperFields("<p>nothing</p>", FIELDS)).toEqual(["a.words: no writing area on the page", "a.pace option 0: no writing area on the page", "a.pace option 1: no writing area on the page"]);
  });
});
