import type { SchemaNode } from "../schema/schema-node.ts";

/**
 * Returns a copy of contract data in which every required group that is missing is
 * present and empty. Validating that copy as complete names each missing answer
 * ("Answer “Name”") instead of giving one message for a whole untouched section.
 */
export function fillEmptyGroups(node: SchemaNode, value: unknown): unknown {
  if (node.type !== "object") return value;
  if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) return value;
  const record: Record<string, unknown> = { ...(value as Record<string, unknown> | undefined) };
  for (const key of node.required ?? []) {
    const child = node.properties[key];
    if (child?.type === "object") record[key] = fillEmptyGroups(child, record[key]);
  }
  return record;
}
