import type { Notices } from "../workbook/notices.ts";
import { readKeepingRecord, writeKeepingRecord, type KeepingRecord } from "./keeping-record.ts";
import { DAY_MS, detectPlatform, keepingStatus, lastCopyInWords } from "./keeping-words.ts";

/** What keeping the answers over weeks needs from the workbook. */
export interface KeepingOptions {
  window: Window;
  /** The bar's line (p[data-keep-status] in layouts/workbook.njk). */
  line: HTMLElement;
  notices: Notices;
  /** Saves a copy to a file: the reminder's one action. */
  saveCopy(): void;
  /** The clock: tests move it, the product never does. */
  now?: () => number;
}

/** Keeping the answers over weeks, once started. */
export interface Keeping {
  /** An answer changed: ask the browser to keep storage (once), and remember since when nothing was saved to a file. */
  changed(): void;
  /** A copy was saved to a file. */
  copied(): void;
  /** Looks at whether a reminder is due (when the page opens, and when it is shown again). */
  remind(): void;
  /** Everything was cleared: forget the reminders' state too. */
  cleared(): void;
}

/**
 * Nothing lost over weeks (issue 15). When typing starts, the workbook asks the
 * browser to keep its storage (`navigator.storage.persist()`, once per visit); the
 * bar says in plain words whether the answers are kept only in this browser and
 * when a copy was last saved to a file. When storage is not persistent, or on Safari
 * (which deletes a site's storage after 7 days without a visit unless it is on the
 * home screen), and the answers have gone a day or more without a file copy, a calm
 * reminder offers "Save a copy": a status, not an alert, that never takes focus.
 */
export function startKeeping({ window, line, notices, saveCopy, now = Date.now }: KeepingOptions): Keeping {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  const platform = detectPlatform(window);
  let persistent = false;
  let asked = false;
  let record: KeepingRecord = readKeepingRecord(storage);

  const update = (change: Partial<KeepingRecord>) => {
    record = { ...readKeepingRecord(storage), ...change };
    for (const key of Object.keys(record) as (keyof KeepingRecord)[]) if (record[key] === undefined) delete record[key];
    writeKeepingRecord(storage, record);
    draw();
  };
  const draw = () => {
    const kept = persistent && !(platform.safari && !platform.installed) ? "persistent" : "may-clear";
    line.textContent = keepingStatus(kept, lastCopyInWords(record.lastFileCopy, now(), window.document.documentElement.lang || "en"));
    line.hidden = false;
  };
  const keeping: Keeping = {
    changed() {
      if (!asked) {
        asked = true;
        void window.navigator.storage?.persist?.().then((granted) => {
          persistent = granted;
          draw();
        }, () => undefined);
      }
      if (record.unfiledSince === undefined) update({ unfiledSince: now() });
    },
    copied() {
      update({ lastFileCopy: now(), unfiledSince: undefined, dismissedAt: undefined });
      notices.dismiss("keep-a-copy");
    },
    remind() {
      void known.then(remindNow);
    },
    cleared() {
      record = {};
      notices.dismiss("keep-a-copy");
      draw();
    },
  };
  async function remindNow() {
    record = readKeepingRecord(storage);
    draw();
    const time = now();
    const mayLose = !persistent || (platform.safari && !platform.installed);
    const due = record.unfiledSince !== undefined && time - record.unfiledSince >= DAY_MS;
    const dismissed = record.dismissedAt !== undefined && time - record.dismissedAt < DAY_MS;
    if (!mayLose || !due || dismissed) return;
    // Its words load only when it is due: most visits never need them.
    const { reminderText } = await import("../workbook/off-the-way.ts");
    notices.show({
      id: "keep-a-copy",
      tone: "info",
      title: "Keep a copy of your answers",
      text: reminderText(platform, persistent, record.lastFileCopy),
      actions: [{ label: "Save a copy", run: saveCopy }],
      onDismiss: () => update({ dismissedAt: now() }),
    });
  }
  // The bar's wording, and whether a reminder is due, start from what the browser already granted.
  const known = (async () => {
    try {
      persistent = (await window.navigator.storage?.persisted?.()) ?? false;
    } catch {
      persistent = false;
    }
    draw();
  })();
  window.document.addEventListener("visibilitychange", () => {
    if (window.document.visibilityState === "visible") keeping.remind();
  });
  draw();
  return keeping;
}
