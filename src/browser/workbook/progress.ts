import { getAt, parsePath } from "../../contract/field-path.ts";
import { listSections } from "../../fields/sections.ts";
import { ITEM, listLeaves } from "../../schema/list-leaves.ts";
import type { SchemaNode } from "../../schema/schema-node.ts";

/** How far one section is answered. */
export interface SectionProgress {
  key: string;
  answered: number;
  total: number;
}

/**
 * Counts the questions of each section and how many have an answer. A list counts
 * as one question, answered once it has an item; what the page fills itself (the
 * version, a drawing's strokes, a fingerprint) is not a question.
 */
export function sectionProgress(tree: SchemaNode, data: Record<string, unknown>): SectionProgress[] {
  return listSections(tree).map((section) => {
    const questions = new Set<string>();
    for (const leaf of listLeaves(section.node, section.key)) {
      if (leaf.node.readOnly || (leaf.node.type === "array" && leaf.node.items.type === "array")) continue;
      const itemAt = leaf.path.indexOf(`.${ITEM}`);
      questions.add(itemAt === -1 ? leaf.path : leaf.path.slice(0, itemAt));
    }
    let answered = 0;
    for (const path of questions) {
      const value = getAt(data, parsePath(path));
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) answered++;
    }
    return { key: section.key, answered, total: questions.size };
  });
}

/** Writes each section's progress mark. */
export function showProgress(form: HTMLFormElement, progress: SectionProgress[]): void {
  for (const { key, answered, total } of progress) {
    const mark = form.querySelector<HTMLElement>(`[data-progress="${CSS.escape(key)}"]`);
    if (!mark) continue;
    mark.textContent = answered === 0 ? `Not started: ${total} questions` : `${answered} of ${total} answered`;
    mark.classList.toggle("is-complete", answered === total);
    mark.classList.toggle("is-started", answered > 0 && answered < total);
  }
}
