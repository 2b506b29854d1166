import { pairsOf, sharedEntries } from "../layout/find-entry.ts";
import type { ContractLayout, Entry } from "../layout/layout-types.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * Renders the questions of one guide step from the contract's layout, as the guide
 * shows them at the end of the step: what each partner answers, then what the two
 * of you answer together, with a link to that step's section of the workbook.
 * Returns an empty string for a step the schema has no section for.
 */
export function renderQuestions(layout: ContractLayout, step: number): string {
  const section = layout.sections.find((candidate) => candidate.step === step);
  if (!section) return "";
  const each = pairsOf(section).map((pair) => questionOf(pair.partners.a));
  const together = sharedEntries(section).map(questionOf);
  const list = (title: string, items: string[]) =>
    items.length
      ? `<h3 class="questions-heading">${title}</h3>\n<ul class="questions-list">\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`
      : "";
  return `<section class="step-questions" aria-labelledby="step-questions-title">
<h2 id="step-questions-title">Your questions for this step</h2>
<p>When you have talked this step through, write your answers in the workbook. What you write there stays on your device.</p>
${list("Each of you answers", each)}
${list("The two of you answer together", together)}
<p><a class="button" href="/workbook/#${section.id}">Answer them in the workbook</a></p>
</section>`;
}

/** One line per question; a group (the weekly check-in) is one question with parts, named with its parts. */
function questionOf(entry: Entry): string {
  if (entry.kind !== "group") return entry.title;
  return `${entry.title}: ${entry.entries.map((part) => part.title.toLowerCase()).join(", ")}`;
}
