import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { renderTaskList } from "../../src/fields/render-task-list.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";

let document: Document;
beforeAll(async () => {
  const steps = [{ step: 1, title: "Your battery pack", url: "/steps/1-battery-pack/" }];
  document = parseHTML(`<main>${renderTaskList(layoutContract(await loadSchema()), steps)}</main>`).document;
});

describe("renderTaskList", () => {
  it("lists every part of the contract in order, checking your answers just before signing, each linked to its view", () => {
    expect(Array.from(document.querySelectorAll(".task-link"), (link) => [link.getAttribute("href"), link.textContent])).toEqual([
      ["#about-you", "The two of you"],
      ["#step-1", "Step 1: Your battery pack"],
      ["#step-2", "Step 2: Your together time"],
      ["#step-3", "Step 3: Your words for asking for space"],
      ["#step-4", "Step 4: Your default moves"],
      ["#step-5", "Step 5: Your individual worlds"],
      ["#step-6", "Step 6: Your guardrails"],
      ["#step-7", "Step 7: A deeper we"],
      ["#check", "Check your answers"],
      ["#signing", "Sign your contract"],
    ]);
  });

  it("describes each task's link by its status and its detail, which the page's script fills in", () => {
    for (const task of document.querySelectorAll(".task")) {
      const ids = (task.querySelector(".task-link")?.getAttribute("aria-describedby") ?? "").split(" ");
      expect(ids.map((id) => document.getElementById(id)?.matches("[data-task-status], [data-task-detail]"))).toEqual([true, true]);
    }
  });

  it("starts with the first part", () => {
    expect(document.querySelector("[data-task-continue]")?.getAttribute("href")).toBe("#about-you");
  });
});
