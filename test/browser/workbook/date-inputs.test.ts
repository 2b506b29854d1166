import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchDateInputs } from "../../../src/browser/workbook/date-inputs.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";

let page: ReturnType<typeof workbookDom>;
beforeEach(() => {
  page = workbookDom();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const box = (part: string) => page.form.querySelector<HTMLInputElement>(`#f-couple-startDate-${part}`) as HTMLInputElement;
const stored = () => page.form.querySelector<HTMLInputElement>('input[name="couple.startDate"]')?.value;

/** Types into a date's box as a person does: its value, then an input event that bubbles. */
function type(part: string, value: string): void {
  box(part).value = value;
  box(part).dispatchEvent(new (page.document.defaultView as any).Event("input", { bubbles: true }));
}

describe("watchDateInputs", () => {
  it("writes the stored date as the boxes are typed, before the form's own listeners read it", () => {
    watchDateInputs(page.form);
    const seen: (string | undefined)[] = [];
    page.form.addEventListener("input", () => seen.push(stored()));
    type("day", "1");
    type("month", "3");
    type("year", "2026");
    expect(seen).toEqual(["--1", "-3-1", "2026-03-01"]);
  });

  it("writes nothing once every box is emptied again", () => {
    watchDateInputs(page.form);
    type("day", "1");
    type("day", "");
    expect(stored()).toBe("");
  });

  it("shows a loaded date in its boxes, and a value that is not a date as it was typed", () => {
    const dates = watchDateInputs(page.form);
    (page.form.querySelector('input[name="couple.startDate"]') as HTMLInputElement).value = "2026-11-30";
    dates.refresh();
    expect(["day", "month", "year"].map((part) => box(part).value)).toEqual(["30", "11", "2026"]);
    (page.form.querySelector('input[name="couple.startDate"]') as HTMLInputElement).value = "2026-2-";
    dates.refresh();
    expect(["day", "month", "year"].map((part) => box(part).value)).toEqual(["", "2", "2026"]);
  });
});
