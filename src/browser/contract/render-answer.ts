import type { Answer, Field } from "./document-types.ts";
import { element } from "../element.ts";
import { typedText } from "./typed-text.ts";

/** The words on an empty answer's line. */
export const BLANK_TEXT = { required: "Not answered yet", optional: "Not answered (optional)" } as const;

/**
 * Renders one answer: its text, its list of items, or an empty ruled line saying it
 * is not answered yet, which is also the line to write on in a printed copy.
 */
export function renderAnswer(answer: Answer): Node {
  switch (answer.kind) {
    case "text":
      return typedText(answer.text);
    case "missing":
      return element("span", { className: "contract-blank", children: [answer.optional ? BLANK_TEXT.optional : BLANK_TEXT.required] });
    case "items": {
      const fields = answer.items.some((item) => item.kind === "fields");
      return element(fields ? "ol" : "ul", {
        className: "contract-items",
        children: answer.items.map((item) =>
          element("li", { children: [item.kind === "text" ? typedText(item.text) : renderFields(item.fields)] }),
        ),
      });
    }
  }
}

/** The answer's cell of one field: by default the answer, marked with its path. */
const answerCell = (field: Field): HTMLElement => element("dd", { attributes: { "data-path": field.path }, children: [renderAnswer(field.answer)] });

/**
 * Renders the parts of a group or of a list item as a list of question and answer;
 * `cell` makes each answer's cell (the schedule's adds a Change link).
 */
export function renderFields(fields: Field[], cell: (field: Field) => HTMLElement = answerCell): HTMLElement {
  return element("dl", {
    className: "contract-fields",
    children: fields.map((field) =>
      element("div", {
        className: "contract-field",
        children: [
          element("dt", { children: [field.question] }),
          cell(field),
        ],
      }),
    ),
  });
}
