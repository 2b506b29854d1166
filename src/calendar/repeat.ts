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
 * The BYMONTHDAY of "day n, or the month's last day when it is shorter". The 31st is
 * the last day of every month (-1). The 29th and 30th cannot be said in one rule
 * that calendars agree on (BYSETPOS over several month days is ignored by some,
 * ical.js among them), so the rule names the day and the Februaries that lack it
 * come as extra dates (see shortFebruaries).
 */
export function monthDayRule(day: number): number {
  return day === 31 ? -1 : day;
}

/**
 * The last days of the Februaries from `first` (YYYY-MM-DD) to the end of `lastYear`
 * that a monthly event on day 29 or 30 would skip: its extra dates (RDATE).
 */
export function shortFebruaries(repeat: Repeat, first: string, lastYear: number): string[] {
  const day = repeat.monthDay;
  if (repeat.freq !== "MONTHLY" || day === undefined || day < 29 || day > 30) return [];
  const dates: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= lastYear; year++) {
    const last = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    const date = `${year}-02-${String(last)}`;
    if (last < day && date >= first) dates.push(date);
  }
  return dates;
}

/**
 * A repeat as an RRULE value (RFC 5545, 3.3.10): "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR".
 * Written here, beside the extra dates it may need, rather than through
 * ical-generator's options, which have no place for those.
 */
export function rruleText(repeat: Repeat): string {
  const parts = [`FREQ=${repeat.freq}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.byDay?.length) parts.push(`BYDAY=${repeat.byDay.map(dayCode).join(",")}`);
  if (repeat.monthDay !== undefined) {
    parts.push(`BYMONTHDAY=${monthDayRule(repeat.monthDay)}`);
  }
  return parts.join(";");
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
