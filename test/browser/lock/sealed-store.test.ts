import { describe, expect, it } from "vitest";
import { LOCK_KEY, createDeviceLock } from "../../../src/browser/lock/device-lock.ts";
import { parseEnvelope } from "../../../src/browser/lock/sealed-envelope.ts";
import { createSealedStore } from "../../../src/browser/lock/sealed-store.ts";
import { createContractStore } from "../../../src/browser/storage/contract-store.ts";
import { MemoryStorage } from "../../helpers/memory-storage.ts";

const KEY = "autonomy-contract/v2";
const TEXT = '{"schemaVersion":2,"couple":{"a":{"name":"Maya"}}}';

function setup(entries: Record<string, string> = {}) {
  const storage = new MemoryStorage(entries);
  const lock = createDeviceLock(() => storage);
  const store = createSealedStore(createContractStore(() => storage, 2), lock);
  return { storage, lock, store };
}

describe("the sealed store", () => {
  it("with no lock set, writes and reads plain text through the plain store, read back at once", () => {
    const { storage, store } = setup();
    expect(store.write(TEXT)).toEqual({ ok: true });
    expect(storage.getItem(KEY)).toBe(TEXT);
    expect(store.read()).toEqual({ kind: "found", version: 2, text: TEXT });
  });

  it("seals under a set lock: storage holds an envelope, the page reads the plain text", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    expect(await store.write(TEXT)).toEqual({ ok: true });
    const stored = storage.getItem(KEY) ?? "";
    expect(parseEnvelope(stored)).toBeDefined();
    expect(stored).not.toContain("Maya");
    expect(store.read()).toEqual({ kind: "found", version: 2, text: TEXT });
  });

  it("writes nothing at all, never plain text, while the lock is shut", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    lock.forget();
    expect(await store.write(TEXT)).toMatchObject({ ok: false, reason: "unavailable" });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it("opens what another page sealed, once the right passphrase is given", async () => {
    const first = setup();
    await first.lock.set("river stone lantern");
    await first.store.write(TEXT);
    const second = setup(Object.fromEntries(first.storage.items));
    expect(second.store.read().kind).toBe("unavailable");
    expect(await second.lock.unlock("river stone lanterns")).toBe("wrong");
    expect(await second.lock.unlock("river stone lantern")).toBe("unlocked");
    expect(await second.store.prepare()).toBe("ready");
    expect(second.store.read()).toEqual({ kind: "found", version: 2, text: TEXT });
    expect(await second.store.reveal!(first.storage.getItem(KEY) ?? "")).toBe(TEXT);
  });

  it("keeps writes in order: the last one written is the one stored", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    const writes = [store.write('{"n":1}'), store.write('{"n":2}'), store.write('{"n":3}')];
    await Promise.all(writes);
    expect(await lock.open(storage.getItem(KEY) ?? "")).toBe('{"n":3}');
  });

  it("seals the stored contract with a new passphrase in the same moment as the lock's record", async () => {
    const { storage, lock, store } = setup({ [KEY]: TEXT });
    expect(await lock.set("river stone lantern", { key: KEY, text: store.plainText()! })).toEqual({ ok: true });
    expect(parseEnvelope(storage.getItem(KEY) ?? "")).toBeDefined();
    expect(storage.writes).toEqual([`set ${KEY}`, `set ${LOCK_KEY}`]);
    expect(await store.prepare()).toBe("ready");
    expect(store.read()).toMatchObject({ text: TEXT });
  });

  it("opens plain text left under a lock (a lock set while the page closed) and seals it at the next write", async () => {
    const first = setup({ [KEY]: TEXT });
    await first.lock.set("river stone lantern");
    expect(await first.store.prepare()).toBe("ready");
    expect(first.store.read()).toMatchObject({ text: TEXT });
    await first.store.write(TEXT);
    expect(parseEnvelope(first.storage.getItem(KEY) ?? "")).toBeDefined();
  });

  it("unseals before the lock is removed, so what is stored can always be opened", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    await store.write(TEXT);
    expect(store.unseal()).toEqual({ ok: true });
    expect(storage.getItem(KEY)).toBe(TEXT);
    expect(lock.remove()).toEqual({ ok: true });
    expect(storage.getItem(LOCK_KEY)).toBeNull();
    expect(store.read()).toEqual({ kind: "found", version: 2, text: TEXT });
  });

  it("reads what is stored first: a contract removed elsewhere is gone here too", async () => {
    const { storage, lock, store } = setup();
    await lock.set("river stone lantern");
    await store.write(TEXT);
    storage.removeItem(KEY);
    expect(store.read()).toEqual({ kind: "empty" });
  });

  it("says a damaged lock record is damaged, not wrong", async () => {
    const { lock } = setup({ [LOCK_KEY]: '{"sealed":1}' });
    expect(await lock.unlock("anything at all")).toBe("damaged");
  });
});
