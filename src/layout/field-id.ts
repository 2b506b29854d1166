/** Stands for a list item's index in the ids of a list's template (ids cannot hold "#"). */
export const ID_ITEM = "__";

/**
 * The id of the control for a dotted path: `batteryPack.a.rhythm` becomes
 * `f-batteryPack-a-rhythm`, and a list item's `#` becomes `__` until the item exists.
 */
export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-").replaceAll("#", ID_ITEM)}`;
}
