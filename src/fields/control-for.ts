import { isCarried } from "../layout/is-carried.ts";
import type { Question } from "../layout/layout-types.ts";

/** The HTML control a question implies, and the constraints it carries. */
export type Control =
  | { kind: "input"; type: "text" | "time" | "number" | "hidden"; attributes: Record<string, string> }
  /** A date as three boxes (day, month, year) that write one hidden value, YYYY-MM-DD: see render-date-input.ts. */
  | { kind: "date"; attributes: Record<string, string> }
  | { kind: "textarea"; attributes: Record<string, string> }
  | { kind: "radios"; values: string[]; labels: string[]; attributes: Record<string, string> }
  | { kind: "checkboxes"; values: string[]; attributes: Record<string, string> }
  /** A time zone, chosen from a list of the zones known where the page is built; the page's script preselects the browser's own. */
  | { kind: "time-zone"; attributes: Record<string, string> }
  | { kind: "output"; attributes: Record<string, string> };

/** The attribute that carries a text's limit, for the character count (see controlFor). */
export const MAXLENGTH = "data-maxlength";

/** Free text longer than this gets a multi-line box rather than a one-line input. */
export const TEXTAREA_FROM = 120;

/**
 * Maps one question of the layout to its form control and the HTML constraints the
 * schema implies: `required`, `min`, `max`, `step`, and a text's limit as
 * `data-maxlength`. The workbook page is rendered with it, and the build checks the
 * rendered page against it, so the two cannot drift apart. Attribute values are
 * strings, as they appear in HTML.
 *
 * A text's limit is never `maxlength`: a browser would cut what is typed or pasted
 * there without a word (issue 10). The page counts instead (the GOV.UK character
 * count pattern) and says how many characters are over.
 */
export function controlFor(question: Pick<Question, "answer" | "choices" | "limits" | "required" | "path">): Control {
  const { limits } = question;
  const requiredAttribute: Record<string, string> = question.required ? { required: "" } : {};
  switch (question.answer) {
    case "yes-no":
      return { kind: "radios", values: ["true", "false"], labels: ["Yes", "No"], attributes: requiredAttribute };
    case "choices":
      return { kind: "checkboxes", values: question.choices, attributes: {} };
    // Data the page writes itself: the drawn strokes, and the version it saves under.
    case "drawing":
      return { kind: "input", type: "hidden", attributes: {} };
    case "fixed":
      return { kind: "input", type: "hidden", attributes: { value: String(limits.value) } };
    case "computed":
      // A value kept at the root travels unseen, as the version does; a fingerprint is shown.
      return isCarried(question) ? { kind: "input", type: "hidden", attributes: {} } : { kind: "output", attributes: {} };
    case "number":
      return {
        kind: "input",
        type: "number",
        attributes: {
          ...requiredAttribute,
          min: String(limits.minimum),
          max: String(limits.maximum),
          step: limits.step === undefined ? "any" : String(limits.step),
        },
      };
    case "choice":
      return { kind: "radios", values: question.choices, labels: question.choices, attributes: requiredAttribute };
    case "date":
      return { kind: "date", attributes: requiredAttribute };
    case "time":
      return { kind: "input", type: "time", attributes: requiredAttribute };
    case "time-zone":
      return { kind: "time-zone", attributes: requiredAttribute };
    case "text": {
      const length: Record<string, string> = {
        ...requiredAttribute,
        ...(limits.maxLength !== undefined ? { [MAXLENGTH]: String(limits.maxLength) } : {}),
        ...(limits.minLength && limits.minLength > 1 ? { minlength: String(limits.minLength) } : {}),
      };
      if ((limits.maxLength ?? 0) > TEXTAREA_FROM) return { kind: "textarea", attributes: length };
      return { kind: "input", type: "text", attributes: length };
    }
  }
}
