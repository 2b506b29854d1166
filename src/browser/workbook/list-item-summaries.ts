import { formatTime } from "../../agreement/format-time.ts";
import { element } from "../element.ts";

/** Folds the items of the workbook's lists that came in complete into a line each. */
export interface ItemSummaries {
  /** Folds every complete item of a list of several answers (after a load). */
  collapseAll(): void;
  /** Unfolds the item that holds `target`, if it is folded: a link to a question inside it must find it shown. */
  reveal(target: Element): void;
}

/**
 * Lists whose items hold several answers (the rituals) show the items that are
 * already complete as one line each, with "Change" and "Remove" (the GOV.UK "add
 * another" pattern): three rituals then take a few lines of a phone rather than two
 * screens. Items are folded when a contract is loaded (from this device or a file);
 * an item just added, or with anything missing or wrong, stays open.
 */
export function watchItemSummaries(form: HTMLFormElement): ItemSummaries {
  const fieldsOf = (item: Element) => item.querySelector<HTMLElement>(":scope > .list-item-fields");
  const summaryOf = (item: Element) => item.querySelector<HTMLElement>(":scope > [data-item-summary]");
  const expand = (item: Element, focus: boolean) => {
    const fields = fieldsOf(item);
    if (!fields?.hidden) return;
    fields.hidden = false;
    summaryOf(item)?.remove();
    if (focus) fields.querySelector<HTMLElement>("input:not([type=hidden]), textarea")?.focus();
  };
  form.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("[data-edit-item]");
    const item = button?.closest("li");
    if (item) expand(item, true);
  });
  return {
    collapseAll() {
      for (const item of form.querySelectorAll<HTMLLIElement>("[data-list] [data-list-items] > li")) {
        const fields = fieldsOf(item);
        if (!fields || fields.hidden || !isComplete(fields)) continue;
        const answers = answersOf(fields);
        if (answers.length < 2) continue;
        const legend = fields.querySelector(".list-item-legend");
        const noun = legend?.firstChild?.textContent?.trim() ?? "Item";
        const number = () => element("span", { attributes: { "data-item-number": "" }, children: [legend?.querySelector("[data-item-number]")?.textContent ?? ""] });
        const [title, ...rest] = answers;
        item.prepend(
          element("div", {
            className: "list-item-summary",
            attributes: { "data-item-summary": "" },
            children: [
              element("p", { className: "list-item-summary-title", children: [element("span", { className: "list-item-summary-label", children: [`${noun} `, number()] }), " ", element("span", { attributes: { dir: "auto" }, children: [title as string] })] }),
              ...(rest.length ? [element("p", { className: "list-item-summary-meta", attributes: { dir: "auto" }, children: [rest.join(" · ")] })] : []),
              element("p", {
                className: "list-item-summary-actions",
                children: [
                  element("button", { className: "button button-secondary", attributes: { type: "button", "data-edit-item": "" }, children: [element("span", { children: ["Change", element("span", { className: "visually-hidden", children: [` ${noun.toLowerCase()} `, number()] })] })] }),
                  element("button", { className: "button button-quiet button-danger", attributes: { type: "button", "data-remove-item": "" }, children: [element("span", { children: [`Remove ${noun.toLowerCase()} `, number()] })] }),
                ],
              }),
            ],
          }),
        );
        fields.hidden = true;
      }
    },
    reveal(target) {
      const item = target.closest("[data-list-items] > li");
      if (item) expand(item, false);
    },
  };
}

/** Every required answer of an item is there, and none is marked wrong. */
function isComplete(fields: HTMLElement): boolean {
  if (fields.querySelector("[aria-invalid='true']")) return false;
  for (const control of fields.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[required]")) {
    if (control instanceof HTMLInputElement && control.type === "radio") {
      if (!fields.querySelector(`input[name="${CSS.escape(control.name)}"]:checked`)) return false;
    } else if (!control.value.trim()) return false;
  }
  return true;
}

/**
 * An item's answers, in order, as a person reads them: what was typed; the labels of
 * what was chosen, several boxes of one question as one answer ("Tuesday, Thursday");
 * a time as people say it ("9 am"); a number with the unit its question names ("60
 * minutes" for "How long, in minutes"), or with its question.
 */
function answersOf(fields: HTMLElement): string[] {
  const answers: (string | string[])[] = [];
  const boxes = new Map<string, string[]>();
  for (const control of fields.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[name], textarea[name]")) {
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      if (!control.matches(":checked")) continue;
      let labels = boxes.get(control.name);
      if (!labels) {
        labels = [];
        boxes.set(control.name, labels);
        answers.push(labels);
      }
      labels.push(fields.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent?.trim() ?? control.value);
    } else if (control.type !== "hidden" && control.value.trim()) answers.push(readable(control));
  }
  return answers.map((answer) => (Array.isArray(answer) ? answer.join(", ") : answer));
}

function readable(control: HTMLInputElement | HTMLTextAreaElement): string {
  const value = control.value.trim();
  if (control instanceof HTMLInputElement && control.type === "time") return formatTime(value);
  if (control instanceof HTMLInputElement && control.type === "number") {
    // The question as its label says it, without "(optional)".
    const question = (control.closest(".field")?.querySelector(".field-label")?.textContent ?? "").replace(/\s*\(optional\)\s*$/, "").trim();
    const unit = /, in (\p{L}+)$/u.exec(question)?.[1];
    return unit ? `${value} ${unit}` : `${question}: ${value}`;
  }
  return value;
}
