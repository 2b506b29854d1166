/** The elements of the workbook page that its script works with. */
export interface WorkbookParts {
  form: HTMLFormElement;
  /** The toolbar: check, save to a file, open a file, clear. */
  bar: HTMLElement;
  /** The save status line in the toolbar. */
  status: HTMLElement;
  /** Where notices about the whole contract appear. */
  notices: HTMLElement;
  summary: HTMLElement;
  dialog: HTMLDialogElement;
  importFile: HTMLInputElement;
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
    form: find<HTMLFormElement>("form[data-workbook]"),
    bar: find<HTMLElement>("[data-workbook-bar]"),
    status: find<HTMLElement>("[data-save-status]"),
    notices: find<HTMLElement>("[data-notices]"),
    summary: find<HTMLElement>("[data-error-summary]"),
    dialog: find<HTMLDialogElement>("dialog[data-confirm]"),
    importFile: find<HTMLInputElement>("[data-import-file]"),
    needsScript: document.querySelector<HTMLElement>("[data-needs-script]"),
  };
}
