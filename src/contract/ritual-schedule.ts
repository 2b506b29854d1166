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
