import { formatTime, formatWeekday, WEEKDAYS } from "../../agreement/format-time.ts";
import { mapFormats } from "./map-formats.ts";
import type { WeekItem } from "./map-week.ts";

/** A length of time as people say it: "30 minutes", "1 hour", "2.5 hours". */
export function describeLength(minutes: number, language = "en"): string {
  const { number } = mapFormats(language);
  if (minutes < 60 || minutes % 30 !== 0) return `${number.format(minutes)} ${minutes === 1 ? "minute" : "minutes"}`;
  const hours = minutes / 60;
  return `${number.format(hours)} ${hours === 1 ? "hour" : "hours"}`;
}

/**
 * When an item of the week happens, in words: "Tuesdays and Thursdays, 8 pm, for 30
 * minutes", "every other Friday, 7 pm, for 3 hours", "every month on day 31",
 * "every day, no set time"; "not answered yet" when it has no day or time.
 */
export function describeWhen(item: WeekItem, language = "en"): string {
  const { list } = mapFormats(language);
  let days: string | undefined;
  if (item.dayOfMonth !== undefined) days = `every month on day ${item.dayOfMonth}`;
  else if (item.days.length === 7) days = "every day";
  else if (item.days.length) {
    const names = item.days.map((day) => formatWeekday(WEEKDAYS[day] as string, language, !item.everyOtherWeek));
    days = item.everyOtherWeek ? `every other ${list.format(names)}` : list.format(names);
  } else if (item.frequency) days = item.frequency.toLocaleLowerCase(language);
  if (days === undefined && item.start === undefined) return "not answered yet";
  const parts = [days ?? "day not answered yet"];
  if (item.start !== undefined) {
    const time = `${String(Math.floor(item.start / 60)).padStart(2, "0")}:${String(item.start % 60).padStart(2, "0")}`;
    parts.push(formatTime(time, language));
    if (item.minutes !== undefined) parts.push(`for ${describeLength(item.minutes, language)}`);
  } else {
    parts.push("no set time");
  }
  return parts.join(", ");
}
