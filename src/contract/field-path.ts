/** A place in a contract: property names and list indexes, from the root. */
export type FieldPath = (string | number)[];

/** Keys that would reach an object's prototype instead of its own data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Writes a path the way people, form controls and the command line see it:
 * `batteryPack.a.rhythm`, `rituals.list.0.name`.
 */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  return path.map(String).join(".");
}

/** Splits a dotted path back into keys and list indexes. */
export function parsePath(text: string): FieldPath {
  return text.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Reads the value at a path, or undefined when any step is missing. */
export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Writes a value at a path, creating objects and lists on the way; `undefined`
 * deletes it. Refuses keys that would write to a prototype.
 */
export function setAt(root: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  path.forEach((key, index) => {
    if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) throw new Error(`refusing to write to "${key}"`);
    if (index === path.length - 1) {
      if (value === undefined) {
        if (Array.isArray(node) && typeof key === "number") node.splice(key, 1);
        else delete node[key];
      } else {
        node[key] = value;
      }
      return;
    }
    const next = node[key];
    if (typeof next !== "object" || next === null) {
      node[key] = typeof path[index + 1] === "number" ? [] : {};
    }
    node = node[key] as Record<string | number, unknown>;
  });
}

/**
 * Removes empty strings, empty lists and objects left empty, so that an answer the
 * person cleared counts as missing rather than as an empty answer.
 */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, pruneEmpty(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}
