import { parseHTML } from "linkedom";
import type { PaperField } from "../layout/paper-fields.ts";

/**
 * Checks a rendered printed-workbook page against its paper fields: exactly one
 * `data-field` element per field, or per option of a choice, each option beside its
 * text, each text area with its number of ruled lines, and no `data-field` element
 * for anything else. Returns one message per problem, each starting with the name.
 */
export function checkPaperFields(html: string, fields: readonly PaperField[]): string[] {
  const { document } = parseHTML(html);
  const found = new Map<string, Element[]>();
  for (const element of document.querySelectorAll("[data-field]")) {
    const key = keyOf(element.getAttribute("data-field") ?? "", element.getAttribute("data-option") ?? undefined);
    found.set(key, [...(found.get(key) ?? []), element]);
  }
  const problems: string[] = [];
  for (const field of fields) {
    const expected = field.kind === "choice" || field.kind === "choices" ? field.options.map((_, index) => index) : [undefined];
    for (const option of expected) {
      const key = keyOf(field.name, option === undefined ? undefined : String(option));
      const elements = found.get(key) ?? [];
      found.delete(key);
      const say = (message: string) => problems.push(`${field.name}${option === undefined ? "" : ` option ${option}`}: ${message}`);
      if (elements.length !== 1) {
        say(elements.length ? `${elements.length} writing areas; expected exactly one` : "no writing area on the page");
        continue;
      }
      const element = elements[0] as Element;
      if (option !== undefined) {
        const label = element.parentElement?.querySelector(".paper-option-label")?.textContent?.trim();
        if (label !== field.options[option]) say(`its label is ${JSON.stringify(label)}, but the option is ${JSON.stringify(field.options[option])}`);
      }
      if (field.kind === "text") {
        const rules = element.querySelectorAll(".paper-rule").length;
        if (rules !== field.lines) say(`${rules} ruled lines; expected ${field.lines}`);
      }
    }
  }
  for (const key of found.keys()) problems.push(`${key}: this writing area is not a field of the paper workbook`);
  return problems;
}

function keyOf(name: string, option: string | undefined): string {
  return option === undefined ? name : `${name} option ${option}`;
}
