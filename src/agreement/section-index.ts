import { PARTNERS, type Partner } from "../layout/contract-names.ts";
import type { List, Question, Section } from "../layout/layout-types.ts";
import { listSectionQuestions } from "../layout/list-questions.ts";

/** What a section's clauses can name: its questions and lists by path, and how each question's phrases are keyed. */
export interface SectionIndex {
  section: Section;
  /**
   * Every question of the section by its path (`rituals.list.#.name`); one choice of
   * a set of choices too (`defaultMoves.moves.#`), for a clause that lists the choices
   * made, one per line.
   */
  questions: Map<string, Question>;
  /** Every list of the section by its path (`rituals.list`). */
  lists: Map<string, List>;
  /** The key of a question's phrases: its path within the section without partner or item marks ("rhythm", "list.frequency"). */
  phraseKeys: Map<string, string>;
  /** True when the section asks each partner the same questions, so a clause can be said for each partner. */
  paired: boolean;
}

const INDEXES = new WeakMap<Section, SectionIndex>();

/** Indexes a section of the layout for its clauses (once per section: layouts are shared). */
export function indexSection(section: Section): SectionIndex {
  let index = INDEXES.get(section);
  if (index) return index;
  const questions = new Map<string, Question>();
  const lists = new Map<string, List>();
  const phraseKeys = new Map<string, string>();
  for (const placed of listSectionQuestions(section)) {
    const { question } = placed;
    questions.set(question.path, question);
    if (question.answer === "choices") questions.set(`${question.path}.#`, { ...question, answer: "choice" });
    for (const list of placed.lists) lists.set(list.path, list);
    const keys = question.path.split(".").slice(1).filter((key) => key !== "#");
    // A partner's answer is keyed like the other partner's: the partner's key is where the paths differ.
    const at = placed.partner ? keys.indexOf(placed.partner) : -1;
    phraseKeys.set(question.path, keys.filter((_, position) => position !== at).join("."));
  }
  index = { section, questions, lists, phraseKeys, paired: section.partners !== undefined };
  INDEXES.set(section, index);
  return index;
}

/** Where a template's paths start from: the section, or one item of a list; and, in a clause said for each partner, whose turn it is. */
export interface Place {
  /** The path a relative path is joined to, with `#` for an item: `batteryPack`, `rituals.list.#`. */
  base: string;
  /** The same with the item's number: `rituals.list.2`. */
  dataBase: string;
  partner?: Partner;
}

/** A placeholder's path made absolute: as the layout has it (`#` for items) and as the data has it (numbered). */
export type Resolved = { ok: true; path: string; dataPath: string } | { ok: false; message: string };

/**
 * Makes a placeholder's path absolute: `self.` and `other.` become the partner whose
 * turn it is and the other one, "." is a list's item itself, and anything else is
 * joined to the section (or the item).
 */
export function resolvePath(relative: string, place: Place): Resolved {
  if (relative === ".") {
    if (!place.base.endsWith("#")) return { ok: false, message: `"." stands for a list's item, and only an item's template has one` };
    return { ok: true, path: place.base, dataPath: place.dataBase };
  }
  const keys = relative.split(".");
  if (keys[0] === "self" || keys[0] === "other") {
    if (!place.partner) return { ok: false, message: `"${keys[0]}" names a partner only in a clause said for each partner ("each": "partner")` };
    keys[0] = keys[0] === "self" ? place.partner : otherPartner(place.partner);
  }
  const rest = keys.join(".");
  return { ok: true, path: `${place.base}.${rest}`, dataPath: `${place.dataBase}.${rest}` };
}

/** The other partner. */
export function otherPartner(partner: Partner): Partner {
  return PARTNERS.find((other) => other !== partner) as Partner;
}
