/** Where the reminders keep their state. */
export const KEEPING_KEY = "autonomy-contract/keeping";

/** What the reminders remember, in milliseconds since 1970: times only, never an answer. */
export interface KeepingRecord {
  /** When a copy was last saved to a file. */
  lastFileCopy?: number;
  /** When the answers first changed after that copy (or ever, with no copy). */
  unfiledSince?: number;
  /** When the reminder was last dismissed. */
  dismissedAt?: number;
}

const FIELDS = ["lastFileCopy", "unfiledSince", "dismissedAt"] as const;

/** Reads the record strictly: a field that is not a plain time is dropped, and anything unreadable is an empty record. */
export function readKeepingRecord(storage: Storage | undefined): KeepingRecord {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEEPING_KEY) ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    const record: KeepingRecord = {};
    for (const field of FIELDS) {
      const time = (value as Record<string, unknown>)[field];
      if (typeof time === "number" && Number.isSafeInteger(time) && time > 0) record[field] = time;
    }
    return record;
  } catch {
    return {};
  }
}

/** Writes the record; a browser that refuses storage only loses the reminders' memory. */
export function writeKeepingRecord(storage: Storage | undefined, record: KeepingRecord): void {
  try {
    storage?.setItem(KEEPING_KEY, JSON.stringify(record));
  } catch {
    // The reminders then ask again next time: nothing of the answers depends on it.
  }
}
