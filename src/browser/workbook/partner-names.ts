import { PARTNERS, partnerName } from "../../contract/partners.ts";

/**
 * Writes each partner's name wherever the form speaks of them (their answers'
 * headings, their "Sign as" button), so the form reads "Maya" once Maya has said
 * her name, and "Partner A" until then.
 */
export function showPartnerNames(form: ParentNode, data: Record<string, unknown>): void {
  for (const partner of PARTNERS) {
    const name = partnerName(data, partner);
    for (const span of form.querySelectorAll(`[data-partner-name="${partner}"]`)) span.textContent = name;
    const sign = form.querySelector(`[data-sign="signatures.${partner}"]`);
    if (sign) sign.textContent = `Sign as ${name}`;
  }
}
