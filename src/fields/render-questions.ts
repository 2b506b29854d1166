import type { ObjectNode } from "../schema/schema-node.ts";
import { escapeHtml } from "./escape-html.ts";
import { hasPartners, listSections } from "./sections.ts";
import type { SchemaNode } from "../schema/schema-node.ts";

/**
 * Renders the questions of one guide step from the contract schema, as the guide
 * shows them at the end of the step: what each partner answers, then what the two
 * of you answer together, with a link to that step's section of the workbook.
 * Returns an empty string for a step the schema has no section for.
 */
export function renderQuestions(tree: SchemaNode, step: number): string {
  const section = listSections(tree).find((candidate) => candidate.step === step);
  if (!section) return "";
  const each = hasPartners(section.node) ? questionsOf(section.node.properties.a as ObjectNode) : [];
  const together = questionsOf(section.node, hasPartners(section.node));
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

function questionsOf(node: ObjectNode, skipPartners = false): string[] {
  return Object.entries(node.properties).flatMap(([key, child]) => {
    if (skipPartners && (key === "a" || key === "b")) return [];
    if (child.type === "object") {
      // A group (the weekly check-in) is one question with parts: name the group and its parts.
      const parts = Object.values(child.properties).map((part) => (part.title ?? "").toLowerCase());
      return [`${child.title ?? key}: ${parts.join(", ")}`];
    }
    return [child.title ?? key];
  });
}
