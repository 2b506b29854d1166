import { PARTNERS } from "../../layout/contract-names.ts";
import type { ContractDocument, DocumentSection, Entry } from "./document-types.ts";
import { element } from "../element.ts";
import { renderAnswer, renderFields } from "./render-answer.ts";
import { renderSigning } from "./render-signing.ts";
import { visibleControls } from "./visible-controls.ts";

/**
 * Renders a contract document as DOM, with text nodes only: every answer, name and
 * title is inserted as text, so what a person typed can never become markup. The
 * headings start at h2, under the page's own h1.
 */
export function renderContract(doc: ContractDocument): HTMLElement {
  return element("article", {
    className: "contract-document",
    attributes: { "aria-labelledby": "contract-title" },
    children: [renderHead(doc), ...doc.sections.map(renderSection), ...(doc.signing ? [renderSigning(doc.signing, doc.dates.review)] : [])],
  });
}

function renderHead(doc: ContractDocument): HTMLElement {
  const date = (term: string, value: string | undefined) =>
    element("div", {
      className: "contract-field",
      children: [element("dt", { children: [term] }), element("dd", { children: [renderAnswer(value ? { kind: "text", text: value } : { kind: "missing", optional: false })] })],
    });
  return element("header", {
    className: "contract-head",
    children: [
      element("h2", { className: "contract-title", attributes: { id: "contract-title" }, children: visibleControls(doc.title) }),
      element("dl", { className: "contract-dates", children: [date("Starts on", doc.dates.start), date("Review together on", doc.dates.review)] }),
    ],
  });
}

function renderSection(section: DocumentSection): HTMLElement {
  const id = `contract-${section.id}`;
  return element("section", {
    className: "contract-section",
    attributes: { id, "aria-labelledby": `${id}-title`, "data-section": section.key },
    children: [
      element("h3", { attributes: { id: `${id}-title` }, children: [section.heading] }),
      ...section.entries.map((entry) => renderEntry(entry, section.columns)),
    ],
  });
}

function renderEntry(entry: Entry, columns: DocumentSection["columns"]): HTMLElement {
  const question = element("h4", { className: "contract-question", children: [entry.question] });
  switch (entry.kind) {
    case "paired":
      return element("div", {
        className: "contract-answer contract-answer-paired",
        children: [
          question,
          element("dl", {
            className: "contract-pair",
            children: PARTNERS.map((partner) =>
              element("div", {
                className: `contract-partner contract-partner-${partner}`,
                children: [
                  element("dt", { children: visibleControls(columns[partner]) }),
                  element("dd", { attributes: { "data-path": entry.paths[partner] }, children: [renderAnswer(entry[partner])] }),
                ],
              }),
            ),
          }),
        ],
      });
    case "shared":
      return element("div", {
        className: "contract-answer",
        children: [question, element("div", { className: "contract-value", attributes: { "data-path": entry.path }, children: [renderAnswer(entry.answer)] })],
      });
    case "group":
      return element("div", {
        className: "contract-answer contract-answer-group",
        attributes: { "data-path": entry.path },
        children: [question, renderFields(entry.fields)],
      });
  }
}
