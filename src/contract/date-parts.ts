/** The three parts a person writes a date in. */
export type DatePart = "day" | "month" | "year";

/** How many digits each part takes: the boxes on paper, and the widths on screen. */
export const DATE_PART_DIGITS: Readonly<Record<DatePart, number>> = { day: 2, month: 2, year: 4 };

/** What each part is called above its box. */
export const DATE_PART_LABELS: Readonly<Record<DatePart, string>> = { day: "Day", month: "Month", year: "Year" };

const ORDERS = new Map<string, DatePart[]>();

/**
 * The order in which the page's language writes the parts of a date: day, month,
 * year in English as this site writes it (formatDate), year first in Chinese. The
 * workbook's date boxes and the paper's follow it, so a date is written one way.
 */
export function datePartOrder(language = "en"): DatePart[] {
  let order = ORDERS.get(language);
  if (!order) {
    // Plain "en" would give the American month-first order; the site writes English dates day first.
    const locale = language === "en" ? "en-GB" : language;
    const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).formatToParts(new Date(0));
    order = parts.map((part) => part.type).filter((type): type is DatePart => type === "day" || type === "month" || type === "year");
    if (order.length !== 3) order = ["day", "month", "year"];
    ORDERS.set(language, order);
  }
  return order;
}

/** A stored date (YYYY-MM-DD) in its parts, without leading zeros, or undefined for anything else. */
export function splitIsoDate(value: string): Record<DatePart, string> | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return { year: match[1] as string, month: String(Number(match[2])), day: String(Number(match[3])) };
}

/**
 * The value to store for what was typed into a date's boxes: nothing when all three
 * are empty; YYYY-MM-DD when each holds digits that fit its box (the validator then
 * says whether the day exists); otherwise the parts as typed, joined, which the
 * validator refuses as not a real date, so that a half-written date is never lost
 * and never taken for a whole one.
 */
export function joinDateParts(parts: Readonly<Record<DatePart, string>>): string {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return "";
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  }
  return `${year}-${month}-${day}`;
}

/**
 * Reads a date written into a fillable workbook PDF: the eight digits of its boxes
 * in the page's order ("30112026"), the same with any separators ("30/11/2026",
 * "30 11 2026"), or a stored date (2026-11-30). Returns YYYY-MM-DD, or undefined when
 * the text is none of these (the caller keeps the text, and the validator says so).
 */
export function readWrittenDate(text: string, language = "en"): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) {
    const [year, month, day] = trimmed.split("-") as [string, string, string];
    return joinDateParts({ day, month, year });
  }
  const order = datePartOrder(language);
  const groups = trimmed.split(/[^\d]+/).filter(Boolean);
  let parts: string[];
  if (groups.length === 3) parts = groups;
  else if (groups.length === 1 && groups[0]!.length === 8) {
    let at = 0;
    parts = order.map((part) => {
      const digits = groups[0]!.slice(at, at + DATE_PART_DIGITS[part]);
      at += DATE_PART_DIGITS[part];
      return digits;
    });
  } else return undefined;
  const byPart = Object.fromEntries(order.map((part, index) => [part, parts[index] as string])) as Record<DatePart, string>;
  const joined = joinDateParts(byPart);
  return /^\d{4}-\d{2}-\d{2}$/.test(joined) ? joined : undefined;
}
