import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchItemSummaries } from "../../../src/browser/workbook/list-item-summaries.ts";
import { createListItems } from "../../../src/browser/workbook/list-items.ts";
import { getAt, parsePath } from "../../../src/contract/field-path.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";

let page: ReturnType<typeof workbookDom>;
beforeEach(() => {
  page = workbookDom();
  vi.stubGlobal("HTMLInputElement", page.document.defaultView!.HTMLInputElement);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The rituals of the sample contract in the form, as loading a contract puts them. */
function loadRituals(): void {
  createListItems(page.form, () => {}, () => {}).ensureCount("rituals.list", 3);
  const sample = sampleContract();
  for (const control of page.form.querySelectorAll<HTMLInputElement>('[data-list="rituals.list"] input[name]')) {
    const value = getAt(sample, parsePath(control.getAttribute("name") as string));
    // The DOM parser matches :checked by the attribute only.
    if (control.type === "radio") control.toggleAttribute("checked", control.value === value);
    else if (control.type === "checkbox") control.toggleAttribute("checked", Array.isArray(value) && value.includes(control.value));
    else control.value = value === undefined ? "" : String(value);
  }
}

const items = () => Array.from(page.form.querySelectorAll<HTMLLIElement>('[data-list="rituals.list"] [data-list-items] > li'));

describe("watchItemSummaries", () => {
  it("folds each complete item of a list into one line: its first answer, then the others, with Change and Remove", () => {
    loadRituals();
    watchItemSummaries(page.form).collapseAll();
    const [first] = items();
    expect(first?.querySelector<HTMLElement>(".list-item-fields")?.hidden).toBe(true);
    const summary = first?.querySelector("[data-item-summary]");
    expect(summary?.querySelector(".list-item-summary-title")?.textContent).toBe("Ritual 1 Sunday breakfast at the table");
    expect(summary?.querySelector(".list-item-summary-meta")?.textContent).toBe("Every week · Sunday · 9 am · 60 minutes");
    expect(Array.from(summary?.querySelectorAll("button") ?? [], (button) => button.textContent)).toEqual(["Change ritual 1", "Remove ritual 1"]);
  });

  it("leaves open an item with a required answer missing", () => {
    loadRituals();
    (items()[1]?.querySelector('input[name="rituals.list.1.name"]') as HTMLInputElement).value = "";
    watchItemSummaries(page.form).collapseAll();
    expect(items().map((item) => item.querySelector<HTMLElement>(".list-item-fields")?.hidden)).toEqual([true, false, true]);
  });

  it("unfolds the item that holds a control a link leads to", () => {
    loadRituals();
    const summaries = watchItemSummaries(page.form);
    summaries.collapseAll();
    summaries.reveal(page.form.querySelector('input[name="rituals.list.2.note"]') as Element);
    expect(items()[2]?.querySelector<HTMLElement>(".list-item-fields")?.hidden).toBe(false);
    expect(items()[2]?.querySelector("[data-item-summary]")).toBeNull();
  });
});
