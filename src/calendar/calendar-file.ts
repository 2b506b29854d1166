import ical, { ICalAlarmType } from "ical-generator";
import { COUPLE, CONTRACT_VERSION, FIRST_START_DATE, PARTNERS, partnerNamePath, START_DATE } from "../layout/contract-names.ts";
import { getAt, parsePath } from "../contract/field-path.ts";
import { calendarItems, type CalendarItem } from "./calendar-items.ts";
import { rruleText, shortFebruaries } from "./repeat.ts";
import { vtimezone } from "./vtimezone.ts";

/** What a contract's calendar file says, or why there is none. */
export type CalendarFile = { ok: true; text: string; events: number; leftOut: string[] } | { ok: false; message: string };

/** How many years of the couple's time zone the file describes, from the contract's start. */
const ZONE_YEARS = 10;

/**
 * The iCalendar file (RFC 5545) of a contract's rituals, daily moment, personal
 * blocks, check-in and review, in the couple's time zone, written by ical-generator.
 * Each event's UID comes from the couple (their names and the start of their first
 * contract) and the item, never from the answers or the fingerprint, so importing the
 * file of a renewed contract updates the same events instead of adding copies.
 */
export async function calendarFile(contract: Record<string, unknown>, now: Date = new Date()): Promise<CalendarFile> {
  const calendar = calendarItems(contract);
  if (!calendar) return { ok: false, message: "the contract needs its start date and your time zone before its rituals can go in a calendar" };
  const start = getAt(contract, parsePath(`${COUPLE}.${START_DATE}`)) as string;
  const fromYear = Number(start.slice(0, 4));
  const lastYear = Math.max(fromYear, ...calendar.items.map((item) => Number(item.date.slice(0, 4))));
  const zone = calendar.zone;
  const version = getAt(contract, [CONTRACT_VERSION]);
  const couple = await coupleId(contract);
  const cal = ical({
    prodId: { company: "Autonomy Contract", product: "Autonomy Contract", language: "EN" },
    name: "Our Autonomy Contract",
    // No calendar-wide zone: ical-generator would then write DTSTAMP in it, which RFC 5545
    // requires in UTC. Each event names the zone (TZID); the generator writes its VTIMEZONE.
    timezone: { name: null, generator: (name) => vtimezone(name, fromYear, lastYear + ZONE_YEARS) },
  });
  for (const item of calendar.items) {
    const event = cal.createEvent({
      id: `${couple}-${item.key}@autonomy-contract`,
      // A renewal is a new revision of each event (RFC 5545, 3.8.7.4): calendars keep the newest.
      sequence: typeof version === "number" && version > 1 ? version - 1 : 0,
      stamp: now,
      summary: item.summary,
      description: item.description,
      timezone: zone,
      ...times(item),
    });
    if (item.repeat) event.repeating(repeatLines(item, zone, lastYear + ZONE_YEARS));
    if (item.remindDaysBefore !== undefined) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: item.remindDaysBefore * 86_400, description: `In ${item.remindDaysBefore === 7 ? "a week" : `${item.remindDaysBefore} days`}: ${item.summary}` });
    }
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves the last bare.
  const text = cal.toString().replace(/(?:\r\n)?$/, "\r\n");
  return { ok: true, text, events: calendar.items.length, leftOut: calendar.leftOut };
}

/**
 * An event's RRULE, and the RDATE of the days its rule cannot say (the last day of a
 * February for a ritual on the 29th or 30th). ical-generator writes a repeat given as
 * text line for line.
 */
function repeatLines(item: CalendarItem, zone: string, lastYear: number): string {
  const rule = `RRULE:${rruleText(item.repeat!)}`;
  const extra = shortFebruaries(item.repeat!, item.date, lastYear).map((date) => date.replace(/-/g, ""));
  if (!extra.length) return rule;
  const rdate = item.time ? `RDATE;TZID=${zone}:${extra.map((date) => `${date}T${item.time!.replace(":", "")}00`).join(",")}` : `RDATE;VALUE=DATE:${extra.join(",")}`;
  return `${rule}\r\n${rdate}`;
}

/**
 * The event times as wall-clock times in the couple's zone. ical-generator writes a
 * Date given with a time zone by its local fields, so each time is built from its own
 * fields as a local Date; the zone the file names (TZID) is what calendars read.
 */
function times(item: CalendarItem): { start: Date; end?: Date; allDay?: boolean } {
  const [year, month, day] = item.date.split("-").map(Number) as [number, number, number];
  if (!item.time) return { start: new Date(year, month - 1, day), allDay: true };
  const [hours, minutes] = item.time.split(":").map(Number) as [number, number];
  const start = new Date(year, month - 1, day, hours, minutes);
  return item.minutes === undefined ? { start } : { start, end: new Date(year, month - 1, day, hours, minutes + item.minutes) };
}

/**
 * A short hash that names the couple across renewals: SHA-256 of both partners'
 * names and the start date of their first contract (kept by a renewal as
 * `firstStartDate`), so two couples never share events and one couple's events
 * survive a renewal.
 */
export async function coupleId(contract: Record<string, unknown>): Promise<string> {
  const names = PARTNERS.map((partner) => {
    const name = getAt(contract, parsePath(partnerNamePath(partner)));
    return typeof name === "string" ? name.trim().normalize("NFC") : "";
  });
  const first = getAt(contract, [FIRST_START_DATE]) ?? getAt(contract, parsePath(`${COUPLE}.${START_DATE}`));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify([...names, first ?? ""])));
  return Array.from(new Uint8Array(digest).slice(0, 12), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
