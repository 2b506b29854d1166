import type { ObjectNode, SchemaNode } from "../schema/schema-node.ts";

/** One part of the workbook: a top-level object of the contract schema. */
export interface Section {
  key: string;
  /** The fragment the guide links to: `step-3`, `about-you`, `signing`. */
  id: string;
  step?: number;
  node: ObjectNode;
}

/** Fragments for the sections that are not guide steps. */
const NAMED_IDS: Record<string, string> = { couple: "about-you", signatures: "signing" };

/**
 * The workbook's sections in schema order: each object at the top of the contract,
 * identified by its guide step (`x-step`) or by a name of its own.
 */
export function listSections(tree: SchemaNode): Section[] {
  if (tree.type !== "object") throw new Error("a contract schema's root must be an object");
  return Object.entries(tree.properties).flatMap(([key, node]) => {
    if (node.type !== "object") return [];
    const step = node["x-step"];
    const id = step !== undefined ? `step-${step}` : (NAMED_IDS[key] ?? key);
    return [{ key, id, node, ...(step !== undefined ? { step } : {}) }];
  });
}

/** True when an object holds one set of answers for each partner, under "a" and "b". */
export function hasPartners(node: ObjectNode): boolean {
  return "a" in node.properties && "b" in node.properties;
}
