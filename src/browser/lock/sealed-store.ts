import type { ContractStore, StoredRead, StoredWrite } from "../storage/contract-store.ts";
import type { DeviceLock } from "./device-lock.ts";

/** A contract store that encrypts under the plain one while a lock is set. */
export interface SealedStore extends ContractStore {
  /**
   * Opens what is stored into memory, once the lock is open, so `read` can answer at
   * once: "unreadable" when it was sealed with another key (or damaged).
   */
  prepare(): Promise<"ready" | "unreadable">;
  /** The opened text of what is stored, for sealing it under a new passphrase; undefined when nothing is. */
  plainText(): string | undefined;
  /** Writes the opened text as plain text, before the lock is removed (a lock over plain text still opens). */
  unseal(): StoredWrite | undefined;
  /** Forgets the opened text: called when the page locks. */
  forget(): void;
}

/**
 * Encryption under the contract store (issue 15): with no lock set, every call goes
 * straight to the plain store; with one set, a write is sealed first and then
 * written and read back by the plain store, so "Saved" still means the exact sealed
 * text is there. Writes are queued, so a slow one never lands after a newer one. The
 * opened text is held in memory only while the lock is open; a shut lock writes
 * nothing at all, never plain text.
 */
export function createSealedStore(plain: ContractStore, lock: DeviceLock): SealedStore {
  let opened: StoredRead | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const shut: StoredWrite = { ok: false, reason: "unavailable", error: new Error("the workbook is locked") };

  const store: SealedStore = {
    key: plain.key,
    read() {
      // What is stored decides whether there is anything: removed in another tab, it is gone here too.
      const stored = plain.read();
      if (!lock.isSet() || stored.kind !== "found") return stored;
      return opened ?? { kind: "unavailable", error: new Error("the workbook is locked") };
    },
    write(text) {
      if (!lock.isSet()) {
        const result = plain.write(text);
        opened = undefined;
        return result;
      }
      if (!lock.isOpen()) return shut;
      // Sealed with the key of the moment it was asked for (a last save as the page
      // leaves still lands); written in the order asked.
      const sealing = lock.seal(text);
      const written = queue.then(async (): Promise<StoredWrite> => {
        const result = await plain.write(await sealing);
        if (result.ok) opened = { kind: "found", version: versionOfStore(), text };
        return result;
      });
      queue = written.catch(() => undefined);
      return written;
    },
    remove() {
      opened = undefined;
      return plain.remove();
    },
    async reveal(text) {
      return (await lock.isSealed(text)) ? lock.open(text) : text;
    },
    async prepare() {
      const stored = plain.read();
      if (stored.kind !== "found") {
        opened = stored;
        return "ready";
      }
      // Plain text under a lock: a lock set while the page closed before sealing. It opens, and is sealed at the next save.
      if (!(await lock.isSealed(stored.text))) {
        opened = stored;
        return "ready";
      }
      const text = await lock.open(stored.text);
      if (text === undefined) return "unreadable";
      opened = { ...stored, text };
      return "ready";
    },
    plainText() {
      const current = store.read();
      return current.kind === "found" ? current.text : undefined;
    },
    unseal() {
      const text = store.plainText();
      if (text === undefined) return undefined;
      const result = plain.write(text) as StoredWrite;
      if (result.ok) opened = { kind: "found", version: versionOfStore(), text };
      return result;
    },
    forget() {
      opened = undefined;
    },
  };
  const versionOfStore = () => Number(plain.key.replace(/^\D+/, ""));
  return store;
}
