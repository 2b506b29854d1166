import ICAL from "ical.js";

/** A calendar file read back by ical.js, an iCalendar parser independent of the one that wrote it. */
export interface ParsedCalendar {
  events: ICAL.Event[];
  /** The events by the key their UID ends with (`…-ritual-1@autonomy-contract` → "ritual-1"). */
  byKey: Map<string, ICAL.Event>;
  zones: ICAL.Component[];
}

/**
 * Parses an .ics text with ical.js and registers its VTIMEZONEs, so that times can be
 * turned into instants with the file's own zone definitions (not the test's).
 */
export function parseCalendar(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const byKey = new Map(events.map((event) => [/^[0-9a-f]+-(.+)@autonomy-contract$/.exec(event.uid)?.[1] ?? event.uid, event]));
  return { events, byKey, zones };
}

/** The first `count` starts of a repeating event, as local wall-clock text ("2026-03-01T09:00:00"), or dates for events of a whole day. */
export function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) found.push(next.toString());
  return found;
}
