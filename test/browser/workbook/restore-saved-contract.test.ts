import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredRead } from "../../../src/browser/storage/contract-store.ts";
import { restoreSavedContract } from "../../../src/browser/workbook/restore-saved-contract.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import type { FieldError } from "../../../src/contract/validate-contract.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { SAMPLE_TEXT } from "../../helpers/contracts.ts";
import { CONTRACT_FIXTURES } from "../../helpers/workbook-page.ts";
import { memoryStore, press, recordingNotices, recordingSaving } from "../../helpers/workbook-fakes.ts";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

let state: WorkbookState;
let saving: ReturnType<typeof recordingSaving>;
let notices: ReturnType<typeof recordingNotices>;
let loaded: Record<string, unknown>[];
let flagged: FieldError[][];
let refresh: () => void;
let saveToFile: () => void;

beforeEach(() => {
  state = createWorkbookState();
  saving = recordingSaving();
  notices = recordingNotices();
  loaded = [];
  flagged = [];
  refresh = vi.fn();
  saveToFile = vi.fn();
});

/** Restores from a store that reads `stored`, and returns that store to count its writes. */
function restore(stored: StoredRead) {
  const store = memoryStore(stored);
  restoreSavedContract({
    schema,
    state,
    store,
    saving,
    notices,
    refresh,
    load: (data) => void loaded.push(data),
    describe: (error) => `described: ${error.message}`,
    flag: (errors) => void flagged.push(errors),
    saveToFile,
  });
  return store;
}

const V1_DRAFT = readFileSync(path.join(CONTRACT_FIXTURES, "v1-draft.json"), "utf8");

describe("restoreSavedContract", () => {
  it("starts an empty workbook when nothing is saved, with nothing to say", () => {
    restore({ kind: "empty" });
    expect(refresh).toHaveBeenCalledOnce();
    expect(loaded).toEqual([]);
    expect([saving.statuses, notices.showing.size]).toEqual([[], 0]);
  });

  it("puts the saved answers back and says so, without saving them again", () => {
    restore({ kind: "found", version: 2, text: SAMPLE_TEXT });
    expect(loaded).toEqual([JSON.parse(SAMPLE_TEXT)]);
    expect(saving.statuses).toEqual([["Your saved answers are back", "ok"]]);
    expect(saving.save).not.toHaveBeenCalled();
    expect(flagged).toEqual([]);
  });

  it("opens a draft whose answers do not fit, and shows what is wrong with them", () => {
    const draft = JSON.stringify({ schemaVersion: 3, batteryPack: { a: { hoursPerWeek: -4 } } });
    restore({ kind: "found", version: 2, text: draft });
    expect(loaded).toEqual([JSON.parse(draft)]);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.map((error) => error.path)).toEqual(["batteryPack.a.hoursPerWeek"]);
  });

  it("brings an older version's contract up to date, saves it, and asks the person to look it over", () => {
    restore({ kind: "found", version: 1, text: V1_DRAFT });
    expect(loaded[0]).toMatchObject({ schemaVersion: 3 });
    expect(saving.save).toHaveBeenCalledOnce();
    expect(notices.showing.get("stored")).toMatchObject({
      tone: "info",
      title: "Your contract was brought up to date",
      text: "It was saved by an older version of the workbook. Your answers have been moved into this version; please look them over.",
    });
  });

  it("holds saving when a newer workbook saved the contract, so its copy is never written over", () => {
    restore({ kind: "newer", version: 3 });
    expect(state.hold).toBe("newer-version");
    expect(loaded).toEqual([]);
    expect(refresh).toHaveBeenCalledOnce();
    expect(saving.statuses).toEqual([["Not saving, to keep your saved contract safe", "error"]]);
    expect(notices.showing.get("stored")).toMatchObject({
      tone: "warning",
      title: "Your saved contract could not be opened here",
      text: expect.stringContaining("saved by a newer version of this workbook. It is safe and untouched"),
    });
  });

  it("holds saving over a damaged copy too, and says why it could not be read", () => {
    const store = restore({ kind: "found", version: 2, text: "{ broken" });
    expect(state.hold).toBe("newer-version");
    expect(notices.showing.get("stored")?.text).toMatch(/^Cannot open it: /);
    expect(store.writes).toEqual([]);
  });

  it("warns when the browser will not store anything, and offers a file instead", () => {
    restore({ kind: "unavailable", error: new Error("SecurityError") });
    expect(refresh).toHaveBeenCalledOnce();
    expect(saving.statuses).toEqual([["Not saving: this browser's storage is turned off", "error"]]);
    expect(notices.showing.get("storage")).toMatchObject({ tone: "warning", title: "This browser will not let the workbook save" });
    press(notices.showing.get("storage"), "Save to a file");
    expect(saveToFile).toHaveBeenCalledOnce();
  });
});
