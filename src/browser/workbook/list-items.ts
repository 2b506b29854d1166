import { ID_ITEM } from "../../layout/field-id.ts";

/** Attributes whose values carry a list item's placeholder: `#` in names, `__` in ids. */
const INDEXED = ["name", "id", "for", "aria-describedby", "aria-labelledby", "data-field", "data-list"] as const;

/** Adds, removes and renumbers the items of the workbook's lists. */
export interface ListItems {
  add(path: string, options?: { focus?: boolean }): HTMLLIElement | undefined;
  /** Adds or removes items at the end until the list has `count` items. */
  ensureCount(path: string, count: number): void;
  clearAll(): void;
}

/**
 * Wires the lists of the form: each list's <template> is cloned for a new item with
 * its `#` placeholders replaced by the item's index, and items are renumbered after a
 * removal so names always run 0, 1, 2... Focus moves somewhere sensible after each
 * change and a live region says what happened, for people who cannot see it.
 */
export function createListItems(form: HTMLFormElement, announce: (text: string) => void, onChange: () => void): ListItems {
  const templates = new WeakMap<Element, Map<string, string>>();
  const listOf = (path: string) => form.querySelector<HTMLFieldSetElement>(`[data-list="${CSS.escape(path)}"]`);
  const itemsOf = (list: HTMLElement) =>
    Array.from(list.querySelector("[data-list-items]")?.children ?? []) as HTMLLIElement[];

  const number = (item: HTMLLIElement, index: number) => {
    for (const element of [item, ...item.querySelectorAll("*")]) {
      const original = templates.get(element);
      if (original) {
        for (const [name, value] of original) {
          element.setAttribute(name, value.replaceAll("#", String(index)).replaceAll(ID_ITEM, String(index)));
        }
      }
      if (element.hasAttribute("data-item-number")) element.textContent = String(index + 1);
    }
  };

  const refresh = (list: HTMLElement) => {
    const items = itemsOf(list);
    items.forEach(number);
    const add = list.querySelector<HTMLButtonElement>("[data-add-item]");
    if (add) add.disabled = items.length >= Number(list.dataset.maxItems);
  };

  const add: ListItems["add"] = (path, options = {}) => {
    const list = listOf(path);
    const template = list?.querySelector<HTMLTemplateElement>(`template[data-item-template]`);
    const container = list?.querySelector("[data-list-items]");
    if (!list || !template || !container || itemsOf(list).length >= Number(list.dataset.maxItems)) return undefined;
    const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    for (const element of [item, ...item.querySelectorAll("*")]) {
      const original = new Map<string, string>();
      for (const name of INDEXED) {
        const value = element.getAttribute(name);
        if (value?.includes("#") || value?.includes(ID_ITEM)) original.set(name, value);
      }
      if (original.size) templates.set(element, original);
    }
    container.append(item);
    refresh(list);
    if (options.focus) item.querySelector<HTMLElement>("input, textarea")?.focus();
    return item;
  };

  const remove = (item: HTMLLIElement) => {
    const list = item.closest<HTMLFieldSetElement>("[data-list]");
    if (!list) return;
    const items = itemsOf(list);
    const position = items.indexOf(item);
    const legend = item.querySelector(".list-item-legend")?.textContent?.trim() ?? "Item";
    item.remove();
    refresh(list);
    const next = itemsOf(list)[Math.min(position, items.length - 2)];
    // A folded item's first control is its "Change" button (list-item-summaries.ts).
    (next?.querySelector<HTMLElement>("[data-edit-item], input:not([type=hidden]), textarea") ?? list.querySelector<HTMLElement>("[data-add-item]"))?.focus();
    announce(`${legend} removed`);
    onChange();
  };

  form.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button");
    if (!button) return;
    if (button.dataset.addItem !== undefined) {
      const item = add(button.dataset.addItem, { focus: true });
      if (item) {
        announce(`${item.querySelector(".list-item-legend")?.textContent?.trim() ?? "Item"} added`);
        onChange();
      }
    } else if (button.hasAttribute("data-remove-item")) {
      const item = button.closest("li");
      if (item) remove(item as HTMLLIElement);
    }
  });

  return {
    add,
    ensureCount(path, count) {
      const list = listOf(path);
      if (!list) return;
      while (itemsOf(list).length < count && add(path)) {
        // add() returns undefined at the list's limit, which ends the loop.
      }
      for (const item of itemsOf(list).slice(count)) item.remove();
      refresh(list);
    },
    clearAll() {
      for (const list of form.querySelectorAll<HTMLFieldSetElement>("[data-list]")) {
        for (const item of itemsOf(list)) item.remove();
        refresh(list);
      }
    },
  };
}
