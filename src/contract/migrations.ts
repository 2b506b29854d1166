/**
 * Versioned migrations: MIGRATIONS[n] turns data saved under schema version n into
 * version n + 1. Data is migrated one version at a time, so each function only knows
 * two neighbouring shapes. Add one here whenever data/contract.schema.json changes
 * shape, with a fixture of the old version under test/fixtures/contracts/.
 */
export const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 (the first workbook drafts) asked for a review "in n months" and kept the
  // partners ({ name, pronouns } each) at the top level as partnerA and partnerB, beside
  // startDate. Version 2 asks for a review date and keeps both partners together under
  // `couple`. Answers of the steps kept their shape.
  1: (data) => {
    const { partnerA, partnerB, startDate, reviewAfterMonths, schemaVersion: _v, ...rest } = data;
    const couple: Record<string, unknown> = {};
    if (partnerA !== undefined) couple.a = partnerA;
    if (partnerB !== undefined) couple.b = partnerB;
    if (startDate !== undefined) couple.startDate = startDate;
    const review = addMonths(startDate, reviewAfterMonths);
    if (review !== undefined) couple.reviewDate = review;
    return { schemaVersion: 2, ...(Object.keys(couple).length ? { couple } : {}), ...rest };
  },
  // Version 3 knows when things happen, so rituals can go in a calendar: a ritual's
  // free-text "when" ("Sunday, 9 am") gives way to its days, start time and length.
  // Nothing is guessed from the old words: they are kept whole as the ritual's note,
  // and the couple is asked for the rest (and for their time zone, how long each can
  // wait, and the length of each personal block) when they next open the workbook.
  2: (data) => {
    const { schemaVersion: _v, ...rest } = data;
    const rituals = rest.rituals;
    if (typeof rituals !== "object" || rituals === null || Array.isArray(rituals)) return { schemaVersion: 3, ...rest };
    const { list, ...together } = rituals as Record<string, unknown>;
    const moved = Array.isArray(list)
      ? list.map((ritual) => {
          if (typeof ritual !== "object" || ritual === null || Array.isArray(ritual) || !("when" in ritual)) return ritual;
          const { when, ...kept } = ritual as Record<string, unknown>;
          return { ...kept, note: when };
        })
      : list;
    return { schemaVersion: 3, ...rest, rituals: { ...(list !== undefined ? { list: moved } : {}), ...together } };
  },
};

/**
 * The answers each version first asked, which no migration can fill in (it would be
 * guessing): `*` stands for one step of the path (a partner, a list item). A contract
 * signed under an earlier version is complete without them; renewing it asks for them.
 */
export const FIRST_ASKED: Readonly<Record<number, readonly string[]>> = {
  3: ["couple.timeZone", "spaceWords.*.canWait", "individualWorlds.*.blockHours", "rituals.list.*.days", "rituals.list.*.dayOfMonth"],
};

/** True when `path` (`spaceWords.a.canWait`) is an answer first asked after version `from`. */
export function askedSince(from: number, path: string): boolean {
  const keys = path.split(".");
  return Object.entries(FIRST_ASKED).some(
    ([version, patterns]) =>
      Number(version) > from &&
      patterns.some((pattern) => {
        const parts = pattern.split(".");
        return parts.length === keys.length && parts.every((part, index) => part === "*" || part === keys[index]);
      }),
  );
}

/** The outcome of bringing saved data up to the current schema version. */
export type Migration =
  | { ok: true; data: Record<string, unknown>; from: number }
  /** `reason` lets a view word the refusal for its readers (the workbook names no version numbers). */
  | { ok: false; message: string; reason: "no-version" | "newer" | "no-migration" };

/**
 * Brings data up to `current`, refusing data from a newer or unknown version (it may
 * hold answers this version cannot show, and guessing would lose them).
 */
export function migrate(data: Record<string, unknown>, current: number): Migration {
  const from = data.schemaVersion;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1) {
    // In plain words, not the key's name: people read this in the workbook (issue 10).
    return { ok: false, reason: "no-version", message: "this file does not say which version of an Autonomy Contract it is" };
  }
  if (from > current) {
    return {
      ok: false,
      reason: "newer",
      message: `this contract was saved by a newer version of the workbook (version ${from}; this one reads up to ${current}). Open it with the newer version.`,
    };
  }
  let migrated = data;
  for (let version = from; version < current; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: "no-migration", message: `no way to bring version ${version} data up to date` };
    migrated = step(migrated);
  }
  return { ok: true, data: migrated, from };
}

function addMonths(start: unknown, months: unknown): string | undefined {
  if (typeof start !== "string" || typeof months !== "number" || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return undefined;
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  // Clamp to the last day of the target month: 31 January plus one month is 28 or 29 February.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
