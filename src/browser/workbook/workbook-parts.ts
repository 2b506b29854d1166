/** The elements of the workbook page that its script works with. */
export interface WorkbookParts {
  /** The whole workbook: the views, the bar, the notices. */
  page: HTMLElement;
  form: HTMLFormElement;
  /** The bar at the top: save status, the way back to the task list, the file actions. */
  bar: HTMLElement;
  /** The save status line in the bar. */
  status: HTMLElement;
  /** Where notices about the whole contract appear. */
  notices: HTMLElement;
  summary: HTMLElement;
  dialog: HTMLDialogElement;
  /** The dialog that asks what to do when another tab changed the contract. */
  otherTab: HTMLDialogElement;
  importFile: HTMLInputElement;
  /** The "check your answers" and "your contract is ready" views. */
  checkView: HTMLElement;
  readyView: HTMLElement;
  /** The message shown to people whose browser runs no script, if the page has one. */
  needsScript: HTMLElement | null;
}

/** Finds the parts of the workbook page, and names the first one missing: the build makes them all. */
export function findWorkbookParts(document: Document): WorkbookParts {
  const find = <T extends Element>(selector: string) => {
    const element = document.querySelector<T>(selector);
    if (!element) throw new Error(`the workbook page has no ${selector}`);
    return element;
  };
  return {
    page: find<HTMLElement>("[data-workbook-page]"),
    form: find<HTMLFormElement>("form[data-workbook]"),
    bar: find<HTMLElement>("[data-workbook-bar]"),
    status: find<HTMLElement>("[data-save-status]"),
    notices: find<HTMLElement>("[data-notices]"),
    summary: find<HTMLElement>("[data-error-summary]"),
    dialog: find<HTMLDialogElement>("dialog[data-confirm]"),
    otherTab: find<HTMLDialogElement>("dialog[data-other-tab]"),
    importFile: find<HTMLInputElement>("[data-import-file]"),
    checkView: find<HTMLElement>('[data-view="check"]'),
    readyView: find<HTMLElement>('[data-view="ready"]'),
    needsScript: document.querySelector<HTMLElement>("[data-needs-script]"),
  };
}
