import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerName } from "../../contract/partners.ts";
import type { Partner } from "../../layout/contract-names.ts";
import { fieldId } from "../../layout/field-id.ts";
import type { ContractLayout, List } from "../../layout/layout-types.ts";
import { listSectionQuestions, type PlacedQuestion } from "../../layout/list-questions.ts";
import { ITEM } from "../../schema/list-leaves.ts";
import type { SchemaNode } from "../../schema/schema-node.ts";

/** One answer on "check your answers": the question, whose it is, the answer, and where to change it. */
export interface AnswerRow {
  question: string;
  /** The partner whose answer it is, for a question asked of each. */
  partner?: Partner;
  /** "Ritual 2", for an answer inside a list item. */
  item?: string;
  /** The answer as stored; undefined when there is none yet. */
  value: unknown;
  node: SchemaNode;
  required: boolean;
  /** The id of the control to change it at (the fragment of the "Change" link). */
  target: string;
}

/** A heading on "check your answers" and the rows under it: a section, a partner's part of it, or the two together. */
export interface AnswerGroup {
  /** The section's view id (step-1). */
  view: string;
  title: string;
  /** Under the section's title: "Maya's answers", "Together"; none for a section answered as one. */
  part?: string;
  rows: AnswerRow[];
}

/**
 * Every answer of the contract's sections before signing, grouped by section and,
 * where both partners answer, by partner, in the order of the form: what "check your
 * answers" lists, each with the id of its control. A list shows its items' answers,
 * or one row for the list while it has none; what no one types (the version, a
 * fingerprint, a drawing) is left out. `titles` gives a section's title by its id.
 */
export function answerRows(layout: ContractLayout, data: Record<string, unknown>, titles: (view: string) => string | undefined = () => undefined): AnswerGroup[] {
  const groups: AnswerGroup[] = [];
  for (const section of layout.sections) {
    if (section.role === "signing") continue;
    const title = titles(section.id) ?? section.title;
    const byPart = new Map<string, AnswerGroup>();
    const groupFor = (partner: Partner | undefined) => {
      const key = partner ?? "together";
      let group = byPart.get(key);
      if (!group) {
        const part = section.partners ? (partner ? `${partnerName(data, partner)}’s answers` : "Together") : undefined;
        group = { view: section.id, title, ...(part ? { part } : {}), rows: [] };
        byPart.set(key, group);
        groups.push(group);
      }
      return group;
    };
    const listsDone = new Set<List>();
    for (const placed of listSectionQuestions(section)) {
      const { question, lists, partner } = placed;
      if (placed.signature || question.answer === "computed" || question.answer === "drawing" || question.answer === "fixed") continue;
      const list = lists[0];
      const group = groupFor(partner);
      if (!list) {
        group.rows.push(row(placed, question.path, data));
        continue;
      }
      if (listsDone.has(list)) continue;
      listsDone.add(list);
      group.rows.push(...listRows(list, listSectionQuestions(section).filter((other) => other.lists[0] === list), data));
    }
  }
  return groups;
}

/** The rows of a list: each item's answers, "Ritual 1: What the ritual is"; or the list itself while it is empty. */
function listRows(list: List, questions: PlacedQuestion[], data: Record<string, unknown>): AnswerRow[] {
  const items = getAt(data, parsePath(list.path));
  const count = Array.isArray(items) ? items.length : 0;
  if (count === 0) {
    return [{ question: list.title, value: undefined, node: questions[0]!.question.node, required: list.required, target: fieldId(list.path) }];
  }
  return Array.from({ length: count }, (_, index) =>
    questions.map((placed) => {
      const path = placed.question.path.replace(ITEM, String(index));
      const item = `${list.itemTitle} ${index + 1}`;
      const question = list.scalar ? list.title : placed.question.title;
      return { ...row(placed, path, data), question, item };
    }),
  ).flat();
}

function row({ question, partner }: PlacedQuestion, path: string, data: Record<string, unknown>): AnswerRow {
  return {
    question: question.title,
    ...(partner ? { partner } : {}),
    value: getAt(data, parsePath(path)),
    node: question.node,
    required: question.required,
    target: fieldId(path),
  };
}
