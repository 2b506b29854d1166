import type { Agreement, AgreementClause, Run } from "../../agreement/agreement-types.ts";
import { element } from "../element.ts";
import { typedText } from "./typed-text.ts";

/**
 * Renders the agreement in sentences: the preamble, a numbered section per step
 * with its numbered clauses ("3.2"), and the closing promise. Each clause is a
 * paragraph (and a list, for a list clause), so a printed PDF tags them as such;
 * what a person typed goes in through typedText, as text.
 */
export function renderAgreementView(agreement: Agreement): HTMLElement[] {
  return [
    element("section", { className: "agreement-preamble", attributes: { "aria-label": "Who and when" }, children: agreement.preamble.map(renderClause) }),
    ...agreement.sections.map((section) => {
      const id = `agreement-${section.id}`;
      return element("section", {
        className: "agreement-section",
        attributes: { id, "aria-labelledby": `${id}-title`, "data-section": section.key },
        children: [
          // One text node: Chromium's bookmarks and tags take a heading's words without the space between two nodes.
          element("h3", { attributes: { id: `${id}-title` }, children: [`${section.number}. ${section.heading}`] }),
          ...section.clauses.map(renderClause),
        ],
      });
    }),
    ...(agreement.closing.clauses.length
      ? [
          element("section", {
            className: "agreement-closing",
            attributes: { id: "agreement-closing", "aria-labelledby": "agreement-closing-title" },
            children: [element("h3", { attributes: { id: "agreement-closing-title" }, children: [agreement.closing.heading] }), ...agreement.closing.clauses.map(renderClause)],
          }),
        ]
      : []),
  ];
}

function renderClause(clause: AgreementClause): HTMLElement {
  const number = clause.number ? [element("span", { className: "clause-number", children: [clause.number] }), " "] : [];
  const attributes: Record<string, string> = { "data-clause": clause.id, ...(clause.number ? { id: `clause-${clause.number.replace(".", "-")}` } : {}) };
  const sentence = element("p", { className: "clause-text", children: [...number, ...runNodes(clause.runs)] });
  if (!clause.items) return element("div", { className: "clause", attributes, children: [sentence] });
  return element("div", {
    className: "clause clause-list",
    attributes,
    children: [sentence, element("ul", { className: "clause-items", children: clause.items.map((item) => element("li", { children: runNodes(item) })) })],
  });
}

function runNodes(runs: readonly Run[]): Node[] {
  return runs.map((run) => {
    if (run.kind === "words") return document.createTextNode(run.text);
    const typed = typedText(run.text, "clause-typed");
    typed.dataset.answer = run.path;
    return typed;
  });
}
