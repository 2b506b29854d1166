import { WEEKDAYS } from "../agreement/format-time.ts";
import type { RitualSchedule } from "../contract/ritual-schedule.ts";

/** How an event repeats: a ritual's schedule with its days filled in. */
export interface Repeat {
  freq: RitualSchedule["freq"];
  interval: number;
  /** The weekdays of a weekly event, as the schema spells them ("Tuesday"). */
  byDay?: (typeof WEEKDAYS)[number][];
  /** The day of the month of a monthly event, 1 to 31: in a shorter month, its last day. */
  monthDay?: number;
}

/** The iCalendar weekday codes (RFC 5545, 3.3.10), Monday first like WEEKDAYS. */
const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A weekday as iCalendar writes it: "Tuesday" → "TU". */
export function dayCode(day: (typeof WEEKDAYS)[number]): (typeof DAY_CODES)[number] {
  return DAY_CODES[WEEKDAYS.indexOf(day)] as (typeof DAY_CODES)[number];
}

/**
 * The days of the month an RRULE lists for "day n, or the month's last day when it is
 * shorter": BYMONTHDAY=n alone would skip the months without day n (RFC 5545 drops
 * invalid dates), so from the 29th on the rule lists the 28th up to n and keeps the
 * last of them that exists (BYSETPOS=-1): the 30th in April, the 28th or 29th in February.
 */
export function monthDayRule(day: number): { byMonthDay: number[]; bySetPos?: number } {
  if (day <= 28) return { byMonthDay: [day] };
  return { byMonthDay: Array.from({ length: day - 27 }, (_, offset) => 28 + offset), bySetPos: -1 };
}

/**
 * The first day on or after `start` (YYYY-MM-DD) on which an event repeating so
 * happens: a calendar counts DTSTART as the first occurrence even when the rule does
 * not match it, so it must be a day the rule gives.
 */
export function firstOnOrAfter(start: string, repeat: Repeat): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  let date = new Date(Date.UTC(year, month - 1, day));
  for (let step = 0; step < 366; step++) {
    if (matches(date, repeat)) return date.toISOString().slice(0, 10);
    date = new Date(date.getTime() + 86_400_000);
  }
  throw new Error(`no day within a year of ${start} fits the repeat rule`);
}

function matches(date: Date, repeat: Repeat): boolean {
  if (repeat.byDay) {
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7] as (typeof WEEKDAYS)[number];
    if (!repeat.byDay.includes(weekday)) return false;
  }
  if (repeat.monthDay !== undefined) {
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    if (date.getUTCDate() !== Math.min(repeat.monthDay, last)) return false;
  }
  return true;
}
