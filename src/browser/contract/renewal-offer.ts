import { formatDate } from "../../contract/format-date.ts";
import { COUPLE, REVIEW_DATE } from "../../layout/contract-names.ts";
import { element } from "../element.ts";
import type { ContractDocument } from "./contract-document.ts";
import { workbookHref } from "./workbook-link.ts";

/**
 * The workbook's renewal view (VIEWS.renew in workbook-stops.ts), spelled here: the
 * contract page's script imports nothing from the workbook's, so the two bundles share no chunks.
 */
const RENEW_VIEW = "renew";

/**
 * What the contract view says about the review, above a signed contract: from the
 * review date on (`today`, the device's local date, YYYY-MM-DD), "It's time to review
 * your contract" with the way to renew it in the workbook; before it, one quiet line
 * saying when. Nothing for a contract not signed by both (there is nothing to renew
 * yet) or without a review date. Never printed (contract.css).
 */
export function renewalOffer(doc: ContractDocument, data: Record<string, unknown>, today: string, language = "en"): HTMLElement | undefined {
  const couple = data[COUPLE] as Record<string, unknown> | undefined;
  const review = couple?.[REVIEW_DATE];
  const signed = doc.signing !== undefined && doc.signing.signatures.every((signature) => signature.status === "signed");
  if (typeof review !== "string" || !signed) return undefined;
  const when = formatDate(review, language);
  if (today < review) {
    return element("p", { className: "renewal-later", attributes: { "data-renewal-offer": "later" }, children: [`You planned to review this contract together on ${when}.`] });
  }
  return element("section", {
    className: "contract-message renewal-offer",
    attributes: { "aria-labelledby": "renewal-offer-title", "data-renewal-offer": "due" },
    children: [
      element("h2", { attributes: { id: "renewal-offer-title" }, children: ["It’s time to review your contract"] }),
      element("p", {
        children: [
          `You planned to look at it again together ${today === review ? "today" : `on ${when}`}. Read it through, change what your lives have changed, and sign a new version: the workbook starts it from this one, and shows you what changed.`,
        ],
      }),
      element("p", { children: [element("a", { className: "button", attributes: { href: workbookHref(RENEW_VIEW) }, children: ["Review and renew in the workbook"] })] }),
    ],
  });
}
