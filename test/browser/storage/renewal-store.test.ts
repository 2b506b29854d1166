import { describe, expect, it } from "vitest";
import { createDeviceLock } from "../../../src/browser/lock/device-lock.ts";
import { parseEnvelope } from "../../../src/browser/lock/sealed-envelope.ts";
import { clearDevice } from "../../../src/browser/storage/clear-device.ts";
import { createRenewalStore, RENEWAL_KEY, type PreviousVersion } from "../../../src/browser/storage/renewal-store.ts";
import { MemoryStorage } from "../../helpers/memory-storage.ts";

const PREVIOUS: PreviousVersion = { version: 1, fingerprint: "a".repeat(64), data: { schemaVersion: 3, couple: { a: { name: "Maya" } } } };

function setup(entries: Record<string, string> = {}) {
  const storage = new MemoryStorage(entries);
  const lock = createDeviceLock(() => storage);
  return { storage, lock, store: createRenewalStore(() => storage, lock) };
}

describe("the renewal store", () => {
  it("keeps the signed version beside the draft and reads it back", async () => {
    const { storage, store } = setup();
    expect(await store.write(PREVIOUS)).toEqual({ ok: true });
    expect(storage.getItem(RENEWAL_KEY)).toContain(PREVIOUS.fingerprint);
    expect(await store.read()).toEqual(PREVIOUS);
  });

  it("reads nothing from a record of another shape", async () => {
    for (const text of ["{", "[]", '{"version":0,"fingerprint":"x","data":{}}', JSON.stringify({ ...PREVIOUS, fingerprint: "not hex" })]) {
      expect(await setup({ [RENEWAL_KEY]: text }).store.read()).toBeUndefined();
    }
  });

  it("seals it under a passphrase lock, like the answers, and reads nothing while the lock is shut", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    expect(await store.write(PREVIOUS)).toEqual({ ok: true });
    const stored = storage.getItem(RENEWAL_KEY) ?? "";
    expect(parseEnvelope(stored)).toBeDefined();
    expect(stored).not.toContain("Maya");
    expect(await store.read()).toEqual(PREVIOUS);
    lock.forget();
    expect(await store.read()).toBeUndefined();
  });

  it("seals a copy left plain from before the lock was set, the next time it is read", async () => {
    const { storage, lock, store } = setup({ [RENEWAL_KEY]: JSON.stringify(PREVIOUS) });
    await lock.set("river stone lantern");
    expect(await store.read()).toEqual(PREVIOUS);
    expect(storage.getItem(RENEWAL_KEY)).not.toContain("Maya");
  });

  it("is removed by Clear everything, which says so", () => {
    const storage = new MemoryStorage({ [RENEWAL_KEY]: JSON.stringify(PREVIOUS), "autonomy-contract/v3": "{}" });
    expect(clearDevice(() => [storage])).toEqual({ removed: ["your answers and signatures", "the signed version kept to compare with"], ok: true });
    expect(storage.getItem(RENEWAL_KEY)).toBeNull();
  });
});
