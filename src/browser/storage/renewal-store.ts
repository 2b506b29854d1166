import type { DeviceLock } from "../lock/device-lock.ts";
import { createSealedStore } from "../lock/sealed-store.ts";
import { RENEWAL_KEY, type ContractStore, type StoredWrite } from "./contract-store.ts";
import { isQuotaError } from "./is-quota-error.ts";

export { RENEWAL_KEY };

/** The signed version a renewal started from, as kept on the device. */
export interface PreviousVersion {
  /** Its contract version (1 for a first contract). */
  version: number;
  /** Its fingerprint, the one its signatures cover: the renewal records it. */
  fingerprint: string;
  /** Its answers, brought up to the current schema version, to compare with. */
  data: Record<string, unknown>;
}

/** The previous signed version of a renewal, on this device. */
export interface RenewalStore {
  /** The kept version, or undefined when there is none (or it cannot be read: locked, damaged). */
  read(): Promise<PreviousVersion | undefined>;
  write(previous: PreviousVersion): Promise<StoredWrite>;
}

/**
 * Keeps the previous signed version beside the draft, in the same storage and under
 * the same passphrase lock as the answers (sealed when a lock is set, issue 15), so
 * a reload still knows what the renewal compares with; "Clear everything" removes it
 * with everything else under the site's prefix. A copy left plain from before a lock
 * was set is sealed the next time it is read with the lock open.
 */
export function createRenewalStore(getStorage: () => Storage, lock: DeviceLock): RenewalStore {
  const sealed = createSealedStore(plainStore(getStorage), lock);
  return {
    async read() {
      if (lock.isSet() && (!lock.isOpen() || (await sealed.prepare()) === "unreadable")) return undefined;
      const stored = sealed.read();
      if (stored.kind !== "found") return undefined;
      const previous = parsePrevious(stored.text);
      if (previous && lock.isSet()) await sealed.write(stored.text);
      return previous;
    },
    async write(previous) {
      return sealed.write(JSON.stringify(previous));
    },
  };
}

/** A stored record read strictly: anything of another shape is no previous version. */
function parsePrevious(text: string): PreviousVersion | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { version, fingerprint, data } = value as Record<string, unknown>;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return undefined;
  if (typeof fingerprint !== "string" || !/^[0-9a-f]{64}$/.test(fingerprint)) return undefined;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return { version, fingerprint, data: data as Record<string, unknown> };
}

function plainStore(getStorage: () => Storage): ContractStore {
  return {
    key: RENEWAL_KEY,
    read() {
      try {
        const text = getStorage().getItem(RENEWAL_KEY);
        return text === null ? { kind: "empty" } : { kind: "found", version: 0, text };
      } catch (error) {
        return { kind: "unavailable", error };
      }
    },
    write(text) {
      try {
        const storage = getStorage();
        storage.setItem(RENEWAL_KEY, text);
        return storage.getItem(RENEWAL_KEY) === text ? { ok: true } : { ok: false, reason: "mismatch" };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? "quota" : "unavailable", error };
      }
    },
    remove() {
      try {
        getStorage().removeItem(RENEWAL_KEY);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: "unavailable", error };
      }
    },
  };
}
