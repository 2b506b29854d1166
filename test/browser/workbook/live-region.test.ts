import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveRegion } from "../../../src/browser/workbook/live-region.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const page = () => parseHTML("<!DOCTYPE html><html><body><main></main></body></html>").document;

describe("createLiveRegion", () => {
  it("adds one polite status region that only screen readers see", () => {
    const document = page();
    createLiveRegion(document);
    const regions = document.querySelectorAll('[role="status"]');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.className).toBe("visually-hidden");
  });

  it("says a message after a tick, into an emptied region", () => {
    const document = page();
    const announce = createLiveRegion(document);
    const region = document.querySelector('[role="status"]') as HTMLElement;
    announce("Ritual 2 added");
    expect(region.textContent).toBe("");
    vi.advanceTimersByTime(50);
    expect(region.textContent).toBe("Ritual 2 added");
  });

  it("empties the region before a repeated message, so it is read again", () => {
    const document = page();
    const announce = createLiveRegion(document);
    const region = document.querySelector('[role="status"]') as HTMLElement;
    announce("Nothing was changed");
    vi.advanceTimersByTime(50);
    announce("Nothing was changed");
    expect(region.textContent).toBe("");
    vi.advanceTimersByTime(50);
    expect(region.textContent).toBe("Nothing was changed");
  });
});
