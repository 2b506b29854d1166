import { formatPath, parsePath } from "../../contract/field-path.ts";
import { partnerName } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import { partnerOf } from "../../layout/contract-names.ts";

/** The noun a list calls its items ("Ritual"), by the list's path, if the page has the list. */
export type ItemNoun = (listPath: string) => string | undefined;

/**
 * A problem as a line of the error summary or of a notice: the schema's message,
 * preceded by whose answer it is and which list item it sits in, since the same
 * question is asked of both partners and of every item ("Maya, Ritual 2: …").
 */
export function describeError(error: FieldError, data: Record<string, unknown>, itemNoun: ItemNoun): string {
  const context: string[] = [];
  const partner = partnerOf(error.path);
  if (partner) context.push(partnerName(data, partner));
  const path = parsePath(error.path);
  const itemAt = path.findIndex((key) => typeof key === "number");
  if (itemAt > 0) {
    const noun = itemNoun(formatPath(path.slice(0, itemAt))) ?? "Item";
    context.push(`${noun} ${(path[itemAt] as number) + 1}`);
  }
  return context.length ? `${context.join(", ")}: ${error.message}` : error.message;
}
