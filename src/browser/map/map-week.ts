import { WEEKDAYS } from "../../agreement/format-time.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerNames } from "../../contract/partners.ts";
import { RITUAL_SCHEDULES } from "../../contract/ritual-schedule.ts";
import { CHECK_IN_PARTS, MOMENT_PARTS, OWN_TIME, PARTNERS, RITUAL_PARTS, TOGETHER, type Partner } from "../../layout/contract-names.ts";
import { findSection } from "../../layout/find-entry.ts";
import type { ContractLayout, Entry, Pair } from "../../layout/layout-types.ts";

/** What kind of time an item of the week is: a partner's own, or the couple's. */
export type WeekKind = "own" | "ritual" | "moment" | "check-in";

/** One thing that happens in the couple's week (or month). */
export interface WeekItem {
  kind: WeekKind;
  /** Whose own time it is. */
  partner?: Partner;
  /** The short mark drawn in the grid and repeated in its key: a partner's initial, or a number. */
  mark: string;
  /** What it is: a ritual's name, "Maya's own time". */
  label: string;
  /** The weekdays it happens on, 0 = Monday; empty for a monthly ritual or one without days. */
  days: number[];
  /** Minutes from midnight, or undefined without a set time. */
  start?: number;
  /** How long it lasts, or undefined when the contract does not say. */
  minutes?: number;
  /** Every two weeks. */
  everyOtherWeek: boolean;
  /** The day of the month of a monthly ritual. */
  dayOfMonth?: number;
  /** Its "How often" in the contract's words, when it is a ritual. */
  frequency?: string;
}

/** A piece of an item drawn on one day of the grid: an item that runs past midnight goes on into the next day. */
export interface WeekSlot {
  item: number;
  day: number;
  /** Minutes from midnight of that day. */
  from: number;
  to: number;
  /** Side by side with the slots it overlaps: its column, of `lanes`. */
  lane: number;
  lanes: number;
}

/** The week grid: its items, the pieces drawn, and the whole hours it spans. */
export interface MapWeek {
  items: WeekItem[];
  slots: WeekSlot[];
  /** Items that cannot go on a weekly grid: monthly, or without days or a time. */
  beside: number[];
  firstHour: number;
  lastHour: number;
}

/** How long an item without a length is drawn (it is said in the key that its length is not set). */
export const UNSET_LENGTH = 30;
const DAY = 24 * 60;

/**
 * The couple's week from a contract: each partner's personal block, each ritual, the
 * daily moment and the weekly check-in, placed on days and hours; monthly rituals
 * and rituals without days or a time listed beside the grid. Pure: no DOM.
 */
export function mapWeek(layout: ContractLayout, contract: Record<string, unknown>): MapWeek {
  const names = partnerNames(contract);
  const items: WeekItem[] = [];
  const marks = ownMarks(names);
  for (const partner of PARTNERS) {
    const own = (key: string) => getAt(contract, [OWN_TIME.section, partner, key]);
    const day = weekdayIndex(own(OWN_TIME.day));
    const hours = own(OWN_TIME.hours);
    items.push({
      kind: "own",
      partner,
      mark: marks[partner],
      label: `${names[partner]}’s own time`,
      days: day === undefined ? [] : [day],
      ...timeOf(own(OWN_TIME.time)),
      ...(typeof hours === "number" && hours > 0 ? { minutes: Math.round(hours * 60) } : {}),
      everyOtherWeek: false,
    });
  }

  const together = findSection(layout, TOGETHER.section);
  const entry = (key: string): Exclude<Entry, Pair> | undefined => together?.entries.find((one): one is Exclude<Entry, Pair> => one.kind !== "pair" && one.key === key);
  const listPath = entry(TOGETHER.list)?.path;
  const rituals = listPath ? getAt(contract, parsePath(listPath)) : undefined;
  let number = 0;
  for (const ritual of Array.isArray(rituals) ? rituals : []) {
    const part = (key: string) => getAt(ritual, [key]);
    const frequency = part(RITUAL_PARTS.frequency);
    const schedule = typeof frequency === "string" && Object.hasOwn(RITUAL_SCHEDULES, frequency) ? RITUAL_SCHEDULES[frequency] : undefined;
    const days = part(RITUAL_PARTS.days);
    const monthDay = part(RITUAL_PARTS.dayOfMonth);
    const name = part(RITUAL_PARTS.name);
    const minutes = part(RITUAL_PARTS.minutes);
    number++;
    items.push({
      kind: "ritual",
      mark: String(number),
      label: typeof name === "string" && name.trim() ? name.trim() : `Ritual ${number}`,
      days: !schedule || schedule.needs === "dayOfMonth" ? [] : schedule.needs === "days" ? dayIndexes(days) : [0, 1, 2, 3, 4, 5, 6],
      ...timeOf(part(RITUAL_PARTS.start)),
      ...(isCount(minutes) ? { minutes } : {}),
      everyOtherWeek: schedule?.freq === "WEEKLY" && schedule.interval === 2,
      ...(schedule?.needs === "dayOfMonth" && isCount(monthDay) && monthDay <= 31 ? { dayOfMonth: monthDay } : {}),
      ...(typeof frequency === "string" ? { frequency } : {}),
    });
  }

  const momentPath = entry(TOGETHER.micro)?.path;
  if (momentPath) {
    const part = (key: string) => getAt(contract, [...parsePath(momentPath), key]);
    const minutes = part(MOMENT_PARTS.minutes);
    items.push({ kind: "moment", mark: String(++number), label: "Your daily moment", days: [0, 1, 2, 3, 4, 5, 6], ...timeOf(part(MOMENT_PARTS.time)), ...(isCount(minutes) ? { minutes } : {}), everyOtherWeek: false });
  }
  const checkInPath = entry(TOGETHER.checkIn)?.path;
  if (checkInPath) {
    const part = (key: string) => getAt(contract, [...parsePath(checkInPath), key]);
    const day = weekdayIndex(part(CHECK_IN_PARTS.day));
    const minutes = part(CHECK_IN_PARTS.minutes);
    items.push({ kind: "check-in", mark: String(++number), label: "Your weekly check-in", days: day === undefined ? [] : [day], ...timeOf(part(CHECK_IN_PARTS.time)), ...(isCount(minutes) ? { minutes } : {}), everyOtherWeek: false });
  }

  const slots: WeekSlot[] = [];
  const beside: number[] = [];
  items.forEach((item, index) => {
    if (item.start === undefined || !item.days.length) {
      // Own time and the daily moment not answered yet are said in the table; a ritual always has its place beside the grid.
      if (item.kind === "ritual") beside.push(index);
      return;
    }
    const length = Math.min(item.minutes ?? UNSET_LENGTH, DAY);
    for (const day of item.days) {
      const end = item.start + length;
      slots.push({ item: index, day, from: item.start, to: Math.min(end, DAY), lane: 0, lanes: 1 });
      // Past midnight, the rest of it is on the next day (Sunday's runs on into Monday: the week repeats).
      if (end > DAY) slots.push({ item: index, day: (day + 1) % 7, from: 0, to: end - DAY, lane: 0, lanes: 1 });
    }
  });
  assignLanes(slots);
  const firstHour = Math.min(7, ...slots.map((slot) => Math.floor(slot.from / 60)));
  const lastHour = Math.max(22, ...slots.map((slot) => Math.ceil(slot.to / 60)));
  return { items, slots, beside, firstHour, lastHour };
}

/** Each partner's mark: the first letter of their name when the two differ, else A and B. */
function ownMarks(names: Record<Partner, string>): Record<Partner, string> {
  const initial = (name: string) => Array.from(name.trim())[0]?.toLocaleUpperCase() ?? "";
  const [a, b] = [initial(names.a), initial(names.b)];
  return a && b && a !== b && /\p{L}/u.test(a) && /\p{L}/u.test(b) ? { a, b } : { a: "A", b: "B" };
}

/** Slots of a day that overlap stand side by side: each takes the first free column, and a day is split into as many columns as it needs. */
function assignLanes(slots: WeekSlot[]): void {
  for (let day = 0; day < 7; day++) {
    const ofDay = slots.filter((slot) => slot.day === day).sort((x, y) => x.from - y.from || y.to - x.to);
    const ends: number[] = [];
    for (const slot of ofDay) {
      let lane = ends.findIndex((end) => end <= slot.from);
      if (lane === -1) lane = ends.length;
      ends[lane] = slot.to;
      slot.lane = lane;
    }
    for (const slot of ofDay) slot.lanes = Math.max(1, ends.length);
  }
}

function timeOf(value: unknown): { start?: number } {
  const match = typeof value === "string" ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  return match ? { start: Number(match[1]) * 60 + Number(match[2]) } : {};
}

function weekdayIndex(value: unknown): number | undefined {
  const index = (WEEKDAYS as readonly unknown[]).indexOf(value);
  return index === -1 ? undefined : index;
}

function dayIndexes(value: unknown): number[] {
  return Array.isArray(value) ? WEEKDAYS.flatMap((day, index) => (value.includes(day) ? [index] : [])) : [];
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}
