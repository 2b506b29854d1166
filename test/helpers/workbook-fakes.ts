import { parseHTML } from "linkedom";
import { vi } from "vitest";
import type { ContractStore, StoredRead, StoredWrite } from "../../src/browser/storage/contract-store.ts";
import type { Notice, Notices } from "../../src/browser/workbook/notices.ts";
import type { Saving, StatusTone } from "../../src/browser/workbook/saving.ts";

/** Notices that remember what is showing, by id, as the page's container would. */
export function recordingNotices(): Notices & { showing: Map<string, Notice> } {
  const showing = new Map<string, Notice>();
  return {
    showing,
    show: (notice) => void showing.set(notice.id, notice),
    dismiss: (id) => void showing.delete(id),
  };
}

/** Runs the action of a showing notice by its label, as a click on its button would. */
export function press(notice: Notice | undefined, label: string): void {
  const action = notice?.actions?.find((candidate) => candidate.label === label);
  if (!action) throw new Error(`no "${label}" button on ${notice ? `the "${notice.id}" notice` : "a notice that is not showing"}`);
  action.run();
}

/** A contract store in memory whose next writes and removes can be made to fail. */
export function memoryStore(read: StoredRead = { kind: "empty" }): ContractStore & {
  writes: string[];
  removes: number;
  nextWrite: StoredWrite;
  nextRemove: StoredWrite;
} {
  const store = {
    key: "autonomy-contract/v3",
    writes: [] as string[],
    removes: 0,
    nextWrite: { ok: true } as StoredWrite,
    nextRemove: { ok: true } as StoredWrite,
    read: () => read,
    write(text: string) {
      store.writes.push(text);
      return store.nextWrite;
    },
    remove() {
      store.removes++;
      return store.nextRemove;
    },
  };
  return store;
}

/** A Saving that records what it was asked to do, and whose saves return `result` (or nothing, "on hold"). */
export function recordingSaving(outcome: StoredWrite | "on hold" = { ok: true }) {
  const result = outcome === "on hold" ? undefined : outcome;
  const statuses: [string, StatusTone][] = [];
  const saving = {
    statuses,
    save: vi.fn(() => result),
    changed: vi.fn(),
    cancel: vi.fn(),
    status: vi.fn((text: string, tone: StatusTone) => void statuses.push([text, tone])),
  } satisfies Saving & { statuses: unknown };
  return saving;
}

/**
 * A window for the parts that listen to it (storage, beforeunload, pagehide) and a
 * document whose visibility can change; `location.reload` is recorded, not run.
 */
export function fakeWindow() {
  const document = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  const reload = vi.fn();
  const window = Object.assign(new EventTarget(), { document, location: { reload } });
  return { window: window as unknown as Window, reload };
}

/** A `storage` event as another tab's write (or clear, with a null key) fires it. */
export function storageEvent(key: string | null): Event {
  return Object.assign(new Event("storage"), { key });
}

/** An element of a DOM parser, to stand in for one of the page's (a status line, a summary). */
export function pageElement(html: string): HTMLElement {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body.firstElementChild as HTMLElement;
}
