import { getAt, parsePath } from "../../contract/field-path.ts";
import { fillEmptyGroups } from "../../contract/fill-empty-groups.ts";
import { partnerName } from "../../contract/partners.ts";
import { validateContract, type FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { partnerOf } from "../../layout/contract-names.ts";

/**
 * What stands between the answers and a complete contract, in the schema's own words,
 * except that a missing fingerprint asks the partner to sign: nobody types one, the
 * page works it out when they press "Sign".
 */
export function completeErrors(schema: CompiledSchema, data: Record<string, unknown>): FieldError[] {
  const result = validateContract(schema, fillEmptyGroups(schema.tree, data), "complete");
  if (result.ok) return [];
  return result.errors.map((error) => {
    const partner = partnerOf(error.path);
    const unsigned = partner && error.path === `signatures.${partner}.fingerprint` && getAt(data, parsePath(error.path)) === undefined;
    return unsigned
      ? { path: error.path, message: `Sign the contract: press “Sign as ${partnerName(data, partner)}” when you agree with every answer` }
      : error;
  });
}
