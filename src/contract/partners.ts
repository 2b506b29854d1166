import { PARTNER_LABELS, PARTNERS, partnerNamePath, type Partner } from "../layout/contract-names.ts";
import { getAt, parsePath } from "./field-path.ts";

export { PARTNER_LABELS, PARTNERS, type Partner };

/** The name a partner gave in the contract (`couple.a.name`), or "Partner A" / "Partner B". */
export function partnerName(data: Record<string, unknown>, partner: Partner): string {
  const name = getAt(data, parsePath(partnerNamePath(partner)));
  return typeof name === "string" && name.trim() ? name.trim() : PARTNER_LABELS[partner];
}

/** Both partners' names, as partnerName gives them. */
export function partnerNames(data: Record<string, unknown>): Record<Partner, string> {
  return Object.fromEntries(PARTNERS.map((partner) => [partner, partnerName(data, partner)])) as Record<Partner, string>;
}

/**
 * Both partners' names from one version of a contract, or from another version where
 * the first gives none (a draft before its names are written, an older copy).
 */
export function partnerNamesEither(first: Record<string, unknown>, second: Record<string, unknown>): Record<Partner, string> {
  return Object.fromEntries(
    PARTNERS.map((partner) => {
      const name = partnerName(first, partner);
      return [partner, name === PARTNER_LABELS[partner] ? partnerName(second, partner) : name];
    }),
  ) as Record<Partner, string>;
}
