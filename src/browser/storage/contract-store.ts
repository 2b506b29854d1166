import { isQuotaError } from "./is-quota-error.ts";

/** The prefix of the keys the workbook saves under; the schema version follows it. */
export const KEY_PREFIX = "autonomy-contract/v";

/** Where the signed version a renewal compares with is kept, beside the draft (renewal-store.ts). */
export const RENEWAL_KEY = "autonomy-contract/renewal";

/** The key for contract data of one schema version: `autonomy-contract/v2`. */
export function storageKey(version: number): string {
  return `${KEY_PREFIX}${version}`;
}

/** The schema version in a key of ours, or undefined for anyone else's key. */
export function versionOfKey(key: string | null): number | undefined {
  if (!key?.startsWith(KEY_PREFIX)) return undefined;
  const digits = key.slice(KEY_PREFIX.length);
  return /^[1-9]\d{0,5}$/.test(digits) ? Number(digits) : undefined;
}

/** What was found in storage. */
export type StoredRead =
  | { kind: "empty" }
  | { kind: "found"; version: number; text: string }
  | { kind: "newer"; version: number }
  | { kind: "unavailable"; error: unknown };

/** Why a write did not stick. */
export type StoredWrite = { ok: true } | { ok: false; reason: "quota" | "unavailable" | "mismatch"; error?: unknown };

/** Saved contract data of one schema version in one Storage (localStorage in the page). */
export interface ContractStore {
  readonly key: string;
  read(): StoredRead;
  /** Writes and reads back; a store that encrypts first (src/browser/lock/sealed-store.ts) answers later. */
  write(text: string): StoredWrite | Promise<StoredWrite>;
  remove(): StoredWrite;
  /** The plain text of a value another tab wrote under this key (opened, if it was sealed); undefined when this page cannot open it. */
  reveal?(text: string): Promise<string | undefined>;
}

/**
 * Opens the contract's storage. `getStorage` is a function because merely reading
 * `window.localStorage` throws when storage is disabled; every failure is returned as
 * a value, never thrown, so the page can keep the data in memory and say what
 * happened.
 */
export function createContractStore(getStorage: () => Storage, version: number): ContractStore {
  const key = storageKey(version);
  return {
    key,
    read() {
      try {
        const storage = getStorage();
        const text = storage.getItem(key);
        if (text !== null) return { kind: "found", version, text };
        const versions = allKeys(storage)
          .map(versionOfKey)
          .filter((found): found is number => found !== undefined);
        // A newer version's data is the most recent work: it wins over older copies,
        // and this page must not start a diverging copy beside it.
        const newer = versions.filter((found) => found > version).sort((x, y) => y - x)[0];
        if (newer !== undefined) return { kind: "newer", version: newer };
        const older = versions.filter((found) => found < version).sort((x, y) => y - x)[0];
        return older === undefined ? { kind: "empty" } : { kind: "found", version: older, text: storage.getItem(storageKey(older)) ?? "" };
      } catch (error) {
        return { kind: "unavailable", error };
      }
    },
    write(text) {
      try {
        const storage = getStorage();
        storage.setItem(key, text);
        // Read it back: only a copy that is really there may be called saved.
        return storage.getItem(key) === text ? { ok: true } : { ok: false, reason: "mismatch" };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? "quota" : "unavailable", error };
      }
    },
    remove() {
      try {
        const storage = getStorage();
        storage.removeItem(key);
        return storage.getItem(key) === null ? { ok: true } : { ok: false, reason: "mismatch" };
      } catch (error) {
        return { ok: false, reason: "unavailable", error };
      }
    },
  };
}

function allKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null,
  );
}
