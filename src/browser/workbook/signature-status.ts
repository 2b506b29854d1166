import { checkSignatures } from "../../contract/check-signatures.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerName } from "../../contract/partners.ts";
import { groupFingerprint, signatureState } from "../../contract/signature-state.ts";
import { partnerOf } from "../../layout/contract-names.ts";
import { describeSignature } from "./describe-signature.ts";
import type { WorkbookState } from "./workbook-state.ts";

/**
 * Shows the fingerprint of the answers now, in groups two people can read aloud, and
 * under each signature whether it covers them. The signatures are read once the
 * fingerprint is worked out, from the answers as they are by then, so a signature
 * given meanwhile shows at once.
 */
export async function showSignatureStatus(form: HTMLFormElement, state: WorkbookState): Promise<void> {
  const { fingerprint: now } = await checkSignatures(state.data);
  const shown = form.querySelector("[data-current-fingerprint]");
  if (shown) shown.textContent = groupFingerprint(now);
  for (const status of form.querySelectorAll<HTMLElement>("[data-signature-status]")) {
    const path = status.dataset.signatureStatus as string;
    const partner = partnerOf(path);
    if (!partner) continue;
    const signed = getAt(state.data, [...parsePath(path), "fingerprint"]) as string | undefined;
    const date = getAt(state.data, [...parsePath(path), "date"]) as string | undefined;
    const signature = signatureState(signed, now);
    status.textContent = describeSignature(signature, partnerName(state.data, partner), date);
    status.dataset.state = signature;
  }
}
