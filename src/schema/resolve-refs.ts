import type { RawNode, RootSchema, SchemaNode } from "./schema-node.ts";

/** The one form of `$ref` contract schemas use: a definition in the root's `$defs`. */
export const REF_PREFIX = "#/$defs/";

/**
 * Returns the schema with every `$ref` replaced by the definition it points to, so
 * later stages walk one plain tree. Annotations written beside a `$ref` (a title, a
 * hint) win over the definition's own, as in JSON Schema 2020-12. The schema must
 * have passed checkSchema, which rejects unknown and circular references.
 */
export function resolveRefs(root: RootSchema): SchemaNode {
  const defs = root.$defs ?? {};
  const resolve = (node: RawNode): SchemaNode => {
    if ("$ref" in node) {
      const { $ref, ...annotations } = node;
      const target = defs[$ref.slice(REF_PREFIX.length)];
      if (!target) throw new Error(`unknown $ref "${$ref}"`);
      return { ...resolve(target), ...annotations } as SchemaNode;
    }
    switch (node.type) {
      case "object":
        return {
          ...node,
          properties: Object.fromEntries(
            Object.entries(node.properties).map(([key, child]) => [key, resolve(child as RawNode)]),
          ),
        };
      case "array":
        return { ...node, items: resolve(node.items as RawNode) };
      default:
        return node;
    }
  };
  const { $schema: _schema, $id: _id, $defs: _defs, ...tree } = root;
  return resolve(tree as RawNode);
}
