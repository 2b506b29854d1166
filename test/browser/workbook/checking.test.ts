import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChecking, type Checking } from "../../../src/browser/workbook/checking.ts";
import { createListItems } from "../../../src/browser/workbook/list-items.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { readEmbeddedSchema } from "../../../src/browser/read-embedded-schema.ts";
import { resign, sampleContract } from "../../helpers/contracts.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";

let page: ReturnType<typeof workbookDom>;
let state: WorkbookState;
let checking: Checking;
let opened: string[];

beforeEach(() => {
  page = workbookDom();
  state = createWorkbookState();
  opened = [];
  const schema = readEmbeddedSchema(page.document);
  checking = createChecking({ schema, state, form: page.form, summary: page.summary, open: (id) => void opened.push(id) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The message shown under the field of `path`, or undefined when it shows none. */
function messageOf(path: string): string | undefined {
  const field = page.form.querySelector(`[data-field="${path}"], [data-list="${path}"]`);
  if (!field?.classList.contains("has-error")) return undefined;
  return page.document.getElementById(`${field.querySelector("[id$='-error']")?.id ?? ""}`)?.textContent ?? undefined;
}

const summaryLines = () => Array.from(page.summary.querySelectorAll("[data-error-list] a"), (link) => link.textContent);

/** What "check your answers" does: shows every problem there is. */
const check = () => checking.showProblems(checking.errors());

describe("createChecking: showing the problems", () => {
  it("lists every problem of an empty workbook in the summary, each with whose answer it is", async () => {
    check();
    expect(page.summary.hidden).toBe(false);
    expect(summaryLines()).toContain("Partner A: Answer “Name”");
    expect(summaryLines()).toContain("Partner B: Choose an answer for “My rhythm”");
    expect(summaryLines()).toContain("Partner A: Sign the contract: press “Sign as Partner A” when you agree with every answer");
  });

  it("shows each problem beside its field", async () => {
    check();
    expect(messageOf("couple.a.name")).toBe("Error: Answer “Name”");
    expect(messageOf("couple.startDate")).toBe("Error: Answer “The date this contract starts”");
  });

  it("numbers the list item a problem sits in with the list's own noun", async () => {
    state.data = sampleContract();
    delete (state.data as any).rituals.list[1].name;
    createListItems(page.form, () => {}, () => {}).ensureCount("rituals.list", 3);
    const noun = page.form.querySelector('[data-list="rituals.list"] .list-item-legend')?.firstChild?.textContent?.trim();
    expect(noun).toMatch(/^\p{Lu}\p{Ll}+$/u);
    check();
    expect(summaryLines()).toEqual([`${noun} 2: Answer “What the ritual is”`]);
  });

  it("finds no problem in a complete contract signed by both", async () => {
    state.data = await resign(sampleContract());
    expect(checking.errors()).toEqual([]);
  });

  it("links each problem to its control through the workbook's router, which opens the control's view", () => {
    state.data = { schemaVersion: 3 };
    check();
    const link = page.summary.querySelector<HTMLAnchorElement>("[data-error-list] a");
    expect(link?.getAttribute("href")).toBe("#f-couple-a-name");
    link?.dispatchEvent(new (page.document.defaultView as any).Event("click", { cancelable: true }));
    expect(opened).toEqual(["f-couple-a-name"]);
  });

  it("keeps the messages it shows up to date as the answers change, saying how many characters are over", async () => {
    check();
    state.data = { couple: { a: { name: "x".repeat(63) } } };
    checking.changed();
    expect(messageOf("couple.a.name")).toBe("Error: “Name” must be 60 characters or fewer: you have 3 characters too many");
  });

  it("asks for a date's day, month and year when what was typed is not a date", () => {
    state.data = { couple: { startDate: "2026-2-31" } };
    check();
    expect(messageOf("couple.startDate")).toBe("Error: “The date this contract starts” must be a real date, with a day, a month and a year of four digits");
  });
});

describe("createChecking: as the person works", () => {
  const nameInput = () => page.form.querySelector<HTMLInputElement>('input[name="couple.a.name"]') as HTMLInputElement;

  it("says nothing about an empty question the person only passed through", () => {
    checking.left(nameInput());
    expect(messageOf("couple.a.name")).toBeUndefined();
  });

  it("shows the message of an answer the person left wrong", () => {
    state.data = { couple: { a: { name: "x".repeat(61) } } };
    checking.left(nameInput());
    expect(messageOf("couple.a.name")).toBe("Error: “Name” must be 60 characters or fewer: you have 1 character too many");
  });

  it("waits until focus leaves all of a date's boxes before it says what is wrong with the date", () => {
    state.data = { couple: { startDate: "2026-2-" } };
    const [day, month] = ["day", "month"].map((part) => page.form.querySelector(`#f-couple-startDate-${part}`) as Element);
    checking.left(day!, month);
    expect(messageOf("couple.startDate")).toBeUndefined();
    checking.left(month!, nameInput());
    expect(messageOf("couple.startDate")).toMatch(/must be a real date/);
  });

  it("flags an empty question the person leaves once they have asked to check", () => {
    state.checked = true;
    checking.left(nameInput());
    expect(messageOf("couple.a.name")).toBe("Error: Answer “Name”");
  });

  it("clears a message as soon as the answer is put right, and the summary with the last one", async () => {
    state.data = await resign(sampleContract());
    delete (state.data as any).couple.a.name;
    check();
    expect(page.summary.hidden).toBe(false);
    state.data = await resign(sampleContract());
    checking.changed();
    expect(messageOf("couple.a.name")).toBeUndefined();
    expect(page.summary.hidden).toBe(true);
  });

  it("flags the problems of a restored draft and keeps checking", () => {
    checking.flag([{ path: "batteryPack.a.hoursPerWeek", message: "“Hours alone I need in an ordinary week” must be 0 or more" }]);
    expect(messageOf("batteryPack.a.hoursPerWeek")).toBe("Error: “Hours alone I need in an ordinary week” must be 0 or more");
    expect(state.checked).toBe(true);
  });

  it("forgets the check when reset: no summary, no checking", async () => {
    check();
    checking.reset();
    expect(page.summary.hidden).toBe(true);
    expect(state.checked).toBe(false);
  });
});
