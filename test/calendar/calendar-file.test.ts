import { describe, expect, it } from "vitest";
import { calendarFile } from "../../src/calendar/calendar-file.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { occurrences, parseCalendar } from "../helpers/ical.ts";

async function fileOf(contract: Record<string, any>, now?: Date): Promise<string> {
  const result = await calendarFile(contract, now);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

function rrule(event: { component: { getFirstPropertyValue(name: string): unknown } }): string {
  return String(event.component.getFirstPropertyValue("rrule"));
}

describe("calendarFile", () => {
  it("makes each ritual of the sample a repeating event on its days, at its time, for its length, in the couple's zone", async () => {
    const { byKey, zones } = parseCalendar(await fileOf(sampleContract()));
    expect(zones.map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(["Europe/London"]);
    const breakfast = byKey.get("ritual-1")!;
    expect(breakfast.summary).toBe("Sunday breakfast at the table");
    expect(rrule(breakfast)).toBe("FREQ=WEEKLY;BYDAY=SU");
    expect(breakfast.startDate.zone?.tzid).toBe("Europe/London");
    expect(breakfast.duration.toSeconds()).toBe(60 * 60);
    expect(occurrences(breakfast, 2)).toEqual(["2026-03-01T09:00:00", "2026-03-08T09:00:00"]);
    expect(rrule(byKey.get("ritual-2")!)).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect(occurrences(byKey.get("ritual-2")!, 3)).toEqual(["2026-03-03T20:00:00", "2026-03-05T20:00:00", "2026-03-10T20:00:00"]);
    expect(rrule(byKey.get("ritual-3")!)).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    expect(occurrences(byKey.get("ritual-3")!, 2)).toEqual(["2026-03-06T19:00:00", "2026-03-20T19:00:00"]);
    expect(byKey.get("ritual-3")!.description).toBe("Whoever plans it keeps it a surprise until the day.\n\nFrom your Autonomy Contract.");
  });

  it("keeps the wall-clock time through the change to summer time: 9 am in London is 08:00 UTC in July", async () => {
    const { byKey } = parseCalendar(await fileOf(sampleContract()));
    const iterator = byKey.get("ritual-1")!.iterator();
    let next = iterator.next();
    while (next && next.toString() < "2026-07-05") next = iterator.next();
    expect(next?.toString()).toBe("2026-07-05T09:00:00");
    expect(next?.toJSDate().toISOString()).toBe("2026-07-05T08:00:00.000Z");
  });

  it("writes the same times whatever time zone the computer making the file is in", async () => {
    const before = process.env.TZ;
    const texts: string[] = [];
    try {
      for (const zone of ["UTC", "America/Los_Angeles", "Asia/Tokyo"]) {
        process.env.TZ = zone;
        texts.push(await fileOf(sampleContract(), new Date(Date.UTC(2026, 0, 1))));
      }
    } finally {
      process.env.TZ = before;
      if (before === undefined) delete process.env.TZ;
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });

  it("makes the daily moment, each partner's own time as theirs, and the weekly check-in", async () => {
    const { byKey } = parseCalendar(await fileOf(sampleContract()));
    const moment = byKey.get("daily-moment")!;
    expect([moment.summary, rrule(moment), moment.startDate.toString(), moment.duration.toSeconds()]).toEqual(["Our daily moment", "FREQ=DAILY", "2026-03-01T18:30:00", 600]);
    const maya = byKey.get("own-time-a")!;
    expect([maya.summary, rrule(maya), maya.startDate.toString(), maya.duration.toSeconds()]).toEqual(["Maya Okafor’s own time", "FREQ=WEEKLY;BYDAY=WE", "2026-03-04T18:30:00", 2.5 * 3600]);
    expect(byKey.get("own-time-b")!.summary).toBe("Jonas Lind’s own time");
    const checkIn = byKey.get("check-in")!;
    expect([checkIn.summary, rrule(checkIn), checkIn.startDate.toString(), checkIn.duration.toSeconds()]).toEqual(["Our weekly check-in", "FREQ=WEEKLY;BYDAY=SU", "2026-03-01T19:30:00", 900]);
    expect(checkIn.description).toContain("What felt good between us this week?");
  });

  it("puts the review on its date, all day, with a reminder a week ahead", async () => {
    const { byKey } = parseCalendar(await fileOf(sampleContract()));
    const review = byKey.get("review")!;
    expect(review.startDate.isDate).toBe(true);
    expect(review.startDate.toString()).toBe("2026-06-01");
    expect(review.isRecurring()).toBe(false);
    const alarm = review.component.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect((alarm.getFirstPropertyValue("trigger") as { toSeconds(): number }).toSeconds()).toBe(-7 * 86_400);
  });

  it("makes a ritual without a start time an event of the whole day on its days", async () => {
    const contract = sampleContract();
    delete contract.rituals.list[1].start;
    delete contract.rituals.list[1].minutes;
    const walk = parseCalendar(await fileOf(contract)).byKey.get("ritual-2")!;
    expect(walk.startDate.isDate).toBe(true);
    expect(occurrences(walk, 2)).toEqual(["2026-03-03", "2026-03-05"]);
  });

  it("repeats a monthly ritual on its day, or on the last day of a shorter month", async () => {
    const contract = sampleContract();
    contract.rituals.list[0] = { name: "Look back on the month", frequency: "Every month", dayOfMonth: 31, start: "20:00", minutes: 60 };
    contract.rituals.list[1] = { name: "Dinner out", frequency: "Every month", dayOfMonth: 15 };
    const { byKey } = parseCalendar(await fileOf(contract));
    expect(occurrences(byKey.get("ritual-1")!, 4)).toEqual(["2026-03-31T20:00:00", "2026-04-30T20:00:00", "2026-05-31T20:00:00", "2026-06-30T20:00:00"]);
    contract.couple.startDate = "2027-01-20";
    contract.couple.reviewDate = "2027-06-01";
    contract.rituals.list[0].dayOfMonth = 30;
    const later = parseCalendar(await fileOf(contract)).byKey;
    expect(occurrences(later.get("ritual-1")!, 3)).toEqual(["2027-01-30T20:00:00", "2027-02-28T20:00:00", "2027-03-30T20:00:00"]);
    expect(occurrences(later.get("ritual-2")!, 2)).toEqual(["2027-02-15", "2027-03-15"]);
  });

  it("starts nothing before the contract does: the first occurrence is the first matching day from the start date", async () => {
    const contract = sampleContract();
    contract.couple.startDate = "2026-03-02"; // a Monday
    const { byKey } = parseCalendar(await fileOf(contract));
    expect(byKey.get("ritual-1")!.startDate.toString()).toBe("2026-03-08T09:00:00");
    expect(byKey.get("daily-moment")!.startDate.toString()).toBe("2026-03-02T18:30:00");
  });

  it("leaves out a daily moment without a time, and names a ritual that does not say its days", async () => {
    const contract = sampleContract();
    delete contract.rituals.microConnection.time;
    delete contract.rituals.list[2].days;
    const result = await calendarFile(contract);
    if (!result.ok) throw new Error(result.message);
    const keys = [...parseCalendar(result.text).byKey.keys()];
    expect(keys).toEqual(["ritual-1", "ritual-2", "own-time-a", "own-time-b", "check-in", "review"]);
    expect(result.leftOut).toEqual(["“A date we take turns to plan”: it does not say on which days it happens"]);
  });

  it("refuses a contract without a time zone, saying what to answer", async () => {
    const contract = sampleContract();
    delete contract.couple.timeZone;
    expect(await calendarFile(contract)).toEqual({ ok: false, message: expect.stringContaining("time zone") });
  });
});

describe("calendar UIDs", () => {
  it("are unique in a file, and the same in a second export made later", async () => {
    const first = parseCalendar(await fileOf(sampleContract(), new Date(Date.UTC(2026, 2, 1))));
    const second = parseCalendar(await fileOf(sampleContract(), new Date(Date.UTC(2026, 4, 1))));
    const uids = first.events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(second.events.map((event) => event.uid)).toEqual(uids);
  });

  it("survive a renewal with new answers, dates and version, so a calendar updates the same events", async () => {
    const first = parseCalendar(await fileOf(sampleContract()));
    const renewed = sampleContract();
    renewed.firstStartDate = renewed.couple.startDate;
    renewed.couple.startDate = "2026-06-01";
    renewed.couple.reviewDate = "2026-12-01";
    renewed.contractVersion = 2;
    renewed.rituals.list[0].start = "10:00";
    renewed.rituals.list[0].name = "Sunday brunch";
    const text = await fileOf(renewed);
    const second = parseCalendar(text);
    expect(second.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    expect(second.byKey.get("ritual-1")!.summary).toBe("Sunday brunch");
    // A renewal is a newer revision of each event.
    expect(second.events.every((event) => event.sequence === 1)).toBe(true);
  });

  it("differ for another couple", async () => {
    const other = sampleContract();
    other.couple.a.name = "Ana Souza";
    const [ours, theirs] = [parseCalendar(await fileOf(sampleContract())), parseCalendar(await fileOf(other))];
    expect(theirs.events.map((event) => event.uid).filter((uid) => ours.events.some((event) => event.uid === uid))).toEqual([]);
  });
});

describe("calendar text", () => {
  const HOSTILE = [
    "Dinner, then a walk; no phones \\ no excuses",
    "Line one\nLine two\r\nLine three",
    "Café 🌙👩🏽‍❤️‍👨🏻 under the stars ✨",
    "ארוחת ערב ביחד",
    "تمشية بعد العشاء",
    "BEGIN:VEVENT",
    "x".repeat(40) + "😀".repeat(20),
  ];

  it("reads back exactly what people wrote: commas, semicolons, backslashes, newlines, emoji, right-to-left text", async () => {
    const contract = sampleContract();
    contract.rituals.list = HOSTILE.map((name, index) => ({ name: name.slice(0, 80), frequency: "Every week", days: ["Monday"], note: HOSTILE[(index + 1) % HOSTILE.length]!.slice(0, 120) }));
    contract.couple.a.name = "Zoë; \"Z\", O'Neil";
    const { byKey } = parseCalendar(await fileOf(contract));
    HOSTILE.forEach((name, index) => {
      const event = byKey.get(`ritual-${index + 1}`)!;
      expect(event.summary).toBe(name.slice(0, 80).replace(/\r\n/g, "\n"));
      expect(event.description).toBe(`${HOSTILE[(index + 1) % HOSTILE.length]!.slice(0, 120).replace(/\r\n/g, "\n")}\n\nFrom your Autonomy Contract.`);
    });
    expect(byKey.get("own-time-a")!.summary).toBe("Zoë; \"Z\", O'Neil’s own time");
  });

  it("folds every line at 75 octets without splitting a character, and ends each with CRLF", async () => {
    const contract = sampleContract();
    contract.rituals.list[0].name = "😀".repeat(19) + "é".repeat(40);
    contract.rituals.list[0].note = "ש".repeat(120);
    const bytes = Buffer.from(await fileOf(contract), "utf8");
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let start = 0;
    for (let at = bytes.indexOf("\r\n"); at !== -1; at = bytes.indexOf("\r\n", start)) {
      const line = bytes.subarray(start, at);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      start = at + 2;
    }
  });
});
