import { describe, expect, it } from "vitest";
import { clearDevice, listInWords } from "../../../src/browser/storage/clear-device.ts";
import { MemoryStorage } from "../../helpers/memory-storage.ts";

describe("clearing everything", () => {
  it("removes every key of the site's, in both storages, and says what in the person's words", () => {
    const local = new MemoryStorage({ "autonomy-contract/v2": "{}", "autonomy-contract/v1": "{}", "autonomy-contract/lock": "x", "autonomy-contract/keeping": "{}", "someone-else": "kept" });
    const session = new MemoryStorage({ "autonomy-contract/draft": "x" });
    const cleared = clearDevice(() => [local, session]);
    expect(cleared).toEqual({ ok: true, removed: ["your answers and signatures", "the passphrase lock", "the reminders about saving a copy", "other workbook settings"] });
    expect([...local.items.keys()]).toEqual(["someone-else"]);
    expect(session.items.size).toBe(0);
  });

  it("says nothing was removed when nothing was stored", () => {
    expect(clearDevice(() => [new MemoryStorage()])).toEqual({ ok: true, removed: [] });
  });

  it("says it could not clear when storage is turned off", () => {
    expect(
      clearDevice(() => {
        throw new DOMException("denied", "SecurityError");
      }),
    ).toEqual({ ok: false, removed: [] });
  });

  it("lists in plain words", () => {
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
