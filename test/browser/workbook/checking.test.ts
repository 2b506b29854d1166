import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChecking, type Checking } from "../../../src/browser/workbook/checking.ts";
import { createListItems } from "../../../src/browser/workbook/list-items.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { readEmbeddedSchema } from "../../../src/browser/read-embedded-schema.ts";
import { resign, sampleContract } from "../../helpers/contracts.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";
import { recordingNotices } from "../../helpers/workbook-fakes.ts";

let page: ReturnType<typeof workbookDom>;
let state: WorkbookState;
let notices: ReturnType<typeof recordingNotices>;
let checking: Checking;

beforeEach(() => {
  page = workbookDom();
  state = createWorkbookState();
  notices = recordingNotices();
  const schema = readEmbeddedSchema(page.document);
  checking = createChecking({ schema, state, form: page.form, summary: page.summary, notices });
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

describe("createChecking: check", () => {
  it("lists every problem of an empty workbook in the summary, each with whose answer it is", async () => {
    await checking.check();
    expect(page.summary.hidden).toBe(false);
    expect(summaryLines()).toContain("Partner A: Answer “Name”");
    expect(summaryLines()).toContain("Partner B: Choose an answer for “My rhythm”");
    expect(summaryLines()).toContain("Partner A: Sign the contract: press “Sign as Partner A” when you agree with every answer");
  });

  it("shows each problem beside its field", async () => {
    await checking.check();
    expect(messageOf("couple.a.name")).toBe("Error: Answer “Name”");
    expect(messageOf("couple.startDate")).toBe("Error: Answer “The date this contract starts”");
  });

  it("numbers the list item a problem sits in with the list's own noun", async () => {
    state.data = sampleContract();
    delete (state.data as any).rituals.list[1].name;
    createListItems(page.form, () => {}, () => {}).ensureCount("rituals.list", 3);
    const noun = page.form.querySelector('[data-list="rituals.list"] .list-item-legend')?.firstChild?.textContent?.trim();
    expect(noun).toMatch(/^\p{Lu}\p{Ll}+$/u);
    await checking.check();
    expect(summaryLines()).toEqual([`${noun} 2: Answer “What the ritual is”`]);
  });

  it("compares the signatures once every answer is there", async () => {
    state.data = sampleContract();
    (state.data as any).guardrails.distanceSignal = "A new signal";
    await checking.check();
    expect(summaryLines()).toHaveLength(2);
    expect(summaryLines().every((line) => /^(Maya Okafor|Jonas Lind): /.test(line ?? ""))).toBe(true);
  });

  it("says a complete contract signed by both is complete, with no summary", async () => {
    state.data = await resign(sampleContract());
    await checking.check();
    expect(page.summary.hidden).toBe(true);
    expect(notices.showing.get("check")).toMatchObject({ tone: "success", title: "Your contract is complete and signed by you both" });
  });

  it("keeps the messages it shows up to date as the answers change", async () => {
    await checking.check();
    state.data = { couple: { a: { name: "x".repeat(61) } } };
    checking.changed();
    expect(messageOf("couple.a.name")).toBe("Error: “Name” must be 60 characters or fewer");
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
    expect(messageOf("couple.a.name")).toBe("Error: “Name” must be 60 characters or fewer");
  });

  it("flags an empty question the person leaves once they have asked to check", () => {
    state.checked = true;
    checking.left(nameInput());
    expect(messageOf("couple.a.name")).toBe("Error: Answer “Name”");
  });

  it("clears a message as soon as the answer is put right, and the summary with the last one", async () => {
    state.data = await resign(sampleContract());
    delete (state.data as any).couple.a.name;
    await checking.check();
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
    await checking.check();
    checking.reset();
    expect(page.summary.hidden).toBe(true);
    expect(state.checked).toBe(false);
  });
});
