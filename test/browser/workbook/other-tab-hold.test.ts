import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { holdForOtherTabs } from "../../../src/browser/workbook/other-tab-hold.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { fakeWindow, memoryStore, pageElement, press, recordingNotices, recordingSaving } from "../../helpers/workbook-fakes.ts";

/** The dialog of layouts/workbook.njk, as the hold finds its parts. */
const DIALOG = `<dialog data-other-tab>
<h2 id="other-tab-title" tabindex="-1"></h2><p data-other-tab-text></p><ul data-other-tab-list></ul>
<button data-other-tab-load></button><p data-other-tab-load-hint></p>
<button data-other-tab-keep></button><p data-other-tab-keep-hint></p>
<button data-other-tab-later></button>
</dialog>`;

let schema: CompiledSchema;
let state: WorkbookState;
let saving: ReturnType<typeof recordingSaving>;
let notices: ReturnType<typeof recordingNotices>;
let page: ReturnType<typeof fakeWindow>;
let dialog: HTMLDialogElement & { open: boolean };
let loaded: Record<string, unknown>[];
const store = memoryStore();

beforeAll(async () => {
  schema = await loadSchema();
});

beforeEach(() => {
  state = createWorkbookState();
  saving = recordingSaving();
  notices = recordingNotices();
  page = fakeWindow();
  loaded = [];
  dialog = pageElement(DIALOG) as HTMLDialogElement & { open: boolean };
  // The hold writes the list with the page's document, as the browser's would be.
  vi.stubGlobal("document", dialog.ownerDocument);
  // The DOM parser has no modal dialogs: open and close set the flag a browser would.
  let open = false;
  Object.defineProperty(dialog, "open", { get: () => open });
  dialog.showModal = vi.fn(() => void (open = true));
  dialog.close = vi.fn(() => void (open = false));
  holdForOtherTabs({ schema, state, store, saving, notices, dialog, load: (data) => void loaded.push(data), window: page.window });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Another tab's write of `data` (or its clearing of the site's storage, with null). */
function otherTabWrites(data: Record<string, unknown> | null, key: string | null = store.key): void {
  page.window.dispatchEvent(Object.assign(new Event("storage"), { key, newValue: data === null ? null : JSON.stringify({ schemaVersion: 3, ...data }) }));
}

const shown = (selector: string) => dialog.querySelector(selector)?.textContent;
const click = (selector: string) => dialog.querySelector(selector)?.dispatchEvent(new (dialog.ownerDocument.defaultView as any).Event("click"));

describe("holdForOtherTabs", () => {
  it("ignores another tab's writes under other keys (another schema version, another site's data)", () => {
    otherTabWrites({}, "autonomy-contract/v1");
    otherTabWrites({}, "something-else");
    expect(state.hold).toBeUndefined();
    expect(dialog.open).toBe(false);
  });

  it("stops saving when another tab writes the contract, dropping the save that was waiting", () => {
    otherTabWrites({ couple: { a: { name: "Maya" } } });
    expect(state.hold).toBe("other-tab");
    expect(saving.cancel).toHaveBeenCalledOnce();
    expect(saving.statuses).toEqual([["Not saving: the contract changed in another tab", "error"]]);
  });

  it("asks in a dialog that takes focus, listing the answers that differ by whose they are", () => {
    state.data = sampleContract();
    const theirs = sampleContract();
    theirs.batteryPack.b.rhythm = "It changes from week to week";
    theirs.rituals.list[1].note = "Every evening";
    const focus = vi.spyOn(dialog.querySelector("#other-tab-title") as HTMLElement, "focus");
    otherTabWrites(theirs);
    expect(dialog.showModal).toHaveBeenCalledOnce();
    expect(focus).toHaveBeenCalledOnce();
    expect(shown("#other-tab-title")).toBe("Your contract changed in another tab");
    expect(Array.from(dialog.querySelectorAll("[data-other-tab-list] li"), (item) => item.textContent)).toEqual([
      "Jonas Lind: “My rhythm”",
      "Ritual 2: “Anything else about when”",
    ]);
  });

  it("says what each choice loses", () => {
    state.data = sampleContract();
    otherTabWrites({ ...sampleContract(), guardrails: { ...sampleContract().guardrails, distanceSignal: "Pineapple" } });
    expect(shown("[data-other-tab-load]")).toBe("Use the other tab’s version");
    expect(shown("[data-other-tab-load-hint]")).toBe("This tab’s answer listed above is replaced by the other tab’s, and lost.");
    expect(shown("[data-other-tab-keep-hint]")).toBe("The other tab’s answer listed above is replaced by this tab’s, and lost. If the other tab is still open, it will ask there too.");
  });

  it("using the other tab's version loads it here, without a reload and without saving over it", () => {
    state.unsaved = true;
    otherTabWrites({ couple: { a: { name: "From the other tab" } } });
    click("[data-other-tab-load]");
    expect(loaded).toEqual([{ schemaVersion: 3, couple: { a: { name: "From the other tab" } } }]);
    expect(page.reload).not.toHaveBeenCalled();
    expect([state.hold, state.unsaved, dialog.open]).toEqual([undefined, false, false]);
    expect(saving.save).not.toHaveBeenCalled();
  });

  it("keeping this tab's version saves it over the other's and closes the dialog", () => {
    otherTabWrites({ couple: { a: { name: "From the other tab" } } });
    click("[data-other-tab-keep]");
    expect(state.hold).toBeUndefined();
    expect(saving.save).toHaveBeenCalledOnce();
    expect(loaded).toEqual([]);
    expect(dialog.open).toBe(false);
  });

  it("deciding later keeps saving on hold, with a notice that asks again", () => {
    otherTabWrites({ couple: { a: { name: "From the other tab" } } });
    click("[data-other-tab-later]");
    expect([state.hold, dialog.open]).toEqual(["other-tab", false]);
    press(notices.showing.get("other-tab"), "Choose now");
    expect(dialog.open).toBe(true);
  });

  it("offers to clear this tab too when the other tab cleared the site's storage", () => {
    state.data = { couple: { a: { name: "Maya" } } };
    otherTabWrites(null, null);
    expect(state.hold).toBe("other-tab");
    expect(shown("#other-tab-title")).toBe("Your contract was cleared in another tab");
    expect(shown("[data-other-tab-load]")).toBe("Clear this tab too");
    click("[data-other-tab-load]");
    expect(loaded).toEqual([{}]);
  });
});
