import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerName } from "../../contract/partners.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import { isCarried } from "../../layout/is-carried.ts";
import { listQuestions } from "../../layout/list-questions.ts";
import { ITEM } from "../../schema/list-leaves.ts";

/**
 * The answers that differ between two versions of a contract, as a person reads
 * them: "Maya: “My rhythm”", "Ritual 2: “How often”", "Jonas’s signature". Each
 * signature counts once, whatever part of it differs. In the schema's order; the
 * names are this tab's (`mine`), or the other's where this one has none.
 */
export function differingAnswers(layout: ContractLayout, mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const labels: string[] = [];
  const name = (partner: "a" | "b") => {
    const own = partnerName(mine, partner);
    return own.startsWith("Partner ") ? partnerName(theirs, partner) : own;
  };
  for (const { question, partner, lists, signature } of listQuestions(layout)) {
    if (question.answer === "fixed" || isCarried(question)) continue;
    const label = (item?: string) => {
      if (signature && partner) return `${name(partner)}’s signature`;
      const where = [partner ? name(partner) : "", item ?? ""].filter(Boolean).join(", ");
      return `${where ? `${where}: ` : ""}“${question.title}”`;
    };
    for (const { path, item } of expand(question.path, lists.map((list) => list.itemTitle), lists.map((list) => list.path), mine, theirs)) {
      const [a, b] = [getAt(mine, parsePath(path)), getAt(theirs, parsePath(path))];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const text = label(item);
      if (!labels.includes(text)) labels.push(text);
    }
  }
  return labels;
}

/** The concrete paths of a question inside lists: one per item either version has ("Ritual 2"). */
function expand(path: string, itemTitles: string[], listPaths: string[], mine: unknown, theirs: unknown): { path: string; item?: string }[] {
  if (!path.includes(ITEM)) return [{ path }];
  // Only the outermost list is numbered in the label: the contract has no list inside a list.
  const listPath = listPaths[0] as string;
  const count = Math.max(lengthOf(getAt(mine, parsePath(listPath))), lengthOf(getAt(theirs, parsePath(listPath))));
  return Array.from({ length: count }, (_, index) => ({ path: path.replace(ITEM, String(index)), item: `${itemTitles[0]} ${index + 1}` }));
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}
