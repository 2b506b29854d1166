/** The workbook's bar: its menu of actions, which folds away on a narrow screen. */
export interface WorkbookBar {
  /** Folds the menu away. */
  close(): void;
}

/**
 * The bar stays at the top of the screen on every size (see keep-focus-clear-of-bar.ts).
 * On a phone it holds the save status, "All steps" and a "Menu" button that unfolds
 * the file actions (a disclosure: aria-expanded); on a wide screen the actions are
 * always shown and the button is not. The menu folds away after an action, on
 * Escape (focus back on its button), or when focus or a click goes elsewhere.
 */
export function startWorkbookBar(bar: HTMLElement): WorkbookBar {
  const toggle = bar.querySelector<HTMLButtonElement>("[data-bar-menu]");
  const actions = bar.querySelector<HTMLElement>("[data-bar-actions]");
  const set = (open: boolean) => {
    toggle?.setAttribute("aria-expanded", String(open));
    bar.toggleAttribute("data-menu-open", open);
  };
  const isOpen = () => toggle?.getAttribute("aria-expanded") === "true";
  toggle?.addEventListener("click", () => {
    set(!isOpen());
    if (isOpen()) actions?.querySelector<HTMLElement>("a, button")?.focus();
  });
  actions?.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a, button")) set(false);
  });
  bar.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return;
    set(false);
    toggle?.focus();
  });
  bar.addEventListener("focusout", (event) => {
    if (isOpen() && event.relatedTarget instanceof Node && !bar.contains(event.relatedTarget)) set(false);
  });
  bar.ownerDocument.addEventListener("click", (event) => {
    if (isOpen() && !bar.contains(event.target as Node)) set(false);
  });
  return { close: () => set(false) };
}
