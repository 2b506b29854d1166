import { describe, expect, it } from "vitest";
import { createContractStore, storageKey, versionOfKey } from "../../src/browser/storage/contract-store.ts";
import { isQuotaError } from "../../src/browser/storage/is-quota-error.ts";
import { MemoryStorage } from "../helpers/memory-storage.ts";

/** A storage whose writes throw `error`, as a full or disabled localStorage does. */
class ThrowingStorage extends MemoryStorage {
  constructor(private readonly error: unknown) {
    super();
  }
  override setItem(): void {
    throw this.error;
  }
}

/** A storage that says it saved but hands back something else (a broken or shimmed storage). */
class ForgetfulStorage extends MemoryStorage {
  override getItem(key: string): string | null {
    const value = super.getItem(key);
    return value === null ? null : value.slice(0, -1);
  }
}

/** A DOMException-like error, as each browser throws it. */
function browserError(name: string, code: number): Error {
  return Object.assign(new Error("the quota has been exceeded"), { name, code });
}

const CURRENT = 2;
const storeOn = (storage: Storage, version = CURRENT) => createContractStore(() => storage, version);

describe("storage keys", () => {
  it("names a version's key after it", () => {
    expect(storageKey(2)).toBe("autonomy-contract/v2");
  });

  it("reads the version back from one of its keys", () => {
    expect(versionOfKey("autonomy-contract/v12")).toBe(12);
  });

  it.each([null, "other-app/v2", "autonomy-contract/v", "autonomy-contract/v0", "autonomy-contract/v-1", "autonomy-contract/v1.5"])(
    "finds no version in the key %j",
    (key) => {
      expect(versionOfKey(key)).toBeUndefined();
    },
  );
});

describe("createContractStore", () => {
  it("reads back what it wrote", () => {
    const store = storeOn(new MemoryStorage());
    expect(store.write('{"schemaVersion":2}')).toEqual({ ok: true });
    expect(store.read()).toEqual({ kind: "found", version: CURRENT, text: '{"schemaVersion":2}' });
  });

  it("writes under the current version's key", () => {
    const storage = new MemoryStorage();
    storeOn(storage).write("{}");
    expect([...storage.items.keys()]).toEqual(["autonomy-contract/v2"]);
  });

  it("reads empty storage as empty", () => {
    expect(storeOn(new MemoryStorage()).read()).toEqual({ kind: "empty" });
  });

  it("ignores other sites' keys", () => {
    expect(storeOn(new MemoryStorage({ theme: "dark", "autonomy-contract/notes": "x" })).read()).toEqual({ kind: "empty" });
  });

  it("prefers the current version's key to an older one", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v1": "old", "autonomy-contract/v2": "current" });
    expect(storeOn(storage).read()).toEqual({ kind: "found", version: 2, text: "current" });
  });

  it("finds an older version's data when the current one is absent", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v1": '{"schemaVersion":1}' });
    expect(storeOn(storage).read()).toEqual({ kind: "found", version: 1, text: '{"schemaVersion":1}' });
  });

  it("finds the most recent of several older versions", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v1": "one", "autonomy-contract/v3": "three", "autonomy-contract/v2": "two" });
    expect(storeOn(storage, 4).read()).toEqual({ kind: "found", version: 3, text: "three" });
  });

  it("says a newer version is there when only a newer key exists", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v3": '{"schemaVersion":3}' });
    expect(storeOn(storage).read()).toEqual({ kind: "newer", version: 3 });
  });

  it("leaves a newer version's data untouched when it reads", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v3": '{"schemaVersion":3}' });
    storeOn(storage).read();
    expect(storage.writes).toEqual([]);
    expect(Object.fromEntries(storage.items)).toEqual({ "autonomy-contract/v3": '{"schemaVersion":3}' });
  });

  it("says storage is unavailable when merely reaching it throws (storage disabled)", () => {
    const denied = new DOMException("The operation is insecure.", "SecurityError");
    const store = createContractStore(() => {
      throw denied;
    }, CURRENT);
    expect(store.read()).toEqual({ kind: "unavailable", error: denied });
  });

  it("says a write failed as unavailable when reaching storage throws", () => {
    const denied = new DOMException("The operation is insecure.", "SecurityError");
    const store = createContractStore(() => {
      throw denied;
    }, CURRENT);
    expect(store.write("{}")).toEqual({ ok: false, reason: "unavailable", error: denied });
  });

  it("says a write failed as unavailable when setItem throws something other than a quota error", () => {
    const error = new TypeError("setItem is not a function");
    expect(storeOn(new ThrowingStorage(error)).write("{}")).toEqual({ ok: false, reason: "unavailable", error });
  });

  it.each([
    ["Chromium and Safari (QuotaExceededError, code 22)", new DOMException("full", "QuotaExceededError")],
    ["the name QuotaExceededError alone", browserError("QuotaExceededError", 0)],
    ["old Firefox (NS_ERROR_DOM_QUOTA_REACHED)", browserError("NS_ERROR_DOM_QUOTA_REACHED", 0)],
    ["the legacy code 22 alone", browserError("Error", 22)],
    ["Firefox's code 1014 alone", browserError("Error", 1014)],
  ])("says a write failed for lack of space: %s", (_, error) => {
    expect(storeOn(new ThrowingStorage(error)).write("{}")).toEqual({ ok: false, reason: "quota", error });
  });

  it("says a write did not stick when reading it back gives something else", () => {
    expect(storeOn(new ForgetfulStorage()).write('{"schemaVersion":2}')).toEqual({ ok: false, reason: "mismatch" });
  });

  it("removes its own key and no other", () => {
    const storage = new MemoryStorage({ "autonomy-contract/v1": "old", "autonomy-contract/v2": "current", theme: "dark" });
    expect(storeOn(storage).remove()).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual(["autonomy-contract/v1", "theme"]);
  });
});

describe("isQuotaError", () => {
  it.each([
    ["a QuotaExceededError DOMException", new DOMException("full", "QuotaExceededError"), true],
    ["a plain Error", new Error("full"), false],
    ["a SecurityError DOMException", new DOMException("denied", "SecurityError"), false],
    ["another code", browserError("Error", 18), false],
    ["a string", "QuotaExceededError", false],
    ["null", null, false],
    ["undefined", undefined, false],
  ])("tells %s apart", (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
