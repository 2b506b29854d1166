/**
 * Writes a stored date (YYYY-MM-DD, ISO 8601) the one way people read dates on this
 * site, in the page's language: "1 March 2026" in English (day, month in words,
 * year: no reader can take 03/01 for 1 March or 3 January), "2026年3月1日" in
 * Chinese. Stored data stays ISO 8601; only what people read changes. Anything that
 * is not a real date is returned unchanged.
 */
export function formatDate(value: string, language = "en"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return dateFormat(language).format(date);
}

/** Today's date where the person is, as stored: YYYY-MM-DD in their own time zone. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string): Intl.DateTimeFormat {
  let format = FORMATS.get(language);
  if (!format) {
    // Plain "en" would give the American month-first order; the site writes English dates day first.
    const locale = language === "en" ? "en-GB" : language;
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    FORMATS.set(language, format);
  }
  return format;
}
