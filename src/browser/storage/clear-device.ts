import { KEEPING_KEY } from "../keeping/keeping-record.ts";
import { LOCK_KEY } from "../lock/device-lock.ts";
import { KEY_PREFIX, RENEWAL_KEY } from "./contract-store.ts";

/** What "Clear everything" removed, in the person's words, and whether anything stayed. */
export interface Cleared {
  removed: string[];
  ok: boolean;
}

/**
 * Removes everything of the site's from this browser's storage (issue 15: clear
 * means clear): the answers and signatures of every schema version, the lock, the
 * reminders' state, and anything else under the site's prefix, in localStorage and
 * sessionStorage alike; then reads storage again to be sure. Says what it removed.
 */
export function clearDevice(getStorages: () => Storage[]): Cleared {
  const removed = new Set<string>();
  let ok = true;
  let storages: Storage[];
  try {
    storages = getStorages();
  } catch {
    return { removed: [], ok: false };
  }
  for (const storage of storages) {
    try {
      const ours = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith("autonomy-contract/") === true);
      for (const key of ours) {
        storage.removeItem(key);
        removed.add(describeKey(key));
      }
      if (Array.from({ length: storage.length }, (_, index) => storage.key(index)).some((key) => key?.startsWith("autonomy-contract/"))) ok = false;
    } catch {
      ok = false;
    }
  }
  const order = ["your answers and signatures", "the signed version kept to compare with", "the passphrase lock", "the reminders about saving a copy", "other workbook settings"];
  return { removed: order.filter((item) => removed.has(item)), ok };
}

function describeKey(key: string): string {
  if (key.startsWith(KEY_PREFIX)) return "your answers and signatures";
  if (key === RENEWAL_KEY) return "the signed version kept to compare with";
  if (key === LOCK_KEY) return "the passphrase lock";
  if (key === KEEPING_KEY) return "the reminders about saving a copy";
  return "other workbook settings";
}

/** "your answers and signatures, the passphrase lock and the reminders about saving a copy". */
export function listInWords(items: string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
