import type { SchemaNode } from "../schema/schema-node.ts";

/** The HTML control a schema node implies, and the constraints it carries. */
export type Control =
  | { kind: "input"; type: "text" | "date" | "time" | "number" | "hidden"; attributes: Record<string, string> }
  | { kind: "textarea"; attributes: Record<string, string> }
  | { kind: "radios"; values: string[]; labels: string[]; attributes: Record<string, string> }
  | { kind: "checkboxes"; values: string[]; attributes: Record<string, string> }
  | { kind: "output"; attributes: Record<string, string> };

/** Free text longer than this gets a multi-line box rather than a one-line input. */
export const TEXTAREA_FROM = 120;

/**
 * Maps one answer of the schema to its form control and the HTML constraints the
 * schema implies: `required`, `maxlength`, `min`, `max`, `step`. The workbook page is
 * rendered with it, and the build checks the rendered page against it, so the two
 * cannot drift apart. Attribute values are strings, as they appear in HTML.
 */
export function controlFor(node: SchemaNode, required: boolean): Control {
  const requiredAttribute: Record<string, string> = required ? { required: "" } : {};
  switch (node.type) {
    case "boolean":
      return { kind: "radios", values: ["true", "false"], labels: ["Yes", "No"], attributes: requiredAttribute };
    case "array":
      if (node.items.type === "string" && node.items.enum) {
        return { kind: "checkboxes", values: node.items.enum, attributes: {} };
      }
      // A list of lists is data the page writes itself (a drawn signature's strokes).
      return { kind: "input", type: "hidden", attributes: {} };
    case "object":
      throw new Error("an object is not an answer: it has no control of its own");
    case "number":
    case "integer": {
      if (node.const !== undefined) return { kind: "input", type: "hidden", attributes: { value: String(node.const) } };
      const step = node.multipleOf ?? (node.type === "integer" ? 1 : undefined);
      return {
        kind: "input",
        type: "number",
        attributes: {
          ...requiredAttribute,
          min: String(node.minimum),
          max: String(node.maximum),
          step: step === undefined ? "any" : String(step),
        },
      };
    }
    case "string": {
      if (node.readOnly) return { kind: "output", attributes: {} };
      if (node.enum) return { kind: "radios", values: node.enum, labels: node.enum, attributes: requiredAttribute };
      const length: Record<string, string> = {
        ...requiredAttribute,
        ...(node.maxLength !== undefined ? { maxlength: String(node.maxLength) } : {}),
        ...(node.minLength && node.minLength > 1 ? { minlength: String(node.minLength) } : {}),
      };
      if (node.format === "date" || node.format === "time") {
        return { kind: "input", type: node.format, attributes: requiredAttribute };
      }
      if ((node.maxLength ?? 0) > TEXTAREA_FROM) return { kind: "textarea", attributes: length };
      return { kind: "input", type: "text", attributes: length };
    }
  }
}
