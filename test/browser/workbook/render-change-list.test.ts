import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renderChangeList } from "../../../src/browser/workbook/render-change-list.ts";
import { changeList } from "../../../src/compare/change-list.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../../src/layout/layout-types.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";

let layout: ContractLayout;
let page: ReturnType<typeof workbookDom>;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});
beforeEach(() => {
  page = workbookDom();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Renders into a div of the built workbook page, so every Change link can be followed to its question. */
function render(before: Record<string, any>, after: Record<string, any>): HTMLElement {
  const holder = page.document.createElement("div");
  holder.append(...renderChangeList(changeList(layout, before, after), 1));
  return holder;
}

describe("renderChangeList", () => {
  it("says there are no changes yet when the answers are as signed", () => {
    expect(render(sampleContract(), sampleContract()).textContent).toBe("No changes yet: every answer is as you signed it in version 1.");
  });

  it("shows the step, the answer, the signed value and today's side by side, with a Change link to a question of the workbook", () => {
    const after = sampleContract();
    after.guardrails.distanceSignal = "<b>Just a hug</b>";
    const holder = render(sampleContract(), after);
    expect(holder.querySelector("h4")?.textContent).toMatch(/^Step \d: /);
    const row = holder.querySelector('[data-change="guardrails.distanceSignal"]')!;
    expect(row.querySelector(".change-before")?.textContent).toBe(`Version 1${sampleContract().guardrails.distanceSignal}`);
    // Text, never markup.
    expect(row.querySelector(".change-after")?.textContent).toBe("Now<b>Just a hug</b>");
    expect(row.querySelector(".change-after b")).toBeNull();
    const link = row.querySelector("a")!;
    expect(link.textContent).toMatch(/^Change /);
    expect(page.document.getElementById(link.getAttribute("href")!.slice(1))).not.toBeNull();
  });

  it("leads a removed list item's Change link to its list in the workbook", () => {
    const after = sampleContract();
    after.rituals.list.length = 2;
    const link = render(sampleContract(), after).querySelector('[data-change="rituals.list.2"] a')!;
    expect(link.getAttribute("href")).toBe("#f-rituals-list");
    expect(page.document.getElementById("f-rituals-list")).not.toBeNull();
  });
});
