import type { SchemaNode } from "./schema-node.ts";

/** Stands for "any item" in the path of a field inside a list. */
export const ITEM = "#";

/** One answer of the contract: a node that a single form control stands for. */
export interface Leaf {
  /** Dotted path; list items appear as `#`: `rituals.list.#.name`. */
  path: string;
  node: SchemaNode;
  /** Required at every level from the root, or from its list item. */
  required: boolean;
}

/**
 * Lists every answer in a resolved schema, in the schema's order. An object is not
 * an answer but holds them. A list of objects or of free text holds one set of
 * answers per item. A list of choices is one answer (a set of checkboxes), and a list
 * of lists (a drawn signature's strokes) is one answer that the page fills as data.
 */
export function listLeaves(node: SchemaNode, path = "", required = true): Leaf[] {
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (node.type === "object") {
    const names = new Set(node.required ?? []);
    return Object.entries(node.properties).flatMap(([key, child]) =>
      listLeaves(child, join(key), required && names.has(key)),
    );
  }
  if (node.type === "array" && isItemList(node)) return listLeaves(node.items, join(ITEM), true);
  return [{ path, node, required }];
}

/** True for a list whose items each carry their own answers (objects or free text). */
export function isItemList(node: SchemaNode): boolean {
  if (node.type !== "array") return false;
  const items = node.items;
  return items.type === "object" || (items.type === "string" && items.enum === undefined) || items.type === "number" || items.type === "integer";
}
