import { possessive } from "../../agreement/pronouns.ts";
import { PARTNERS } from "../../layout/contract-names.ts";
import type { Answer, ContractDocument, DocumentSection, Entry, Field } from "./document-types.ts";
import { element } from "../element.ts";
import { changeLink } from "./change-link.ts";
import { renderAnswer, renderFields } from "./render-answer.ts";
import { typedText } from "./typed-text.ts";

/**
 * Renders the schedule: every answer in full, step by step, as the workbook asked
 * it, each with a "Change" link back to its question in the workbook. The
 * agreement above is written from these answers; this is the record of them.
 */
export function renderSchedule(doc: ContractDocument): HTMLElement {
  return element("section", {
    className: "contract-schedule",
    attributes: { id: "contract-schedule", "aria-labelledby": "contract-schedule-title" },
    children: [
      element("h3", { attributes: { id: "contract-schedule-title" }, children: ["Schedule: your answers in full"] }),
      element("p", { className: "contract-note", children: ["Every answer as you wrote it in the workbook, step by step. The agreement above is written from these answers."] }),
      ...doc.sections.map(renderSection),
    ],
  });
}

function renderSection(section: DocumentSection): HTMLElement {
  const id = `contract-${section.id}`;
  return element("section", {
    className: "contract-section",
    attributes: { id, "aria-labelledby": `${id}-title`, "data-section": section.key },
    children: [element("h4", { attributes: { id: `${id}-title` }, children: [section.heading] }), ...section.entries.map((entry) => renderEntry(entry, section.columns))],
  });
}

function renderEntry(entry: Entry, columns: DocumentSection["columns"]): HTMLElement {
  const question = element("h5", { className: "contract-question", children: [entry.question] });
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
                  element("dt", { children: [typedText(columns[partner], "contract-name")] }),
                  element("dd", { children: answerWithChange(entry[partner], entry.paths[partner], `${possessive(columns[partner])} answer to “${entry.question}”`) }),
                ],
              }),
            ),
          }),
        ],
      });
    case "shared":
      return element("div", {
        className: "contract-answer",
        children: [question, element("div", { className: "contract-shared", children: answerWithChange(entry.answer, entry.path, `“${entry.question}”`) })],
      });
    case "group":
      return element("div", {
        className: "contract-answer contract-answer-group",
        attributes: { "data-path": entry.path },
        children: [question, fieldsWithChange(entry.fields, "")],
      });
  }
}

/**
 * An answer (in an element that carries its path) and its "Change" link. A list of
 * items with answers of their own (the rituals) gets a link per answer of each item
 * instead, named by the item ("ritual 2"); a list of lines, or an empty list, one
 * link to the list.
 */
function answerWithChange(answer: Answer, path: string, what: string): (Node | string)[] {
  const wide = answer.kind === "text" ? "" : " contract-value-wide";
  const value = (child: Node) => element("div", { className: `contract-value${wide}`, attributes: { "data-path": path }, children: [child] });
  if (answer.kind === "items" && answer.items.some((item) => item.kind === "fields")) {
    const title = answer.itemTitle.toLowerCase();
    return [
      value(
        element("ol", {
          className: "contract-items",
          children: answer.items.map((item, index) => element("li", { children: [item.kind === "fields" ? fieldsWithChange(item.fields, `${title} ${index + 1}: `) : renderAnswer({ kind: "text", text: item.text })] })),
        }),
      ),
    ];
  }
  return [value(renderAnswer(answer)), changeLink(path, what)];
}

function fieldsWithChange(fields: Field[], context: string): HTMLElement {
  return renderFields(fields, (field) => element("dd", { children: answerWithChange(field.answer, field.path, `${context}“${field.question}”`) }));
}
