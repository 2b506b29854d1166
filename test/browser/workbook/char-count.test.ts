import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { countMessage, watchCharacterCounts } from "../../../src/browser/workbook/char-count.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";

describe("countMessage", () => {
  it("states the limit while the text is far from it", () => {
    expect(countMessage(0, 160)).toEqual({ text: "Up to 160 characters", tone: "quiet" });
    expect(countMessage(119, 160)).toEqual({ text: "Up to 160 characters", tone: "quiet" });
  });

  it("counts down from three quarters of the limit", () => {
    expect(countMessage(120, 160)).toEqual({ text: "You have 40 characters left", tone: "near" });
    expect(countMessage(159, 160)).toEqual({ text: "You have 1 character left", tone: "near" });
    expect(countMessage(160, 160)).toEqual({ text: "You have 0 characters left", tone: "near" });
  });

  it("says how many characters are over, as an error", () => {
    expect(countMessage(161, 160)).toEqual({ text: "You have 1 character too many", tone: "over" });
    expect(countMessage(232, 160)).toEqual({ text: "You have 72 characters too many", tone: "over" });
  });
});

describe("watchCharacterCounts", () => {
  let page: ReturnType<typeof workbookDom>;
  beforeEach(() => {
    vi.useFakeTimers();
    page = workbookDom();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const control = () => page.form.querySelector<HTMLTextAreaElement>("#f-batteryPack-a-needInOneSentence") as HTMLTextAreaElement;
  const input = (value: string) => {
    control().value = value;
    control().dispatchEvent(new (page.document.defaultView as any).Event("input", { bubbles: true }));
  };

  it("shows a count under every text with a limit, in place of the line the build wrote", () => {
    watchCharacterCounts(page.form);
    const limit = page.document.getElementById("f-batteryPack-a-needInOneSentence-limit");
    expect(limit?.classList.contains("visually-hidden")).toBe(true);
    expect(limit?.nextElementSibling?.textContent).toBe("Up to 160 characters");
    expect(limit?.nextElementSibling?.getAttribute("aria-hidden")).toBe("true");
  });

  it("counts as the person types, keeps every character, and marks the text over its limit", () => {
    watchCharacterCounts(page.form);
    input("x".repeat(232));
    const shown = page.form.querySelector("#f-batteryPack-a-needInOneSentence-limit + [data-char-count]") as HTMLElement;
    expect([shown.textContent, shown.dataset.tone]).toEqual(["You have 72 characters too many", "over"]);
    expect(control().value).toHaveLength(232);
    expect(control().classList.contains("is-over-limit")).toBe(true);
  });

  it("tells screen readers once typing pauses, politely", () => {
    watchCharacterCounts(page.form, 1000);
    input("x".repeat(150));
    const spoken = page.form.querySelector("#f-batteryPack-a-needInOneSentence-limit ~ [aria-live='polite']") as HTMLElement;
    expect(spoken.textContent).toBe("");
    vi.advanceTimersByTime(1000);
    expect(spoken.textContent).toBe("You have 10 characters left");
  });
});
