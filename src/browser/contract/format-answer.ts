import { formatTime, formatTimeZone } from "../../agreement/format-time.ts";
import { formatDate } from "../../contract/format-date.ts";
import type { SchemaNode } from "../../schema/schema-node.ts";

/** English month names: words that keep their capital inside a sentence. */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Words that keep their capital inside a sentence (choices may start with a day's name). */
const PROPER = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", ...MONTHS]);

/**
 * Writes one answer as the text a person reads on the contract, or undefined when
 * there is nothing to show. Choices are joined into one readable phrase, booleans
 * are Yes or No, dates, times and time zones are written in the page's language ("1 March
 * 2026", "7:30 pm"); text is returned as typed (the renderer inserts it as text,
 * never as markup).
 */
export function formatAnswer(node: SchemaNode, value: unknown, language = "en"): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (node.type) {
    case "boolean":
      return typeof value === "boolean" ? (value ? "Yes" : "No") : undefined;
    case "number":
    case "integer":
      return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
    case "string":
      if (typeof value !== "string" || value.trim() === "") return undefined;
      if (node.format === "date") return formatDate(value, language);
      // "United Kingdom Time (Europe/London)": the zone as people say it, with its name.
      if (node["x-widget"] === "time-zone") return formatTimeZone(value, language);
      return node.format === "time" ? formatTime(value, language) : value;
    case "array": {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((item) => formatAnswer(node.items, item, language)).filter((item): item is string => item !== undefined);
      return items.length ? joinReadably(items) : undefined;
    }
    case "object":
      return undefined;
  }
}

export { formatDate };

/**
 * Joins choices into one phrase: "Exercise and music", "Time outdoors, reading, and
 * making something". Choices are written in sentence case, so later ones lose their
 * first capital; when a choice holds a comma itself, semicolons separate them, so
 * "Take turns, and keep it fair over time" still reads as one choice.
 */
export function joinReadably(items: readonly string[]): string {
  const [first, ...rest] = items;
  if (first === undefined) return "";
  const words = [first, ...rest.map(lowerFirst)];
  if (words.length === 1) return first;
  if (words.length === 2 && !words.some((word) => word.includes(","))) return `${words[0]} and ${words[1]}`;
  const separator = words.some((word) => word.includes(",")) ? "; " : ", ";
  return `${words.slice(0, -1).join(separator)}${separator}and ${words.at(-1)}`;
}

function lowerFirst(text: string): string {
  const firstWord = /^[A-Z][a-z]*\b/.exec(text)?.[0];
  if (firstWord === undefined || firstWord === "I" || PROPER.has(firstWord)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}
