import { getAt, parsePath, pruneEmpty, setAt } from "../../contract/field-path.ts";
import type { FieldIndex } from "./field-index.ts";
import { chooseTimeZone } from "./time-zone-select.ts";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLOutputElement | HTMLSelectElement;

/** The named controls of the form, in document order. */
export function namedControls(form: HTMLFormElement): Control[] {
  return Array.from(form.querySelectorAll<Control>("input[name], textarea[name], select[name], output[name]")).filter(
    (control) => !control.closest("template"),
  );
}

/**
 * Reads the whole form into contract data. Values take the schema's types (numbers,
 * yes/no, lists of choices); an emptied answer is left out, so it counts as missing.
 * Items of a list keep their places even when empty, so a message about item 2
 * still points at item 2 on the page.
 */
export function readForm(form: HTMLFormElement, index: FieldIndex): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const control of namedControls(form)) {
    const leaf = index(control.name);
    if (!leaf) continue;
    const path = parsePath(control.name);
    const value = readControl(control, leaf.node.type);
    if (control instanceof HTMLInputElement && control.type === "checkbox") {
      const chosen = (getAt(data, path) as string[] | undefined) ?? [];
      setAt(data, path, control.checked ? [...chosen, control.value] : chosen);
      continue;
    }
    if (value !== undefined) setAt(data, path, value);
    else if (path.some((key) => typeof key === "number")) keepItem(data, path);
  }
  return (pruneKeepingItems(data) as Record<string, unknown> | undefined) ?? {};
}

function readControl(control: Control, type: string): unknown {
  if (control instanceof HTMLInputElement) {
    switch (control.type) {
      case "radio":
        if (!control.checked) return undefined;
        return type === "boolean" ? control.value === "true" : control.value;
      case "number":
        // A number the browser cannot read stays as text, so validation can say so.
        if (control.validity.badInput) return "not a number";
        return control.value === "" ? undefined : Number(control.value);
      case "hidden":
        if (control.value === "") return undefined;
        // A date's boxes write its text (YYYY-MM-DD, or what was typed); a drawing writes JSON.
        if (type === "string") return control.value;
        return type === "integer" || type === "number" ? Number(control.value) : JSON.parse(control.value);
      default:
        return control.value.trim() === "" ? undefined : control.value;
    }
  }
  return control.value.trim() === "" ? undefined : control.value;
}

/** Makes sure an empty list item still occupies its place. */
function keepItem(data: Record<string, unknown>, path: (string | number)[]): void {
  const itemEnd = path.findLastIndex((key) => typeof key === "number") + 1;
  const itemPath = path.slice(0, itemEnd);
  if (getAt(data, itemPath) === undefined && itemEnd < path.length) setAt(data, itemPath, {});
}

/** Like pruneEmpty, but an object inside a list stays, even empty, to keep its place. */
function pruneKeepingItems(value: unknown, inList = false): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => pruneKeepingItems(item, true));
    const kept = items.every((item) => item !== undefined) ? items : items.filter((item) => item !== undefined);
    return kept.length ? kept : undefined;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, pruneKeepingItems(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length || inList ? Object.fromEntries(entries) : undefined;
  }
  return pruneEmpty(value);
}

/** Puts contract data into the form; list items must already exist (see list-items.ts). */
export function writeForm(form: HTMLFormElement, data: Record<string, unknown>): void {
  for (const control of namedControls(form)) {
    const value = getAt(data, parsePath(control.name));
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      control.checked = Array.isArray(value) ? value.includes(control.value) : value !== undefined && String(value) === control.value;
    } else if (control instanceof HTMLInputElement && control.type === "hidden") {
      if (control.name === "schemaVersion") continue;
      control.value = value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
    } else if (control instanceof HTMLSelectElement) {
      chooseTimeZone(control, typeof value === "string" ? value : "");
    } else {
      control.value = value === undefined || value === null ? "" : String(value);
    }
  }
}
