import type { Partner } from "../layout/contract-names.ts";
import { layoutContract, type LayoutSource } from "../layout/layout-contract.ts";
import type { AnswerKind, List, Question } from "../layout/layout-types.ts";
import { listQuestions, type PlacedQuestion } from "../layout/list-questions.ts";
import { ITEM } from "../schema/list-leaves.ts";

/** How an answer is written on paper, and which AcroForm field stands for it. */
export type PaperFieldKind = "text" | "number" | "date" | "time" | "choice" | "choices" | "check";

/** One writing area or set of boxes of the printed workbook, and of the fillable PDF. */
export interface PaperField {
  /** Dotted contract path, list rows numbered from 0 (`rituals.list.0.name`); also the AcroForm name. */
  name: string;
  /** The schema answer it stands for, as in CompiledSchema.leaves (`rituals.list.#.name`). */
  leaf: string;
  kind: PaperFieldKind;
  /** The schema's title of the answer. */
  title: string;
  /** The choices of "choice" and "choices", in the schema's order; empty otherwise. */
  options: string[];
  /** The schema's maxLength, for text-like kinds. */
  maxLength?: number;
  /** Ruled lines printed for it (1 for one-line kinds). */
  lines: number;
  /** The partner whose answer it is, for a question asked of each partner. */
  partner?: Partner;
  /** It is part of that partner's signature (the name and date a hand writes). */
  signature?: boolean;
}

/**
 * Rows printed for a list: paper cannot grow, and a couple rarely needs more than four
 * rituals or moves of their own; the schema's maxItems caps it when it is lower.
 */
export const PAPER_LIST_ROWS = 4;

/**
 * Characters one ruled line stands for. A half-width partner column is about 85 mm
 * wide, which holds about 55 characters of the fillable PDF's 10 pt type; by hand it
 * holds fewer, but few answers use their whole maxLength. Rounded to the nearest
 * line, so a name of up to 60 characters gets one line, not a second almost empty one.
 */
export const CHARS_PER_LINE = 55;

/** The fewest and most ruled lines of a text answer: a long answer must not eat the page. */
export const MIN_LINES = 1;
export const MAX_LINES = 8;

/** Lines for free text without a maxLength (the schema checker requires one, but be safe). */
const UNBOUNDED_LINES = 3;

/** Kinds of answer that paper has no place for: a fixed value, what the program works out, what a screen records. */
const NOT_ON_PAPER: ReadonlySet<AnswerKind> = new Set(["fixed", "computed", "drawing"]);

/**
 * Every answer of the contract as it is written on paper, in the schema's order: the
 * layout's questions, less those paper has no place for (fixed values, what the
 * program works out, drawn strokes) and, inside a signature, what records signing
 * on a screen (how it was signed): on paper a person signs by hand, beside their
 * name and the date. Lists become numbered rows (see paperListRows).
 */
export function listPaperFields(schema: LayoutSource): PaperField[] {
  const onPaper = listQuestions(layoutContract(schema)).filter(isOnPaper);
  return expandLists(onPaper.map((placed) => ({ placed })), 0).map(({ name, placed: { question, partner, signature } }) => {
    const kind = paperKind(question);
    const maxLength = question.limits.maxLength;
    return {
      name,
      leaf: question.path,
      kind,
      title: question.title,
      options: question.answer === "yes-no" && kind === "choice" ? [...YES_NO] : [...question.choices],
      ...(kind === "text" && maxLength !== undefined ? { maxLength } : {}),
      lines: kind === "text" ? paperLines(maxLength) : 1,
      ...(partner ? { partner } : {}),
      ...(signature ? { signature } : {}),
    };
  });
}

/** How many rows a list gets on paper: its maxItems, at most PAPER_LIST_ROWS. */
export function paperListRows(list: Pick<List, "maxItems">): number {
  return Math.min(list.maxItems, PAPER_LIST_ROWS);
}

/** Ruled lines for a free-text answer of at most `maxLength` characters. */
export function paperLines(maxLength: number | undefined): number {
  if (maxLength === undefined) return UNBOUNDED_LINES;
  return Math.min(MAX_LINES, Math.max(MIN_LINES, Math.round(maxLength / CHARS_PER_LINE)));
}

/** The two answers a yes-or-no question prints, in the order the form shows them. */
export const YES_NO = ["Yes", "No"] as const;

/**
 * The kind of writing area a question needs on paper. A yes-or-no question that must
 * be answered prints as a choice of Yes or No, as on screen: a lone tick box would
 * leave "no" and "not answered yet" looking the same (issue 10). An optional one is
 * a tick box.
 */
export function paperKind(question: Pick<Question, "answer" | "path" | "required">): PaperFieldKind {
  switch (question.answer) {
    case "yes-no":
      return question.required ? "choice" : "check";
    case "number":
    case "choice":
    case "choices":
    case "date":
    case "time":
    case "text":
      return question.answer;
    // On paper a time zone is written by hand, like a line of text.
    case "time-zone":
      return "text";
    default:
      throw new Error(`${question.path}: a ${question.answer} answer has no place on paper`);
  }
}

function isOnPaper({ question, signature }: PlacedQuestion): boolean {
  if (NOT_ON_PAPER.has(question.answer)) return false;
  // Inside a signature, only what a hand writes stays: the name and the date.
  return !signature || question.answer === "text" || question.answer === "date";
}

/**
 * Replaces the `#` of each list, outermost first, by row numbers, row by row: all of
 * item 0's answers, then item 1's, as a person fills them in (and as the PDF's tab
 * order runs). The answers of one list are consecutive among the questions, so they
 * are taken together; a list inside a list is expanded by the recursive call.
 */
function expandLists(entries: { name?: string; placed: PlacedQuestion }[], depth: number): { name: string; placed: PlacedQuestion }[] {
  const result: { name: string; placed: PlacedQuestion }[] = [];
  for (let start = 0; start < entries.length; ) {
    const first = entries[start] as { name?: string; placed: PlacedQuestion };
    const list = first.placed.lists[depth];
    let end = start + 1;
    while (list !== undefined && end < entries.length && entries[end]?.placed.lists[depth] === list) end++;
    const group = entries.slice(start, end).map((entry) => ({ name: entry.name ?? entry.placed.question.path, placed: entry.placed }));
    if (list === undefined) result.push(...group);
    else {
      for (let row = 0; row < paperListRows(list); row++) {
        // The first "#" left in a name is this list's, since outer lists were numbered first.
        result.push(...expandLists(group.map(({ name, placed }) => ({ name: name.replace(ITEM, String(row)), placed })), depth + 1));
      }
    }
    start = end;
  }
  return result;
}
