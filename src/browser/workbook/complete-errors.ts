import { getAt, parsePath } from "../../contract/field-path.ts";
import { fillEmptyGroups } from "../../contract/fill-empty-groups.ts";
import { partnerName } from "../../contract/partners.ts";
import { validateContract, type FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { messages } from "../../schema/messages.ts";
import { partnerOf } from "../../layout/contract-names.ts";
import { createFieldIndex } from "./field-index.ts";

/**
 * What stands between the answers and a complete contract, in the schema's own words,
 * said for the screen: a missing fingerprint asks the partner to sign (nobody types
 * one, the page works it out when they press "Sign"); a text over its limit says by
 * how many characters; a date that is not one asks for its day, month and year, the
 * boxes the workbook has (the schema's own message shows the stored form, for files).
 */
export function completeErrors(schema: CompiledSchema, data: Record<string, unknown>): FieldError[] {
  const result = validateContract(schema, fillEmptyGroups(schema.tree, data), "complete");
  if (result.ok) return [];
  const leafOf = createFieldIndex(schema);
  return result.errors.map((error) => {
    const partner = partnerOf(error.path);
    const value = getAt(data, parsePath(error.path));
    if (partner && error.path === `signatures.${partner}.fingerprint` && value === undefined) {
      return { path: error.path, message: `Sign the contract: press “Sign as ${partnerName(data, partner)}” when you agree with every answer` };
    }
    const node = leafOf(error.path)?.node;
    if (node?.type === "string" && typeof value === "string") {
      if (node.maxLength !== undefined && value.length > node.maxLength) {
        const over = value.length - node.maxLength;
        return { path: error.path, message: `${messages.tooLong(node, node.maxLength)}: you have ${over} character${over === 1 ? "" : "s"} too many` };
      }
      if (node.format === "date" && error.message === messages.badDate(node)) {
        return { path: error.path, message: `${error.message.slice(0, error.message.indexOf(" must be"))} must be a real date, with a day, a month and a year of four digits` };
      }
    }
    return error;
  });
}
