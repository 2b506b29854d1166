import { describe, expect, it } from "vitest";
import { DAY_MS, keepingStatus, lastCopyInWords } from "../../../src/browser/keeping/keeping-words.ts";
import { reminderText } from "../../../src/browser/keeping/reminder-text.ts";
import { readKeepingRecord } from "../../../src/browser/keeping/keeping-record.ts";
import { MemoryStorage } from "../../helpers/memory-storage.ts";

const NOW = new Date(2026, 10, 30, 9, 0).getTime();
const DESKTOP = { safari: false, phone: false, apple: false, installed: false };

describe("the words about keeping answers", () => {
  it("says when a copy was last saved to a file: never, today, yesterday, days ago", () => {
    expect(lastCopyInWords(undefined, NOW)).toBe("never");
    expect(lastCopyInWords(NOW - 60_000, NOW)).toBe("today");
    expect(lastCopyInWords(new Date(2026, 10, 29, 23, 0).getTime(), NOW)).toBe("yesterday");
    expect(lastCopyInWords(NOW - 3 * DAY_MS, NOW)).toBe("3 days ago");
  });

  it("says whether the browser agreed to keep the answers", () => {
    expect(keepingStatus("persistent", "never")).toBe("Kept only in this browser, which agreed to keep it. Last saved to a file: never.");
    expect(keepingStatus("may-clear", "3 days ago")).toBe("Kept only in this browser, which may clear it. Last saved to a file: 3 days ago.");
  });

  it("names Safari's seven days, and the home screen on an iPhone", () => {
    const text = reminderText({ safari: true, phone: true, apple: true, installed: false }, false, undefined);
    expect(text).toContain("Safari deletes what a site keeps once it has not been visited for 7 days.");
    expect(text).toContain("tap Share, then Add to Home Screen");
  });

  it("gives Android phones their own words for the home screen, and desktops none", () => {
    expect(reminderText({ safari: false, phone: true, apple: false, installed: false }, false, 1)).toContain("choose Add to Home screen or Install app");
    expect(reminderText(DESKTOP, false, 1)).not.toContain("home screen");
    expect(reminderText({ safari: true, phone: true, apple: true, installed: true }, false, 1)).not.toContain("Home Screen");
  });

  it("reads the reminders' record strictly: only plain times, anything else is nothing", () => {
    expect(readKeepingRecord(new MemoryStorage({ "autonomy-contract/keeping": '{"lastFileCopy":5,"unfiledSince":"x","dismissedAt":-1,"other":1}' }))).toEqual({ lastFileCopy: 5 });
    expect(readKeepingRecord(new MemoryStorage({ "autonomy-contract/keeping": "not json" }))).toEqual({});
    expect(readKeepingRecord(undefined)).toEqual({});
  });
});
