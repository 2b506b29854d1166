import type { ChangeStep } from "../../compare/change-list.ts";
import { fieldId } from "../../layout/field-id.ts";
import { element } from "../element.ts";

/**
 * The renewal's "What changed since version N" as GOV.UK summary lists, one per
 * step: each changed answer with the signed version's value and today's side by
 * side (stacked on a phone), and a Change link to its question. Text nodes only: an
 * answer is what a person typed, never markup. "No changes yet" when the list is empty.
 */
export function renderChangeList(steps: ChangeStep[], previousVersion: number, headingLevel: "h3" | "h4" = "h4"): Node[] {
  if (steps.length === 0) return [element("p", { className: "change-none", attributes: { "data-change-none": "" }, children: ["No changes yet: every answer is as you signed it in version " + previousVersion + "."] })];
  return steps.flatMap((step) => [
    element(headingLevel, { className: "check-section-title", children: [step.heading] }),
    element("dl", {
      className: "summary-list change-list",
      children: step.entries.map((entry) =>
        element("div", {
          className: "summary-row",
          attributes: { "data-change": entry.path },
          children: [
            element("dt", { className: "summary-key", children: [entry.label] }),
            element("dd", {
              className: "summary-value change-values",
              children: [side(`Version ${previousVersion}`, entry.before, "change-before"), side("Now", entry.after, "change-after")],
            }),
            element("dd", {
              className: "summary-action",
              children: [element("a", { attributes: { href: `#${fieldId(entry.target)}` }, children: ["Change", element("span", { className: "visually-hidden", children: [` ${entry.label}`] })] })],
            }),
          ],
        }),
      ),
    }),
  ]);
}

function side(title: string, value: string, className: string): HTMLElement {
  return element("span", {
    className: `change-side ${className}`,
    children: [element("span", { className: "change-side-title", children: [title] }), element("span", { attributes: { dir: "auto" }, children: [value] })],
  });
}
