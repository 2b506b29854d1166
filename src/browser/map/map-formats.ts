import { localeOf } from "../../agreement/locale-of.ts";

/** The number and list formats of the map, made once per language (making one costs far more than using it). */
export interface MapFormats {
  /** Hours and minutes: up to two decimals ("2.5"). */
  number: Intl.NumberFormat;
  /** "Tuesdays and Thursdays". */
  list: Intl.ListFormat;
  /** Day names over the week grid: "Mon". */
  day: Intl.DateTimeFormat;
}

const MADE = new Map<string, MapFormats>();

/** The map's formats for a page's language, in the locale the rest of the contract uses (localeOf). */
export function mapFormats(language: string): MapFormats {
  let formats = MADE.get(language);
  if (!formats) {
    const locale = localeOf(language);
    formats = {
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
      list: new Intl.ListFormat(locale, { type: "conjunction" }),
      day: new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }),
    };
    MADE.set(language, formats);
  }
  return formats;
}
