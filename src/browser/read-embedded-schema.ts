import { compileSchema, type CompiledSchema } from "../schema/compile-schema.ts";
import type { RootSchema } from "../schema/schema-node.ts";

/** The id of the JSON data block in which the build embeds the contract schema. */
export const SCHEMA_ELEMENT_ID = "contract-schema";

/**
 * Reads and compiles the contract schema the build embedded in the page. The page
 * carries the very file the build checked, so the browser validates against exactly
 * what the form was generated from.
 */
export function readEmbeddedSchema(document: Document): CompiledSchema {
  const element = document.getElementById(SCHEMA_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`the page has no #${SCHEMA_ELEMENT_ID} data block`);
  return compileSchema(JSON.parse(element.textContent) as RootSchema);
}
