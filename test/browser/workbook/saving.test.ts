import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY, createSaving } from "../../../src/browser/workbook/saving.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { fakeWindow, memoryStore, pageElement, press, recordingNotices } from "../../helpers/workbook-fakes.ts";

let state: WorkbookState;
let store: ReturnType<typeof memoryStore>;
let notices: ReturnType<typeof recordingNotices>;
let status: HTMLElement;
let page: ReturnType<typeof fakeWindow>;
let saveToFile: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 2, 1, 14, 5));
  state = createWorkbookState();
  state.data = { couple: { a: { name: "Maya" } } };
  store = memoryStore();
  notices = recordingNotices();
  status = pageElement(`<p data-save-status></p>`);
  page = fakeWindow();
  saveToFile = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
});

const start = () => createSaving({ state, store, version: 2, status, notices, saveToFile, window: page.window });

/** Fires `beforeunload` as the browser does when the page is closed, and says whether it asked to stay. */
function leave(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  page.window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("createSaving: saving now", () => {
  it("writes the answers with the schema version", () => {
    start().save();
    expect(store.writes.map((text) => JSON.parse(text))).toEqual([{ couple: { a: { name: "Maya" } }, schemaVersion: 2 }]);
  });

  it("says the answers are saved, and when", () => {
    start().save();
    const at = new Date(2026, 2, 1, 14, 5).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    expect(status.textContent).toBe(`Saved on this device at ${at}`);
    expect(status.dataset.tone).toBe("ok");
  });

  it("clears the unsaved mark and the storage notice once a write sticks", () => {
    state.unsaved = true;
    notices.show({ id: "storage", tone: "error", title: "earlier trouble" });
    start().save();
    expect(state.unsaved).toBe(false);
    expect(notices.showing.has("storage")).toBe(false);
  });

  it.each(["other-tab", "newer-version"] as const)("writes nothing while on hold for %s", (hold) => {
    state.hold = hold;
    expect(start().save()).toBeUndefined();
    expect(store.writes).toEqual([]);
  });
});

describe("createSaving: when storage fails", () => {
  it.each([
    ["quota", "This browser's storage for the site is full."],
    ["unavailable", "This browser does not allow saving here (a private window, or storage turned off)."],
    ["mismatch", "The saved copy did not read back the same."],
  ] as const)("says why a %s failure happened and that the answers are still in the page", (reason, why) => {
    store.nextWrite = { ok: false, reason };
    expect(start().save()).toEqual({ ok: false, reason });
    expect(notices.showing.get("storage")).toMatchObject({
      tone: "error",
      title: "Your answers could not be saved on this device",
      text: `${why} They are still here in this page: save them to a file so nothing is lost.`,
    });
  });

  it("marks the status line red and the answers unsaved", () => {
    store.nextWrite = { ok: false, reason: "quota" };
    start().save();
    expect([status.textContent, status.dataset.tone]).toEqual(["Not saved on this device", "error"]);
    expect(state.unsaved).toBe(true);
  });

  it("offers to save the answers to a file instead", () => {
    store.nextWrite = { ok: false, reason: "quota" };
    start().save();
    press(notices.showing.get("storage"), "Save to a file");
    expect(saveToFile).toHaveBeenCalledOnce();
  });
});

describe("createSaving: after a change", () => {
  it("says a save is coming and marks the answers unsaved", () => {
    start().changed();
    expect([status.textContent, status.dataset.tone]).toEqual(["Saving…", "pending"]);
    expect(state.unsaved).toBe(true);
  });

  it("keeps the hold's status line while on hold", () => {
    state.hold = "other-tab";
    status.textContent = "Not saving: the contract changed in another tab";
    start().changed();
    expect(status.textContent).toBe("Not saving: the contract changed in another tab");
  });

  it("saves once, a pause after the last of several changes", () => {
    const saving = start();
    saving.changed();
    vi.advanceTimersByTime(AUTOSAVE_DELAY - 1);
    saving.changed();
    vi.advanceTimersByTime(AUTOSAVE_DELAY - 1);
    expect(store.writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(store.writes).toHaveLength(1);
  });

  it("drops a waiting save when cancelled", () => {
    const saving = start();
    saving.changed();
    saving.cancel();
    vi.advanceTimersByTime(AUTOSAVE_DELAY * 2);
    expect(store.writes).toHaveLength(0);
  });
});

describe("createSaving: leaving the page", () => {
  it("saves a waiting save at once, and lets the page close", () => {
    start().changed();
    expect(leave()).toBe(false);
    expect(store.writes).toHaveLength(1);
  });

  it("asks before closing while answers could not be saved", () => {
    store.nextWrite = { ok: false, reason: "quota" };
    start().changed();
    expect(leave()).toBe(true);
  });

  it("asks before closing while saving is on hold with changes in the page", () => {
    state.hold = "other-tab";
    start().changed();
    expect(leave()).toBe(true);
    expect(store.writes).toHaveLength(0);
  });

  it("lets a page with nothing unsaved close without asking", () => {
    start();
    expect(leave()).toBe(false);
  });
});

describe("createSaving: the status line", () => {
  it("writes a line with its tone", () => {
    start().status("Your saved answers are back", "ok");
    expect([status.textContent, status.dataset.tone]).toEqual(["Your saved answers are back", "ok"]);
  });
});
