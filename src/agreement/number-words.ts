import { isEnglish, localeOf } from "./locale-of.ts";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * A number as people write it in a sentence: in English, whole numbers below a
 * hundred in words ("six", "forty-five", as style guides for prose spell them) and
 * larger or fractional ones in figures ("120", "2.5"); in other languages, in the
 * language's own figures.
 */
export function numberInWords(value: number, language = "en"): string {
  if (isEnglish(language) && Number.isInteger(value) && value >= 0 && value < 100) {
    if (value < 20) return ONES[value] as string;
    const ones = value % 10;
    return `${TENS[Math.floor(value / 10)]}${ones ? `-${ONES[ones]}` : ""}`;
  }
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

/**
 * A number of hours in words: "no time", "half an hour", "an hour", "an hour and a
 * half", "two and a half hours", "eighty hours". Half hours are spoken as halves,
 * which is how people say them; other languages get figures and the unit from Intl.
 */
export function hoursInWords(value: number, language = "en"): string {
  if (!isEnglish(language)) return unit(value, "hour", language);
  if (value === 0) return "no time";
  const whole = Math.floor(value);
  const half = value - whole === 0.5;
  if (!Number.isInteger(value) && !half) return `${numberInWords(value, language)} hours`;
  if (whole === 0) return "half an hour";
  if (whole === 1) return half ? "an hour and a half" : "an hour";
  return `${numberInWords(whole, language)}${half ? " and a half" : ""} hours`;
}

/**
 * A number of minutes in words: "a minute", "ten minutes", "forty-five minutes"; whole and
 * half hours as hours ("an hour", "an hour and a half", "two hours"), as people say them.
 */
export function minutesInWords(value: number, language = "en"): string {
  if (!isEnglish(language)) return unit(value, "minute", language);
  if (value >= 60 && value % 30 === 0) return hoursInWords(value / 60, language);
  if (value === 1) return "a minute";
  return `${numberInWords(value, language)} minutes`;
}

function unit(value: number, name: "hour" | "minute", language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: "unit", unit: name, unitDisplay: "long", maximumFractionDigits: 2 }).format(value);
}
