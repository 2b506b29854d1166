import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { ITEM, type Leaf } from "../../schema/list-leaves.ts";

/** Finds the schema answer behind a control's name, list indexes included. */
export type FieldIndex = (name: string) => Leaf | undefined;

/** Indexes the schema's answers by path, so `rituals.list.2.name` finds `rituals.list.#.name`. */
export function createFieldIndex(schema: CompiledSchema): FieldIndex {
  const leaves = new Map(schema.leaves.map((leaf) => [leaf.path, leaf]));
  return (name) => leaves.get(name.replace(/\.\d+(?=\.|$)/g, `.${ITEM}`));
}
