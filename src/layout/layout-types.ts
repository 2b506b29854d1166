import type { SchemaNode } from "../schema/schema-node.ts";
import type { Partner } from "./contract-names.ts";

/**
 * The one layout of a contract: what every view needs to know about the questions,
 * decided once from the schema (see layout-contract.ts). Views (the workbook form,
 * the printed workbook, the step questions, the contract document, the PDF import)
 * walk this tree; none of them walks the raw schema or names a partner key itself.
 */
export interface ContractLayout {
  /** The schema's title: "Autonomy Contract". */
  title: string;
  hint?: string;
  /** The `const` of the root's schemaVersion. */
  version: number;
  /** Answers at the root, outside any section: the schema version, which is fixed and never asked. */
  root: Exclude<Entry, Pair>[];
  sections: Section[];
}

/** What kind of answer a question takes, which decides its control on screen and on paper. */
export type AnswerKind =
  /** Free text; `limits.maxLength` says how much. */
  | "text"
  | "number"
  /** A calendar date, stored as YYYY-MM-DD. */
  | "date"
  /** A time of day on the 24-hour clock, stored as HH:MM. */
  | "time"
  /** An IANA time zone (`Europe/London`), chosen from the zones the device knows (`x-widget: "time-zone"`). */
  | "time-zone"
  /** One of `choices`. */
  | "choice"
  /** Any number of `choices`. */
  | "choices"
  | "yes-no"
  /** A value the schema fixes (`const`): never asked. */
  | "fixed"
  /** A value the program works out (`readOnly`: a signature's fingerprint): never typed. */
  | "computed"
  /** Pen strokes a screen records (a drawn signature). */
  | "drawing";

/** The limits a schema puts on an answer, by JSON Schema's own names. */
export interface Limits {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** The step between allowed numbers: `multipleOf`, or 1 for an integer. */
  step?: number;
  integer?: boolean;
  pattern?: string;
  /** The one allowed value of a fixed answer. */
  value?: number;
}

/** What every entry of a layout has. */
interface EntryBase {
  /** The property name in its object: `rhythm`. */
  key: string;
  /**
   * The dotted path of the answer in a contract: `batteryPack.a.rhythm`; inside a
   * list the item is `#`: `rituals.list.#.name`.
   */
  path: string;
  /** The schema's title (the question as people read it), or the key when it has none. */
  title: string;
  /** The schema's description: the hint under the question. */
  hint?: string;
  /** Required at every level from the root, or from its list item. */
  required: boolean;
}

/** A question with one answer. */
export interface Question extends EntryBase {
  kind: "question";
  answer: AnswerKind;
  /** The choices of a "choice" or "choices" answer, in the schema's order; empty otherwise. */
  choices: string[];
  limits: Limits;
  /** The resolved schema node, for the validators and the formatting of values. */
  node: SchemaNode;
}

/** Answers that belong together under a title (the weekly check-in: day, time, questions). */
export interface Group extends EntryBase {
  kind: "group";
  /** Set when the group holds one set of answers per partner. */
  partners?: PartnerBlock;
  entries: Entry[];
}

/** A list a couple can add items to (their rituals, moves of their own). */
export interface List extends EntryBase {
  kind: "list";
  /** The path of any item: `rituals.list.#`. */
  itemPath: string;
  /** What one item is called: "Ritual". */
  itemTitle: string;
  minItems: number;
  maxItems: number;
  /** No item may appear twice. */
  unique: boolean;
  /** True when each item is one value (a line of text), false when it is a set of answers. */
  scalar: boolean;
  /** The answers of one item, at paths under `itemPath`; a scalar list has one, at `itemPath` itself. */
  item: Entry[];
}

/** The same question asked of each partner, with each partner's own answer. */
export interface Pair {
  kind: "pair";
  key: string;
  title: string;
  hint?: string;
  /** Each partner's path: `{ a: "batteryPack.a.rhythm", b: "batteryPack.b.rhythm" }`. */
  paths: Record<Partner, string>;
  /** Each partner's entry, alike but for its path (and whether that partner must answer). */
  partners: Record<Partner, PartnerEntry>;
}

/** What a partner answers inside a pair. */
export type PartnerEntry = Question | Group | List;

/** One entry of a section or a group, in the schema's order. */
export type Entry = Question | Group | List | Pair;

/** The object that holds each partner's answers of a section or group. */
export interface PartnerBlock {
  /** The title of one partner's part ("Battery pack", "Signature"). */
  title: string;
  hint?: string;
  paths: Record<Partner, string>;
  required: Record<Partner, boolean>;
  /** Each partner's part is a signature (`x-widget: "signature"`). */
  signature: boolean;
}

/** What a section is for, as the views treat it. */
export type SectionRole = "couple" | "step" | "signing" | "other";

/** A part of the contract: a top-level object of the schema, a step of the guide or not. */
export interface Section {
  key: string;
  /** The fragment the guide and the views link to: `step-3`, `about-you`, `signing`. */
  id: string;
  /** Its path is its key. */
  path: string;
  /** The guide step it belongs to (`x-step`). */
  step?: number;
  title: string;
  hint?: string;
  required: boolean;
  role: SectionRole;
  /** Set when the section holds one set of answers per partner (the pairs among its entries). */
  partners?: PartnerBlock;
  entries: Entry[];
}
