import { beforeEach, describe, expect, it } from "vitest";
import { holdForOtherTabs } from "../../../src/browser/workbook/other-tab-hold.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { fakeWindow, memoryStore, press, recordingNotices, recordingSaving, storageEvent } from "../../helpers/workbook-fakes.ts";

let state: WorkbookState;
let saving: ReturnType<typeof recordingSaving>;
let notices: ReturnType<typeof recordingNotices>;
let page: ReturnType<typeof fakeWindow>;
const store = memoryStore();

beforeEach(() => {
  state = createWorkbookState();
  saving = recordingSaving();
  notices = recordingNotices();
  page = fakeWindow();
  holdForOtherTabs({ state, store, saving, notices, window: page.window });
});

describe("holdForOtherTabs", () => {
  it("ignores another tab's writes under other keys (another schema version, another site's data)", () => {
    page.window.dispatchEvent(storageEvent("autonomy-contract/v1"));
    page.window.dispatchEvent(storageEvent("something-else"));
    expect(state.hold).toBeUndefined();
    expect(notices.showing.size).toBe(0);
  });

  it("stops saving when another tab writes the contract, dropping the save that was waiting", () => {
    page.window.dispatchEvent(storageEvent(store.key));
    expect(state.hold).toBe("other-tab");
    expect(saving.cancel).toHaveBeenCalledOnce();
    expect(saving.statuses).toEqual([["Not saving: the contract changed in another tab", "error"]]);
  });

  it("stops saving when another tab clears the site's storage", () => {
    page.window.dispatchEvent(storageEvent(null));
    expect(state.hold).toBe("other-tab");
  });

  it("warns, and offers the two ways out", () => {
    page.window.dispatchEvent(storageEvent(store.key));
    const notice = notices.showing.get("other-tab");
    expect(notice).toMatchObject({ tone: "warning", title: "This contract was changed in another tab or window" });
    expect(notice?.actions?.map((action) => action.label)).toEqual(["Load the latest version", "Keep this tab's version"]);
  });

  it("keeping this tab's version saves it over the other's and takes the warning away", () => {
    page.window.dispatchEvent(storageEvent(store.key));
    press(notices.showing.get("other-tab"), "Keep this tab's version");
    expect(state.hold).toBeUndefined();
    expect(saving.save).toHaveBeenCalledOnce();
    expect(notices.showing.has("other-tab")).toBe(false);
  });

  it("loading the latest version reloads the page without asking to leave", () => {
    state.unsaved = true;
    page.window.dispatchEvent(storageEvent(store.key));
    press(notices.showing.get("other-tab"), "Load the latest version");
    expect(page.reload).toHaveBeenCalledOnce();
    expect(state.unsaved).toBe(false);
    expect(saving.save).not.toHaveBeenCalled();
  });
});
