import type * as z from "zod/mini";
import { listLeaves, type Leaf } from "./list-leaves.ts";
import { resolveRefs } from "./resolve-refs.ts";
import type { RootSchema, SchemaNode } from "./schema-node.ts";
import { toZod } from "./to-zod.ts";

/** A checked contract schema made ready for use: one plain tree and its validators. */
export interface CompiledSchema {
  /** The schema as written, for whoever needs the file itself (the workbook page). */
  root: RootSchema;
  /** The schema with every `$ref` inlined. */
  tree: SchemaNode;
  /** Every answer of the contract, in the schema's order (see list-leaves.ts). */
  leaves: Leaf[];
  /** The `const` of the root's `schemaVersion`. */
  version: number;
  draft: z.ZodMiniType;
  complete: z.ZodMiniType;
}

/**
 * Compiles a schema that checkSchema has accepted. This runs on every side (the build,
 * the browser, the command line), so it must not import the schema checker, which
 * needs classic zod.
 */
export function compileSchema(root: RootSchema): CompiledSchema {
  const tree = resolveRefs(root);
  const versionNode = tree.type === "object" ? tree.properties.schemaVersion : undefined;
  if (!versionNode || versionNode.type !== "integer" || versionNode.const === undefined) {
    throw new Error("a contract schema needs an integer schemaVersion with a const");
  }
  return {
    root,
    tree,
    leaves: listLeaves(tree),
    version: versionNode.const,
    draft: toZod(tree, "draft"),
    complete: toZod(tree, "complete"),
  };
}
