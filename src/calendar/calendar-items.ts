import { WEEKDAYS } from "../agreement/format-time.ts";
import { getAt, parsePath } from "../contract/field-path.ts";
import { partnerName } from "../contract/partners.ts";
import { RITUAL_SCHEDULES } from "../contract/ritual-schedule.ts";
import { COUPLE, OWN_TIME, PARTNERS, REVIEW_DATE, RITUAL_PARTS, START_DATE, TIME_ZONE, TOGETHER, type Partner } from "../layout/contract-names.ts";
import { firstOnOrAfter, type Repeat } from "./repeat.ts";

/** One event of the couple's calendar, in the couple's own time zone, before any calendar format. */
export interface CalendarItem {
  /** What the event is, stable across renewals (its UID is made from it): "ritual-1", "own-time-a", "review". */
  key: string;
  summary: string;
  description: string;
  /** The first day it happens, YYYY-MM-DD. */
  date: string;
  /** Its start, HH:MM on the 24-hour clock; none for an event of the whole day. */
  time?: string;
  /** How long it lasts; none for an event that has a start only. */
  minutes?: number;
  repeat?: Repeat;
  /** A reminder this many days before it starts. */
  remindDaysBefore?: number;
}

/** A contract's calendar: its events, and the answers that could not become one, said in the couple's words. */
export interface Calendar {
  zone: string;
  items: CalendarItem[];
  leftOut: string[];
}

const FROM_CONTRACT = "From your Autonomy Contract.";

/**
 * Turns a contract into calendar events: each ritual (repeating as its "How often"
 * says, on its days or its day of the month, all day when it has no start time), the
 * daily moment when it has a time, each partner's own time marked as theirs, the
 * weekly check-in, and the review date with a reminder a week ahead. Nothing starts
 * before the contract does. Returns undefined when the contract has no time zone or
 * start date, without which no event can be placed.
 */
export function calendarItems(contract: Record<string, unknown>): Calendar | undefined {
  const at = (path: string) => getAt(contract, parsePath(path));
  const zone = at(`${COUPLE}.${TIME_ZONE}`);
  const start = at(`${COUPLE}.${START_DATE}`);
  if (typeof zone !== "string" || !zone || !isDate(start)) return undefined;
  const items: CalendarItem[] = [];
  const leftOut: string[] = [];

  const rituals = at(`${TOGETHER.section}.${TOGETHER.list}`);
  (Array.isArray(rituals) ? rituals : []).forEach((ritual: unknown, index) => {
    const item = ritualItem(ritual, index, start);
    if (typeof item === "string") leftOut.push(item);
    else items.push(item);
  });

  const moment = `${TOGETHER.section}.${TOGETHER.micro}`;
  const momentTime = at(`${moment}.time`);
  if (isTime(momentTime)) {
    const what = at(`${moment}.what`);
    const minutes = at(`${moment}.minutes`);
    items.push({
      key: "daily-moment",
      summary: "Our daily moment",
      description: lines(typeof what === "string" ? what : undefined, FROM_CONTRACT),
      date: start,
      time: momentTime,
      ...(isCount(minutes) ? { minutes } : {}),
      repeat: { freq: "DAILY", interval: 1 },
    });
  }

  for (const partner of PARTNERS) {
    const item = ownTimeItem(contract, partner, start);
    if (item) items.push(item);
  }

  const checkIn = `${TOGETHER.section}.${TOGETHER.checkIn}`;
  const [day, time, minutes, questions] = ["day", "time", "minutes", "questions"].map((part) => at(`${checkIn}.${part}`));
  if (isWeekday(day) && isTime(time)) {
    const repeat: Repeat = { freq: "WEEKLY", interval: 1, byDay: [day] };
    items.push({
      key: "check-in",
      summary: "Our weekly check-in",
      description: lines(typeof questions === "string" ? `The questions we ask each other:\n${questions}` : undefined, FROM_CONTRACT),
      date: firstOnOrAfter(start, repeat),
      time,
      ...(isCount(minutes) ? { minutes } : {}),
      repeat,
    });
  }

  const review = at(`${COUPLE}.${REVIEW_DATE}`);
  if (isDate(review)) {
    items.push({
      key: "review",
      summary: "Review our Autonomy Contract",
      description: "Read your contract again together: what worked, what you would change. Then renew it in the workbook.",
      date: review,
      remindDaysBefore: 7,
    });
  }
  return { zone, items, leftOut };
}

/** A ritual as an event, or what it lacks to become one. */
function ritualItem(ritual: unknown, index: number, start: string): CalendarItem | string {
  const part = (key: string) => getAt(ritual, [key]);
  const name = part(RITUAL_PARTS.name);
  const title = typeof name === "string" && name.trim() ? name.trim() : `Ritual ${index + 1}`;
  const frequency = part(RITUAL_PARTS.frequency);
  const schedule = typeof frequency === "string" && Object.hasOwn(RITUAL_SCHEDULES, frequency) ? RITUAL_SCHEDULES[frequency] : undefined;
  if (!schedule) return `“${title}”: it does not say how often it happens`;
  const repeat: Repeat = { freq: schedule.freq, interval: schedule.interval };
  if (schedule.needs === "days") {
    const days = part(RITUAL_PARTS.days);
    const chosen = Array.isArray(days) ? WEEKDAYS.filter((day) => days.includes(day)) : [];
    if (!chosen.length) return `“${title}”: it does not say on which days it happens`;
    repeat.byDay = chosen;
  } else if (schedule.needs === "dayOfMonth") {
    const day = part(RITUAL_PARTS.dayOfMonth);
    if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 31) return `“${title}”: it does not say on which day of the month it happens`;
    repeat.monthDay = day as number;
  }
  const time = part(RITUAL_PARTS.start);
  const minutes = part(RITUAL_PARTS.minutes);
  const note = part(RITUAL_PARTS.note);
  return {
    key: `ritual-${index + 1}`,
    summary: title,
    description: lines(typeof note === "string" && note.trim() ? note : undefined, FROM_CONTRACT),
    date: firstOnOrAfter(start, repeat),
    ...(isTime(time) ? { time, ...(isCount(minutes) ? { minutes } : {}) } : {}),
    repeat,
  };
}

/** A partner's own time each week, named as theirs ("Maya's own time"). */
function ownTimeItem(contract: Record<string, unknown>, partner: Partner, start: string): CalendarItem | undefined {
  const at = (key: string) => getAt(contract, [OWN_TIME.section, partner, key]);
  const [day, time, hours] = [at(OWN_TIME.day), at(OWN_TIME.time), at(OWN_TIME.hours)];
  if (!isWeekday(day) || !isTime(time)) return undefined;
  const name = partnerName(contract, partner);
  const repeat: Repeat = { freq: "WEEKLY", interval: 1, byDay: [day] };
  return {
    key: `own-time-${partner}`,
    summary: `${name}’s own time`,
    description: lines(`${name}’s personal block: time alone, as you agreed.`, FROM_CONTRACT),
    date: firstOnOrAfter(start, repeat),
    time,
    ...(typeof hours === "number" && hours > 0 ? { minutes: Math.round(hours * 60) } : {}),
    repeat,
  };
}

function lines(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== "").join("\n\n");
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function isTime(value: unknown): value is string {
  return typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function isWeekday(value: unknown): value is (typeof WEEKDAYS)[number] {
  return typeof value === "string" && (WEEKDAYS as readonly string[]).includes(value);
}
