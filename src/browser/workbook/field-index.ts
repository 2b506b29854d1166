import { ITEM, listLeaves, type Leaf } from "../../schema/list-leaves.ts";
import type { SchemaNode } from "../../schema/schema-node.ts";

/** Finds the schema answer behind a control's name, list indexes included. */
export type FieldIndex = (name: string) => Leaf | undefined;

/** Indexes the schema's answers by path, so `rituals.list.2.name` finds `rituals.list.#.name`. */
export function createFieldIndex(tree: SchemaNode): FieldIndex {
  const leaves = new Map(listLeaves(tree).map((leaf) => [leaf.path, leaf]));
  return (name) => leaves.get(name.replace(/\.\d+(?=\.|$)/g, `.${ITEM}`));
}
