import { formatDate } from "../contract/format-date.ts";
import type { AnswerKind } from "../layout/layout-types.ts";
import { formatTime, formatTimeZone, formatWeekday, WEEKDAYS } from "./format-time.ts";
import { joinList } from "./join-list.ts";
import { localeOf } from "./locale-of.ts";
import { hoursInWords, minutesInWords, numberInWords } from "./number-words.ts";

/** What a format helper needs besides the value: the page's language and the phrase of a choice. */
export interface FormatContext {
  language: string;
  /** The clause file's phrase for a choice (or "true"/"false"), or undefined when it gives none. */
  phrase(choice: string): string | undefined;
}

/** Writes an answer's value as words; undefined when the value cannot be said (it does not fit the question). */
export interface FormatHelper {
  kind: "format";
  accepts: readonly AnswerKind[];
  /** Why the helper does not suit this question's choices, if it does not. */
  refuses?(choices: readonly string[]): string | undefined;
  format(value: unknown, context: FormatContext): string | undefined;
}

/** Changes the words of a placeholder after they are formatted. */
export interface TextHelper {
  kind: "text";
  apply(piece: Piece): Piece;
}

/** Which form of a person a placeholder says. */
export interface PersonHelper {
  kind: "person";
  form: "they" | "them" | "their" | "possessive";
}

export type Helper = FormatHelper | TextHelper | PersonHelper;

/** A formatted placeholder: its words, with any marks put around them (quotation marks). */
export interface Piece {
  before: string;
  text: string;
  after: string;
}

const number = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** An opening quotation mark at the start of an answer: the person quoted it already. */
const QUOTED = /^["“‘'«„]/;

/**
 * The grammar helpers a placeholder may name after its path, `{self.hoursPerWeek|hours}`:
 * format helpers (first, at most one) write the value; text helpers change the words;
 * person helpers give a pronoun. The build refuses any other name.
 */
export const HELPERS: Readonly<Record<string, Helper>> = {
  hours: { kind: "format", accepts: ["number"], format: (value, { language }) => (number(value) ? hoursInWords(value, language) : undefined) },
  minutes: { kind: "format", accepts: ["number"], format: (value, { language }) => (number(value) ? minutesInWords(value, language) : undefined) },
  number: { kind: "format", accepts: ["number"], format: (value, { language }) => (number(value) ? numberInWords(value, language) : undefined) },
  figures: { kind: "format", accepts: ["number"], format: (value, { language }) => (number(value) ? new Intl.NumberFormat(localeOf(language)).format(value) : undefined) },
  weekday: { kind: "format", accepts: ["choice"], refuses: notWeekdays, format: (value, { language }) => (isWeekday(value) ? formatWeekday(value, language) : undefined) },
  weekdays: { kind: "format", accepts: ["choice"], refuses: notWeekdays, format: (value, { language }) => (isWeekday(value) ? formatWeekday(value, language, true) : undefined) },
  // Several weekdays (a ritual's days): "Tuesday and Thursday", in the page's language and the week's order.
  days: {
    kind: "format",
    accepts: ["choices"],
    refuses: notWeekdays,
    format: (value, { language }) => {
      if (!Array.isArray(value)) return undefined;
      const days = WEEKDAYS.filter((day) => value.includes(day));
      return days.length ? joinList(days.map((day) => formatWeekday(day, language)), language, "and") : undefined;
    },
  },
  time: { kind: "format", accepts: ["time"], format: (value, { language }) => (text(value) ? formatTime(value, language) : undefined) },
  date: { kind: "format", accepts: ["date"], format: (value, { language }) => (text(value) ? formatDate(value, language) : undefined) },
  or: { kind: "format", accepts: ["choices"], format: (value, context) => joinChoices(value, context, "or") },
  quote: { kind: "text", apply: (piece) => (QUOTED.test(piece.text) ? piece : { before: `${piece.before}“`, text: piece.text, after: `”${piece.after}` }) },
  lower: { kind: "text", apply: (piece) => ({ ...piece, text: lowerFirst(piece.text) }) },
  cap: { kind: "text", apply: (piece) => (piece.before ? piece : { ...piece, text: piece.text.charAt(0).toUpperCase() + piece.text.slice(1) }) },
  they: { kind: "person", form: "they" },
  them: { kind: "person", form: "them" },
  their: { kind: "person", form: "their" },
  possessive: { kind: "person", form: "possessive" },
};

/**
 * How an answer reads when its placeholder names no format helper: text as typed,
 * numbers in words, dates and times in the page's language, a choice by its phrase
 * (or in lower case, to sit inside a sentence), several choices joined with "and",
 * a yes or no by its phrase.
 */
export function formatByKind(kind: AnswerKind, value: unknown, context: FormatContext): string | undefined {
  switch (kind) {
    case "text":
      return text(value) ? value.trim() : undefined;
    case "number":
      return number(value) ? numberInWords(value, context.language) : undefined;
    case "date":
      return text(value) ? formatDate(value, context.language) : undefined;
    case "time":
      return text(value) ? formatTime(value, context.language) : undefined;
    case "time-zone":
      return text(value) ? formatTimeZone(value, context.language) : undefined;
    case "choice":
      return text(value) ? choicePhrase(value, context) : undefined;
    case "choices":
      return joinChoices(value, context, "and");
    case "yes-no":
      return typeof value === "boolean" ? context.phrase(String(value)) : undefined;
    default:
      return undefined;
  }
}

/** A choice as it reads in a sentence: its phrase, or the choice in lower case (lowerFirst). */
export function choicePhrase(choice: string, context: FormatContext): string {
  return context.phrase(choice) ?? lowerFirst(choice);
}

/** Words that keep their capital inside a sentence. */
const PROPER = new Set(["I", ...WEEKDAYS, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

/**
 * Text as it reads inside a sentence: the first letter in lower case when the first
 * word is an ordinary capitalised word ("Couples therapist" → "couples therapist"),
 * and unchanged when it is a name of a day or month, "I", or an abbreviation ("NHS").
 */
export function lowerFirst(text: string): string {
  const word = /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/u.exec(text)?.[0];
  if (word === undefined || PROPER.has(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function joinChoices(value: unknown, context: FormatContext, type: "and" | "or"): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const phrases = value.filter(text).map((choice) => choicePhrase(choice, context));
  return phrases.length ? joinList(phrases, context.language, type) : undefined;
}

function isWeekday(value: unknown): value is string {
  return typeof value === "string" && (WEEKDAYS as readonly string[]).includes(value);
}

function notWeekdays(choices: readonly string[]): string | undefined {
  const others = choices.filter((choice) => !(WEEKDAYS as readonly string[]).includes(choice));
  return others.length ? `its choices ${others.map((choice) => `"${choice}"`).join(", ")} are not weekdays` : undefined;
}
