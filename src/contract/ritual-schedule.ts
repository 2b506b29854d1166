import { RITUAL_PARTS } from "../layout/contract-names.ts";

/**
 * What each "How often" of a ritual means as a schedule, keyed by the schema's own
 * words for it: how often it repeats, and which of a ritual's answers say when (the
 * days of the week, or the day of the month). The calendar and the rules of a
 * complete contract read it; the build fails when a choice of the schema has no
 * schedule here (see checkRitualSchedules), so the two cannot drift apart.
 */
export interface RitualSchedule {
  /** The iCalendar frequency (RFC 5545, 3.3.10). */
  freq: "DAILY" | "WEEKLY" | "MONTHLY";
  interval: number;
  /** The answer that says on which days it happens; none for every day. */
  needs?: "days" | "dayOfMonth";
}

export const RITUAL_SCHEDULES: Readonly<Record<string, RitualSchedule>> = {
  "Every day": { freq: "DAILY", interval: 1 },
  "A few times a week": { freq: "WEEKLY", interval: 1, needs: "days" },
  "Every week": { freq: "WEEKLY", interval: 1, needs: "days" },
  "Every two weeks": { freq: "WEEKLY", interval: 2, needs: "days" },
  "Every month": { freq: "MONTHLY", interval: 1, needs: "dayOfMonth" },
};

/** The choices of "How often" that have no schedule here: empty when every one has. */
export function unscheduledFrequencies(choices: readonly string[]): string[] {
  return choices.filter((choice) => !Object.hasOwn(RITUAL_SCHEDULES, choice));
}

/** The answers of a ritual that say on which days it happens, by the schedule's own names. */
const DAY_PARTS: Readonly<Record<NonNullable<RitualSchedule["needs"]>, string>> = { days: RITUAL_PARTS.days, dayOfMonth: RITUAL_PARTS.dayOfMonth };

/**
 * Whether one answer of a ritual (`part`, its key) belongs to the ritual as its "How
 * often" says: the days of the week only for a weekly ritual, the day of the month
 * only for a monthly one, and neither for every day. Every answer belongs while "How
 * often" is not answered (or is not one the schedules know), so nothing is hidden
 * that a person still has to choose between.
 */
export function ritualPartApplies(frequency: unknown, part: string): boolean {
  const schedule = typeof frequency === "string" && Object.hasOwn(RITUAL_SCHEDULES, frequency) ? RITUAL_SCHEDULES[frequency] : undefined;
  if (!schedule) return true;
  const needed = Object.entries(DAY_PARTS).find(([, key]) => key === part)?.[0];
  return needed === undefined || schedule.needs === needed;
}
