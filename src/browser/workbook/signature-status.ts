import { checkSignatures } from "../../contract/check-signatures.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerName } from "../../contract/partners.ts";
import { signatureState, type SignatureState } from "../../contract/signature-state.ts";
import { versionCode } from "../../contract/version-code.ts";
import { PARTNERS, partnerOf, type Partner } from "../../layout/contract-names.ts";
import { describeSignature } from "./describe-signature.ts";
import type { WorkbookState } from "./workbook-state.ts";

/**
 * Shows the version code of the answers now (the first characters of their
 * fingerprint, which two people can read aloud to each other), and under each
 * signature whether it covers them. The signatures are read once the fingerprint is
 * worked out, from the answers as they are by then, so a signature given meanwhile
 * shows at once. Returns each partner's signature state.
 */
export async function showSignatureStatus(form: HTMLFormElement, state: WorkbookState): Promise<Record<Partner, SignatureState>> {
  const { fingerprint: now } = await checkSignatures(state.data);
  const shown = form.querySelector("[data-current-version]");
  if (shown) shown.textContent = versionCode(now);
  const states = Object.fromEntries(PARTNERS.map((partner) => [partner, "unsigned"])) as Record<Partner, SignatureState>;
  for (const status of form.querySelectorAll<HTMLElement>("[data-signature-status]")) {
    const path = status.dataset.signatureStatus as string;
    const partner = partnerOf(path);
    if (!partner) continue;
    const signed = getAt(state.data, [...parsePath(path), "fingerprint"]) as string | undefined;
    const date = getAt(state.data, [...parsePath(path), "date"]) as string | undefined;
    const signature = signatureState(signed, now);
    states[partner] = signature;
    status.textContent = describeSignature(signature, partnerName(state.data, partner), date, signed);
    status.dataset.state = signature;
  }
  return states;
}
