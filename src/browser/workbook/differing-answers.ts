import { changeLabel } from "../../compare/describe-change.ts";
import { listChanges } from "../../compare/list-changes.ts";
import { partnerNamesEither } from "../../contract/partners.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";

/**
 * The answers that differ between two versions of a contract, as a person reads
 * them: "Maya: “My rhythm”", "Ritual 2: “How often”", "Jonas’s signature". Each
 * signature counts once, whatever part of it differs. In the schema's order; the
 * names are this tab's (`mine`), or the other's where this one has none.
 */
export function differingAnswers(layout: ContractLayout, mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const names = partnerNamesEither(mine, theirs);
  const labels = listChanges(layout, mine, theirs).map((change) => changeLabel(change, names));
  return [...new Set(labels)];
}
