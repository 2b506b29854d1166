/** The id of the control for a dotted path: `batteryPack.a.rhythm` → `f-batteryPack-a-rhythm`. */
export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-")}`;
}
