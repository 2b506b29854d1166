import { fieldId } from "../../layout/field-id.ts";

/**
 * A link from the contract page into the workbook: relative, so the site also works
 * when it is published under a sub-path. `#<section id>` opens a step of the
 * workbook, `#<field id>` the step that holds a question, focused on it.
 */
export function workbookHref(fragment?: string): string {
  return `../workbook/${fragment ? `#${fragment}` : ""}`;
}

/** The workbook link of one answer, by its dotted path in the contract (`batteryPack.a.rhythm`, `rituals.list.0.name`). */
export function answerHref(path: string): string {
  return workbookHref(fieldId(path));
}
