import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Confirmation } from "../../../src/browser/workbook/confirm-dialog.ts";
import { createFiles, MAX_IMPORT_BYTES, type Files } from "../../../src/browser/workbook/files.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import type { StoredWrite } from "../../../src/browser/storage/contract-store.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { SAMPLE_TEXT } from "../../helpers/contracts.ts";
import { CONTRACT_FIXTURES } from "../../helpers/workbook-page.ts";
import { memoryStore, recordingNotices, recordingSaving } from "../../helpers/workbook-fakes.ts";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

let state: WorkbookState;
let store: ReturnType<typeof memoryStore>;
let notices: ReturnType<typeof recordingNotices>;
let announced: string[];
let questions: Confirmation[];
let answer: boolean;
let loaded: Record<string, unknown>[];
let downloads: { text: string; fileName: string }[];
let resetChecking: () => void;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T12:00:00Z"));
  state = createWorkbookState();
  store = memoryStore();
  notices = recordingNotices();
  announced = [];
  questions = [];
  answer = true;
  loaded = [];
  downloads = [];
  resetChecking = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The file actions over fakes; `saved` is how saving goes. */
function files(saved: StoredWrite | "on hold" = { ok: true }) {
  const saving = recordingSaving(saved);
  const made: Files = createFiles({
    schema,
    state,
    store,
    saving,
    notices,
    announce: (text) => void announced.push(text),
    confirm: async (question) => {
      questions.push(question);
      return answer;
    },
    load: (data) => void loaded.push(data),
    describe: (error) => `described: ${error.message}`,
    resetChecking,
    saveFile: (text, fileName) => void downloads.push({ text, fileName }),
  });
  return { ...made, saving };
}

const fixture = (name: string) => new File([readFileSync(path.join(CONTRACT_FIXTURES, name))], name);
const sampleFile = () => new File([SAMPLE_TEXT], "ours.json");

describe("createFiles: exporting", () => {
  it("saves the answers with the schema version as indented JSON", () => {
    state.data = { couple: { a: { name: "Maya Okafor" } } };
    files().exportContract();
    expect(downloads[0]?.text).toBe(`${JSON.stringify({ couple: { a: { name: "Maya Okafor" } }, schemaVersion: 3 }, null, 2)}\n`);
  });

  it("names the file after the names the partners gave, and the day", () => {
    state.data = { couple: { a: { name: "Maya Okafor" }, b: { name: "Jonas Lind" } } };
    files().exportContract();
    expect(downloads[0]?.fileName).toBe("autonomy-contract-maya-and-jonas-2026-03-01.json");
  });

  it("leaves Partner A and Partner B out of the file name", () => {
    state.data = { couple: { b: { name: "Jonas" } } };
    files().exportContract();
    expect(downloads[0]?.fileName).toBe("autonomy-contract-jonas-2026-03-01.json");
  });

  it("tells a screen reader the file was made", () => {
    files().exportContract();
    expect(announced).toEqual(["Your contract was saved to a file"]);
  });
});

describe("createFiles: importing", () => {
  it("refuses a file too large to be a contract without reading it", async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], "film.mp4");
    const text = vi.spyOn(big, "text");
    await files().importFile(big);
    expect(text).not.toHaveBeenCalled();
    expect(notices.showing.get("import")).toMatchObject({
      tone: "error",
      title: "“film.mp4” was not opened",
      text: "It is too large to be an Autonomy Contract. Your current answers are unchanged.",
    });
    expect(loaded).toEqual([]);
  });

  it("refuses a file that is not JSON, saying why", async () => {
    await files().importFile(fixture("not-json.json"));
    const notice = notices.showing.get("import");
    expect(notice?.title).toBe("“not-json.json” was not opened");
    expect(notice?.text).toMatch(/^Cannot open it: not valid JSON.* Your current answers are unchanged\.$/);
    expect(loaded).toEqual([]);
  });

  it("lists each answer of a file that does not fit, by its path and in the person's words", async () => {
    await files().importFile(fixture("wrong-fields.json"));
    const notice = notices.showing.get("import");
    expect(notice?.text).toBe("It does not fit the contract's questions. Your current answers are unchanged.");
    expect(notice?.items).toEqual([
      "couple.a.name: described: “Name” must be 60 characters or fewer",
      "couple.favouriteColour: described: “favouriteColour” is not part of an Autonomy Contract",
      "batteryPack.a.hoursPerWeek: described: “Hours alone I need in an ordinary week” must be a number",
    ]);
  });

  it("opens a file into an empty workbook without asking, and saves it", async () => {
    const { saving, importFile } = files();
    await importFile(sampleFile());
    expect(questions).toEqual([]);
    expect(loaded).toEqual([JSON.parse(SAMPLE_TEXT)]);
    expect(notices.showing.get("import")).toMatchObject({
      tone: "success",
      title: "Opened “ours.json”",
      text: "Your answers are in the workbook and saved on this device.",
    });
    expect(saving.save).toHaveBeenCalledOnce();
  });

  it("asks before replacing answers the workbook already holds", async () => {
    state.data = { couple: { a: { name: "Someone" } } };
    await files().importFile(sampleFile());
    expect(questions.map((question) => [question.title, question.confirmLabel])).toEqual([["Replace your answers?", "Replace my answers"]]);
    expect(questions[0]?.text).toContain("“ours.json”");
    expect(loaded).toHaveLength(1);
  });

  it("changes nothing when the person says no, and says so", async () => {
    state.data = { couple: { a: { name: "Someone" } } };
    answer = false;
    const { saving, importFile } = files();
    await importFile(sampleFile());
    expect(loaded).toEqual([]);
    expect(saving.save).not.toHaveBeenCalled();
    expect(announced).toEqual(["Nothing was changed"]);
    expect(notices.showing.has("import")).toBe(false);
  });

  it("does not count the schema version alone as answers to lose", async () => {
    state.data = { schemaVersion: 3 };
    await files().importFile(sampleFile());
    expect(questions).toEqual([]);
  });

  it("says a file from an older workbook was brought up to date", async () => {
    await files().importFile(fixture("v1-draft.json"));
    expect(notices.showing.get("import")?.text).toBe(
      "It was made with an older version of the workbook and has been brought up to date. Your answers are in the workbook and saved on this device.",
    );
    expect(loaded[0]).toMatchObject({ schemaVersion: 3 });
  });

  it.each([
    ["storage fails", { ok: false, reason: "quota" } as const],
    ["saving is on hold", "on hold" as const],
  ])("says the answers are in the page but not stored when %s", async (_, saved) => {
    await files(saved).importFile(sampleFile());
    expect(notices.showing.get("import")?.text).toBe(
      "Your answers are in the workbook, but this page is not storing them: see the message above.",
    );
  });
});

describe("createFiles: clearing everything", () => {
  it("asks first, and changes nothing when the person says no", async () => {
    answer = false;
    const { saving, clearEverything } = files();
    await clearEverything();
    expect(questions.map((question) => question.title)).toEqual(["Clear everything?"]);
    expect([store.removes, loaded.length, saving.cancel.mock.calls.length]).toEqual([0, 0, 0]);
  });

  it("removes the answers from storage and the page, with no save left waiting and no check showing", async () => {
    state.unsaved = true;
    const { saving, clearEverything } = files();
    await clearEverything();
    expect(saving.cancel).toHaveBeenCalledOnce();
    expect(store.removes).toBe(1);
    expect(loaded).toEqual([{}]);
    expect(state.unsaved).toBe(false);
    expect(resetChecking).toHaveBeenCalledOnce();
    expect(saving.statuses).toEqual([["Everything was cleared from this device", "ok"]]);
  });

  it("says when storage would not let the answers go", async () => {
    store.nextRemove = { ok: false, reason: "unavailable" };
    const { saving, clearEverything } = files();
    await clearEverything();
    expect(loaded).toEqual([{}]);
    expect(saving.statuses).toEqual([["Cleared from this page, but not from this device's storage", "error"]]);
  });
});
