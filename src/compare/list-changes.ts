import { getAt, parsePath } from "../contract/field-path.ts";
import type { Partner } from "../layout/contract-names.ts";
import { isCarried } from "../layout/is-carried.ts";
import type { Question, Section } from "../layout/layout-types.ts";
import { listQuestions } from "../layout/list-questions.ts";
import type { ContractLayout } from "../layout/layout-types.ts";
import { ITEM } from "../schema/list-leaves.ts";

/** One answer that differs between two versions of a contract, where it stands. */
export interface Change {
  /** The concrete path of the answer: `rituals.list.1.name`. */
  path: string;
  question: Question;
  /** The step or part of the contract it belongs to. */
  section?: Section;
  /** The partner whose answer it is, for a question asked of each partner. */
  partner?: Partner;
  /** Its list item, numbered from 1 as people count ("Ritual 2"), inside a list. */
  item?: { title: string; number: number };
  /** It is part of a partner's signature. */
  signature: boolean;
  /** The answer in the first version (undefined when it had none). */
  before: unknown;
  /** The answer in the second version (undefined when it has none). */
  after: unknown;
}

/**
 * Every answer that differs between two versions of a contract, in the schema's
 * order (the order of the steps): the one comparison behind the renewal's change
 * list, `diff`, the merge of two partner drafts and the two-tab notice. Values the
 * program carries (the renewal chain, whose draft a file is) and the fixed schema
 * version are not answers and never listed. An empty string, an empty list and a
 * missing answer are the same: nothing written. A partner's signature is listed
 * once, at its first part that differs.
 */
export function listChanges(layout: ContractLayout, before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  for (const { question, section, partner, lists, signature } of listQuestions(layout)) {
    if (question.answer === "fixed" || isCarried(question)) continue;
    for (const { path, item } of concretePaths(question.path, lists[0], before, after)) {
      const [old, now] = [answerAt(before, path), answerAt(after, path)];
      if (sameAnswer(old, now)) continue;
      // A signature is one thing to a person, whatever part of it differs.
      if (signature && changes.some((change) => change.signature && change.partner === partner)) continue;
      changes.push({ path, question, section, partner, item, signature, before: old, after: now });
    }
  }
  return changes;
}

/** True when two answers are the same (nothing written counts as one answer). */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The answer at a concrete path, with an empty string or list read as no answer. */
function answerAt(data: unknown, path: string): unknown {
  const value = getAt(data, parsePath(path));
  if (typeof value === "string" && value.trim() === "") return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

/** The concrete paths of a question inside a list: one per item either version has. */
function concretePaths(path: string, list: { path: string; itemTitle: string } | undefined, before: unknown, after: unknown): { path: string; item?: Change["item"] }[] {
  if (!path.includes(ITEM) || list === undefined) return [{ path }];
  // The contract has no list inside a list, so only the outermost `#` is numbered.
  const count = Math.max(lengthOf(getAt(before, parsePath(list.path))), lengthOf(getAt(after, parsePath(list.path))));
  return Array.from({ length: count }, (_, index) => ({
    path: path.replace(ITEM, String(index)),
    item: { title: list.itemTitle, number: index + 1 },
  }));
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}
