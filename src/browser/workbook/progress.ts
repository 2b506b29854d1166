import { getAt, parsePath } from "../../contract/field-path.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import { listSectionQuestions } from "../../layout/list-questions.ts";

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
export function sectionProgress(layout: ContractLayout, data: Record<string, unknown>): SectionProgress[] {
  return layout.sections.map((section) => {
    const questions = new Set<string>();
    for (const { question, lists } of listSectionQuestions(section)) {
      if (question.answer === "computed" || question.answer === "drawing" || question.answer === "fixed") continue;
      questions.add(lists[0]?.path ?? question.path);
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
