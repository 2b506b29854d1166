import { getAt } from "./field-path.ts";
import type { Partner } from "../layout/contract-names.ts";

// The partner keys are named once, in the layout's module of contract names.
export { PARTNERS, type Partner } from "../layout/contract-names.ts";

/** How a partner is called until they give their name. */
export const PARTNER_LABELS: Record<Partner, string> = { a: "Partner A", b: "Partner B" };

/** The name a partner gave in the contract (`couple.a.name`), or "Partner A" / "Partner B". */
export function partnerName(data: Record<string, unknown>, partner: Partner): string {
  const name = getAt(data, ["couple", partner, "name"]);
  return typeof name === "string" && name.trim() ? name.trim() : PARTNER_LABELS[partner];
}
