import type { Change } from "../../compare/list-changes.ts";
import { canWriteThird, type Resolution } from "../../compare/merge-drafts.ts";
import type { Partner } from "../../layout/contract-names.ts";
import type { ContractLayout, Entry } from "../../layout/layout-types.ts";
import type { MergeKit } from "./merge-kit.ts";

/** The value of the radio that reveals a written answer. */
const WRITE = "write";

/** A conflict left without a usable choice, and the control a summary link focuses. */
export interface ConflictProblem {
  path: string;
  message: string;
  control: HTMLElement;
}

/**
 * The conflicts of a merge, grouped under their step's heading, one fieldset each
 * (the GOV.UK radios pattern): its legend is the question, its radios "Maya’s
 * answer: …" and "Jonas’s answer: …", and for free text "Write a different answer",
 * which reveals a text box. Every answer goes in as text, never as markup.
 */
export function renderConflicts(container: HTMLElement, conflicts: readonly Change[], names: Readonly<Record<Partner, string>>, layout: ContractLayout, kit: MergeKit): void {
  const { element, changeHeading } = kit;
  const groupOf = groupTitles(layout);
  const groups: HTMLElement[] = [];
  let heading = "";
  conflicts.forEach((conflict, index) => {
    const title = changeHeading(conflict);
    if (title !== heading) {
      heading = title;
      groups.push(element("h3", { className: "merge-step", children: [title] }));
    }
    groups.push(conflictFieldset(conflict, index, names, groupOf.get(conflict.question.path), kit));
  });
  container.replaceChildren(...groups);
}

/**
 * The title of the group each shared question is in ("Daily moment"), so that a
 * legend says which "Day" or "What" it is about, as the step's own view does.
 */
function groupTitles(layout: ContractLayout): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (entries: readonly Entry[], group: string | undefined) => {
    for (const entry of entries) {
      if (entry.kind === "question" && group) titles.set(entry.path, group);
      if (entry.kind === "group") walk(entry.entries, entry.title);
      if (entry.kind === "list") walk(entry.item, group);
    }
  };
  for (const section of layout.sections) walk(section.entries, undefined);
  return titles;
}

function conflictFieldset(conflict: Change, index: number, names: Readonly<Record<Partner, string>>, group: string | undefined, kit: MergeKit): HTMLElement {
  const { element, changeLabel, changeValue } = kit;
  const id = `merge-${index}`;
  const given = { a: conflict.before, b: conflict.after };
  const choice = (value: string, label: string, extra: Record<string, string> = {}) =>
    element("div", {
      className: "choice",
      children: [
        element("input", { className: "choice-input", attributes: { type: "radio", id: `${id}-${value}`, name: id, value, ...extra } }),
        element("label", { className: "choice-label", attributes: { for: `${id}-${value}` }, children: [label] }),
      ],
    });
  const choices = [
    choice("a", `${names.a}’s answer: ${changeValue(conflict, given.a)}`),
    choice("b", `${names.b}’s answer: ${changeValue(conflict, given.b)}`),
  ];
  const parts: HTMLElement[] = [
    element("legend", { className: "field-label", children: [`${group ? `${group}: ` : ""}${changeLabel(conflict, names)}`] }),
    element("p", { className: "field-error", attributes: { id: `${id}-error`, hidden: "" } }),
    element("div", { className: "choice-list", children: choices }),
  ];
  if (canWriteThird(conflict.question)) {
    choices.push(choice(WRITE, "Write a different answer", { "aria-controls": `${id}-own` }));
    const max = conflict.question.limits.maxLength;
    const box = element("textarea", { className: "input", attributes: { id: `${id}-text`, name: `${id}-text`, rows: "3", ...(max ? { maxlength: String(max) } : {}) } });
    parts.push(
      element("div", {
        className: "merge-own",
        attributes: { id: `${id}-own`, hidden: "" },
        children: [element("label", { className: "field-label", attributes: { for: `${id}-text` }, children: ["Your answer"] }), box],
      }),
    );
    (parts[2] as HTMLElement).replaceChildren(...choices);
  }
  const fieldset = element("fieldset", { className: "field choices merge-conflict", attributes: { id, "data-conflict": conflict.path, "aria-describedby": `${id}-error` }, children: parts });
  fieldset.addEventListener("change", () => {
    const own = fieldset.querySelector<HTMLElement>(`#${id}-own`);
    if (own) own.hidden = !fieldset.querySelector<HTMLInputElement>(`#${id}-${WRITE}`)?.checked;
  });
  return fieldset;
}

/** Reads each conflict's choice: the resolutions made, and a problem for each left unchosen or unwritten. */
export function readResolutions(container: HTMLElement): { resolutions: Record<string, Resolution>; problems: ConflictProblem[] } {
  const resolutions: Record<string, Resolution> = {};
  const problems: ConflictProblem[] = [];
  for (const fieldset of container.querySelectorAll<HTMLFieldSetElement>("[data-conflict]")) {
    const path = fieldset.dataset.conflict as string;
    const question = fieldset.querySelector("legend")?.textContent ?? path;
    const chosen = fieldset.querySelector<HTMLInputElement>("input[type=radio]:checked");
    const text = fieldset.querySelector<HTMLTextAreaElement>("textarea");
    let problem: ConflictProblem | undefined;
    if (!chosen) problem = { path, message: `Choose an answer for ${question}`, control: fieldset.querySelector("input") as HTMLElement };
    else if (chosen.value !== WRITE) resolutions[path] = { take: chosen.value as Partner };
    else if (text && text.value.trim()) resolutions[path] = { write: text.value.trim() };
    else problem = { path, message: `Write your answer for ${question}, or choose one of the two`, control: text ?? chosen };
    const error = fieldset.querySelector<HTMLElement>(".field-error");
    if (error) {
      error.textContent = problem?.message ?? "";
      error.hidden = !problem;
    }
    fieldset.classList.toggle("has-error", Boolean(problem));
    if (problem) problems.push(problem);
  }
  return { resolutions, problems };
}
