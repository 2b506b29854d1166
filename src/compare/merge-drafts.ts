import { parsePath, setAt } from "../contract/field-path.ts";
import { DRAFT_OF, PARTNERS, SIGNATURES, type Partner } from "../layout/contract-names.ts";
import type { Question } from "../layout/layout-types.ts";
import type { Change } from "./list-changes.ts";

/** The two partners' drafts, each already parsed, migrated and validated, by whose they are. */
export type PartnerDrafts = Readonly<Record<Partner, Record<string, unknown>>>;

/** How a person settled one conflict: one partner's answer, or a third they wrote. */
export type Resolution = { take: Partner } | { write: string };

/** Two drafts brought together, and what it took. */
export interface DraftMerge {
  /**
   * The merged contract, unsigned and no longer anyone's draft; undefined while a
   * conflict has no resolution (nothing is decided for the couple).
   */
  contract?: Record<string, unknown>;
  /** Shared answers the two drafts give differently: `before` is A's answer, `after` B's. */
  conflicts: Change[];
  /** The conflicts still waiting for a resolution. */
  unresolved: Change[];
  /** Shared answers only one of the two drafts gives, taken without asking. */
  onlyOne: number;
  /**
   * A partner's own answers that their draft left out and the other's draft gives
   * (each can name both partners): taken so that no word is lost.
   */
  fromOther: Change[];
}

/**
 * Brings two partners' drafts together into one contract. Each partner's answers
 * come from that partner's own draft, whatever the other draft says about them
 * (only an answer their own draft lacks is taken from the other's); a shared
 * answer both give the same, or only one gives, is taken as it is; a shared answer
 * they give differently is a conflict, settled only by a resolution for its path,
 * never by the program. Signatures never merge, and the result is nobody's draft.
 * `changes` is every difference between the two, `listChanges(layout, drafts.a,
 * drafts.b)`, computed by the caller: the workbook's own script already holds
 * listChanges, and the merge is a chunk of its own, loaded on demand.
 */
export function mergeDrafts(drafts: PartnerDrafts, changes: readonly Change[], resolutions: Readonly<Record<string, Resolution>> = {}): DraftMerge {
  const merged = structuredClone(drafts.a);
  const conflicts: Change[] = [];
  const unresolved: Change[] = [];
  const fromOther: Change[] = [];
  let onlyOne = 0;
  // Every difference between the two drafts, A's answer as `before` and B's as `after`.
  for (const change of changes) {
    if (change.signature) continue;
    const given = { a: change.before, b: change.after };
    if (change.partner) {
      const own = given[change.partner];
      if (own === undefined) fromOther.push(change);
      setAnswer(merged, change.path, own ?? given[otherOf(change.partner)]);
    } else if (change.before === undefined || change.after === undefined) {
      onlyOne++;
      setAnswer(merged, change.path, change.before ?? change.after);
    } else {
      conflicts.push(change);
      const resolution = resolutions[change.path];
      if (resolution === undefined) unresolved.push(change);
      else setAnswer(merged, change.path, "take" in resolution ? given[resolution.take] : resolution.write);
    }
  }
  carryOver(merged, drafts.b);
  delete merged[DRAFT_OF];
  const signatures = merged[SIGNATURES];
  if (typeof signatures === "object" && signatures !== null) {
    for (const partner of PARTNERS) delete (signatures as Record<string, unknown>)[partner];
  }
  return { ...(unresolved.length === 0 ? { contract: merged } : {}), conflicts, unresolved, onlyOne, fromOther };
}

/** Resolves every conflict one way: `--prefer a` takes partner A's answer each time. */
export function preferAll(conflicts: readonly Change[], partner: Partner): Record<string, Resolution> {
  return Object.fromEntries(conflicts.map((conflict) => [conflict.path, { take: partner }]));
}

/**
 * True when a conflict may be settled with a third answer the person writes: free
 * text. A choice, a number or a date keeps to one of the two answers given, which
 * are both answers the schema accepts.
 */
export function canWriteThird(question: Pick<Question, "answer">): boolean {
  return question.answer === "text";
}

/** The other partner. */
export function otherOf(partner: Partner): Partner {
  return partner === "a" ? "b" : "a";
}

/** Writes (or, for undefined, removes) one answer, leaving a list item in its place. */
function setAnswer(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = parsePath(path);
  // setAt splices a list when given undefined at an index: a scalar list item is emptied, not shifted.
  if (value === undefined && typeof keys.at(-1) === "number") return;
  setAt(data, keys, value);
}

/**
 * The values the program carries at the root (the renewal chain: every value there
 * that is not a section of answers, which listChanges never lists) come with the
 * answers: from A's draft, or B's where A's has none. Whose draft it was does not.
 */
function carryOver(merged: Record<string, unknown>, other: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(other)) {
    if (key !== DRAFT_OF && typeof value !== "object" && merged[key] === undefined) merged[key] = value;
  }
}
