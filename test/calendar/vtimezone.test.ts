import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { offsetChanges, offsetReader, utcOffset, vtimezone } from "../../src/calendar/vtimezone.ts";

/** The VTIMEZONE read back by ical.js, as a zone it can convert times with. */
function readZone(zone: string, from: number, to: number): ICAL.Timezone {
  const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${vtimezone(zone, from, to)}\r\nEND:VCALENDAR\r\n`;
  const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vtimezone");
  if (!component) throw new Error("no VTIMEZONE");
  return new ICAL.Timezone(component);
}

/** The UTC instant ical.js gives for a wall-clock time in a zone it read. */
function instant(zone: ICAL.Timezone, local: string): string {
  const time = ICAL.Time.fromDateTimeString(local);
  time.zone = zone;
  return time.toJSDate().toISOString();
}

describe("vtimezone", () => {
  it("writes London's two changes of 2026 at 01:00 UTC, as calendars read them", () => {
    const text = vtimezone("Europe/London", 2026, 2026);
    expect(text).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT");
    expect(text).toContain("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD");
    const london = readZone("Europe/London", 2026, 2026);
    expect(instant(london, "2026-01-15T09:00:00")).toBe("2026-01-15T09:00:00.000Z");
    expect(instant(london, "2026-07-15T09:00:00")).toBe("2026-07-15T08:00:00.000Z");
  });

  it("agrees with the runtime's own time-zone data at every hour of a year, in zones with odd offsets and southern summers", () => {
    for (const zone of ["America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "Europe/Dublin", "Pacific/Chatham"]) {
      const read = readZone(zone, 2026, 2027);
      const offsetAt = offsetReader(zone);
      for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 3_600_000 * 7) {
        const local = new Date(time + offsetAt(time) * 60_000).toISOString().slice(0, 19);
        // A wall-clock time that happens twice (clocks going back) is ambiguous: leave out the hours beside a change.
        if (offsetAt(time - 3 * 3_600_000) !== offsetAt(time + 3 * 3_600_000)) continue;
        expect(instant(read, local), `${zone} ${local}`).toBe(new Date(time).toISOString());
      }
    }
  });

  it("gives a zone that never changes one observance, and a zone that stopped changing none after it stopped", () => {
    const kolkata = vtimezone("Asia/Kolkata", 2026, 2030);
    expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(kolkata).toContain("TZOFFSETTO:+0530");
    // Mexico City last changed its clocks in October 2022.
    expect(vtimezone("America/Mexico_City", 2026, 2030).match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
  });

  it("names the zone as its TZID and covers every date before the period", () => {
    const text = vtimezone("America/Argentina/Buenos_Aires", 2026, 2026);
    expect(text.split("\r\n").slice(0, 2)).toEqual(["BEGIN:VTIMEZONE", "TZID:America/Argentina/Buenos_Aires"]);
    expect(text).toMatch(/DTSTART:1970010\d/);
  });

  it("writes every zone this runtime knows", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      expect(vtimezone(zone, 2026, 2026), zone).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:[^\r\n]+\r\n[\s\S]*END:VTIMEZONE$/);
    }
  });

  it("refuses a zone the runtime does not know", () => {
    expect(() => vtimezone("Mars/Olympus_Mons", 2026, 2026)).toThrow(RangeError);
  });
});

describe("offsetChanges", () => {
  it("finds a change to the minute", () => {
    const change = Date.UTC(2026, 4, 10, 13, 37);
    expect(offsetChanges((time) => (time < change ? 0 : 60), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([{ at: change, from: 0, to: 60 }]);
  });
});

describe("utcOffset", () => {
  it("writes offsets as iCalendar does", () => {
    expect([utcOffset(0), utcOffset(60), utcOffset(-210), utcOffset(345)]).toEqual(["+0000", "+0100", "-0330", "+0545"]);
  });
});
