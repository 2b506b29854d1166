/** Why saving waits: another tab changed the contract, or a newer version of the workbook owns it. */
export type SaveHold = "other-tab" | "newer-version" | "leaving";

/**
 * What the workbook's parts share while the page is open. It is one plain object,
 * passed to each part, so that every part sees the others' changes at once and the
 * whole of the page's memory can be read in one place.
 */
export interface WorkbookState {
  /** The answers as the form holds them now, read back after every change. */
  data: Record<string, unknown>;
  /** Set while saving must wait; undefined while the page may save. */
  hold: SaveHold | undefined;
  /** True while the page holds answers that this device's storage does not. */
  unsaved: boolean;
  /** True once the person asked to check the contract: from then on every change is checked again. */
  checked: boolean;
}

/** The state of a workbook that has loaded nothing yet. */
export function createWorkbookState(): WorkbookState {
  return { data: {}, hold: undefined, unsaved: false, checked: false };
}
