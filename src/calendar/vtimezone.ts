/**
 * The VTIMEZONE of an IANA time zone (RFC 5545, 3.6.5), written from the time-zone
 * data of the runtime that makes the calendar (Node's ICU, or the browser's) rather
 * than from a copy bundled with a library, which grows stale: Mexico, for one,
 * stopped changing its clocks in 2022. Each change of offset between `fromYear` and
 * `toYear` is one observance with its own onset and no rule, which every calendar
 * reads the same way; a zone that never changes gets one observance.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const offsetAt = offsetReader(zone);
  const changes = offsetChanges(offsetAt, start, end);
  // Standard time is a zone's smaller offset of the period (in the rare zone with
  // "negative summer time", such as Europe/Dublin, calendars still agree on the offsets).
  const offsets = [offsetAt(start), ...changes.map((change) => change.to)];
  const standard = Math.min(...offsets);
  const first = offsetAt(start);
  const observances = [
    // The offset in force when the period starts, reaching back to 1970 so that no earlier date falls outside every observance.
    observance(first === standard ? "STANDARD" : "DAYLIGHT", Date.UTC(1970, 0, 1) - first * MINUTE, first, first),
    ...changes.map((change) => observance(change.to === standard ? "STANDARD" : "DAYLIGHT", change.at, change.from, change.to)),
  ];
  return ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`, ...observances.flat(), "END:VTIMEZONE"].join("\r\n");
}

/** A change of a zone's offset from UTC: the instant (ms since 1970), and the offsets before and after, in minutes. */
export interface OffsetChange {
  at: number;
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Every change of offset between two instants, found day by day, then narrowed to
 * the minute (every zone changes on a whole minute; none changes twice in a day).
 */
export function offsetChanges(offsetAt: (time: number) => number, start: number, end: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = offsetAt(start);
  for (let day = start; day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    const after = offsetAt(next);
    if (after === before) continue;
    let [low, high] = [day, next];
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
      if (offsetAt(middle) === before) low = middle;
      else high = middle;
    }
    changes.push({ at: high, from: before, to: after });
    before = after;
  }
  return changes;
}

/** Reads a zone's offset from UTC, in minutes, at any instant; throws for a zone the runtime does not know. */
export function offsetReader(zone: string): (time: number) => number {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  return (time) => {
    const parts = format.formatToParts(time);
    const get = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
    const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    return Math.round((local - Math.floor(time / MINUTE) * MINUTE) / MINUTE);
  };
}

/** One observance: its onset is written in the local time in force before it (RFC 5545, 3.6.5). */
function observance(kind: "STANDARD" | "DAYLIGHT", at: number, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${localStamp(at + from * MINUTE)}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
}

/** An instant, read as a wall-clock time, in iCalendar's local form: 20260329T020000. */
function localStamp(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

/** Minutes from UTC as iCalendar writes them: +0100, -0330, +0545. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, "0")}${String(whole % 60).padStart(2, "0")}`;
}
