import { localeOf } from "./locale-of.ts";

/** The weekdays as the schema spells its choices, Monday first. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * A stored time of day (HH:MM, 24-hour) as the page's language says it: "7:30 pm",
 * "9 am" in English (whole hours without ":00"), "19:30" in German. Anything that is
 * not a time is returned unchanged.
 */
export function formatTime(value: string, language = "en"): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) return value;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  const english = localeOf(language).startsWith("en");
  return dateTimeFormat(localeOf(language), {
    hour: "numeric",
    ...(minutes || !english ? { minute: "2-digit" } : {}),
    ...(english ? { hourCycle: "h12" as const } : {}),
    timeZone: "UTC",
  }).format(date);
}

/**
 * A weekday choice ("Sunday") in the page's language, through Intl: "Sunday",
 * "Sonntag". `plural` gives the English plural for "on Sundays"; other languages
 * keep the day's name. Anything that is not a weekday is returned unchanged.
 */
export function formatWeekday(value: string, language = "en", plural = false): string {
  const index = (WEEKDAYS as readonly string[]).indexOf(value);
  if (index === -1) return value;
  // 1 January 2024 was a Monday.
  const name = dateTimeFormat(localeOf(language), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + index)));
  return plural && localeOf(language).startsWith("en") ? `${name}s` : name;
}

/**
 * A time zone as people say it, in the page's language, with its IANA name beside
 * it so nothing is lost: "United Kingdom Time (Europe/London)", "Eastern Time
 * (America/New York)". A zone this runtime does not know is given by its name alone.
 */
export function formatTimeZone(zone: string, language = "en"): string {
  const name = zone.replaceAll("_", " ");
  try {
    const parts = new Intl.DateTimeFormat(localeOf(language), { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts(new Date(Date.UTC(2026, 0, 1)));
    const spoken = parts.find((part) => part.type === "timeZoneName")?.value;
    return spoken && !/^GMT[+-]/.test(spoken) ? `${spoken} (${name})` : name;
  } catch {
    return name;
  }
}

/** Formats made once for each locale and set of options: making one costs far more than using it, and a map or an agreement uses dozens. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
