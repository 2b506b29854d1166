import { parseHTML } from "linkedom";
import type { ContractLayout } from "../layout/layout-types.ts";
import { listQuestions } from "../layout/list-questions.ts";
import { controlFor, MAXLENGTH } from "./control-for.ts";

/**
 * Attributes that carry a constraint: the rendered form must have exactly the schema's.
 * `maxlength` is among them so that it is never there: a text's limit is stated as
 * data-maxlength and counted, never cut off (see controlFor).
 */
const CONSTRAINTS = ["required", "maxlength", MAXLENGTH, "minlength", "min", "max", "step"] as const;

/**
 * Checks a rendered workbook page against the contract's layout (the schema's
 * questions, decided once): every answer has exactly one
 * control of the right name, element, type, choices and constraints, and no control
 * names an answer the schema does not have. A text with a limit states it (the line
 * its control is described by says the number) and has no `maxlength`; a date has its
 * three boxes, each with the date's constraints. Controls inside list templates
 * count, as their names carry the `#` of "any item". Returns one message per problem,
 * each starting with the field's path.
 */
export function checkRenderedForm(html: string, layout: ContractLayout): string[] {
  const { document } = parseHTML(html);
  const form = document.querySelector("form[data-workbook]");
  if (!form) return ["the page has no <form data-workbook>: the workbook form is missing"];
  const controls = new Map<string, Element[]>();
  const scopes: ParentNode[] = [form];
  const collect = (root: ParentNode) => {
    for (const element of root.querySelectorAll("input[name], textarea[name], select[name], output[name], button[name]")) {
      const name = element.getAttribute("name") as string;
      controls.set(name, [...(controls.get(name) ?? []), element]);
    }
  };
  collect(form);
  // linkedom keeps a <template>'s markup out of the document tree, so read it apart.
  for (const template of form.querySelectorAll("template")) {
    const content = parseHTML(`<div>${template.innerHTML}</div>`).document;
    scopes.push(content);
    collect(content);
  }
  const byId = (id: string) => scopes.map((scope) => scope.querySelector(`[id="${id}"]`)).find(Boolean) ?? null;

  const problems: string[] = [];
  for (const { question } of listQuestions(layout)) {
    const found = controls.get(question.path) ?? [];
    controls.delete(question.path);
    const expected = controlFor(question);
    const say = (message: string) => problems.push(`${question.path}: ${message}`);
    if (found.length === 0) {
      say(`no control in the form (expected ${describe(expected)})`);
      continue;
    }
    const tags = found.map((element) => element.tagName.toLowerCase());
    const types = found.map((element) => element.getAttribute("type"));
    switch (expected.kind) {
      case "time-zone":
        if (found.length > 1 || tags[0] !== "select" || !found[0]?.querySelector('option[value="UTC"]')) {
          say(found.length > 1 ? `${found.length} controls share this name; expected exactly one` : `expected ${describe(expected)}`);
          continue;
        }
        break;
      case "input":
      case "textarea":
      case "output": {
        if (found.length > 1) {
          say(`${found.length} controls share this name; expected exactly one`);
          continue;
        }
        const tag = expected.kind === "input" ? "input" : expected.kind;
        if (tags[0] !== tag || (expected.kind === "input" && types[0] !== expected.type)) {
          say(`expected ${describe(expected)}, found <${tags[0]}${types[0] ? ` type="${types[0]}"` : ""}>`);
          continue;
        }
        const limit = expected.attributes[MAXLENGTH];
        if (limit !== undefined) {
          const element = found[0] as Element;
          const stated = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean).map(byId);
          if (!stated.some((line) => line?.hasAttribute("data-char-limit") && new RegExp(`\\b${limit}\\b`).test(line.textContent ?? ""))) {
            say(`does not state its limit of ${limit} characters (a data-char-limit line its control is described by)`);
          }
        }
        break;
      }
      case "date": {
        if (found.length > 1 || tags[0] !== "input" || types[0] !== "hidden" || !found[0]?.hasAttribute("data-date-value")) {
          say(found.length > 1 ? `${found.length} controls share this name; expected exactly one` : `expected ${describe(expected)}`);
          continue;
        }
        const parts = [...(found[0]?.closest("[data-field]")?.querySelectorAll("input[data-date-part]") ?? [])];
        if (parts.map((part) => part.getAttribute("data-date-part")).sort().join() !== "day,month,year") {
          say("a date needs a box each for the day, the month and the year (input[data-date-part])");
          continue;
        }
        for (const part of parts) {
          if (part.hasAttribute("required") !== (expected.attributes.required !== undefined)) {
            say(`the ${part.getAttribute("data-date-part")} box should ${expected.attributes.required !== undefined ? "" : "not "}be required`);
          }
        }
        // The hidden value carries no constraint itself: its boxes do.
        continue;
      }
      case "radios":
      case "checkboxes": {
        const type = expected.kind === "radios" ? "radio" : "checkbox";
        if (found.some((element, index) => tags[index] !== "input" || element.getAttribute("type") !== type)) {
          say(`expected ${describe(expected)}, found ${tags.map((tag, index) => `<${tag} type="${types[index]}">`).join(", ")}`);
          continue;
        }
        const values = found.map((element) => element.getAttribute("value") ?? "");
        if (JSON.stringify(values) !== JSON.stringify(expected.values)) {
          say(`the choices are ${JSON.stringify(values)}, but the schema has ${JSON.stringify(expected.values)}`);
          continue;
        }
        break;
      }
    }
    for (const element of found) {
      for (const attribute of CONSTRAINTS) {
        const want = expected.attributes[attribute];
        const have = element.getAttribute(attribute) ?? undefined;
        if (want !== have) {
          say(
            want === undefined
              ? `has ${attribute}="${have}", which the schema does not imply`
              : `${attribute} should be "${want}" but is ${have === undefined ? "missing" : `"${have}"`}`,
          );
        }
      }
      if (expected.kind === "input" && expected.attributes.value !== undefined && element.getAttribute("value") !== expected.attributes.value) {
        say(`value should be "${expected.attributes.value}"`);
      }
    }
  }
  for (const name of controls.keys()) problems.push(`${name}: this control has no field in the contract schema`);
  return problems;
}

function describe(control: ReturnType<typeof controlFor>): string {
  switch (control.kind) {
    case "input":
      return `<input type="${control.type}">`;
    case "date":
      return `a date's boxes and its <input type="hidden" data-date-value>`;
    case "radios":
      return `radio buttons`;
    case "checkboxes":
      return `checkboxes`;
    case "time-zone":
      return `a <select> of time zones`;
    default:
      return `<${control.kind}>`;
  }
}
