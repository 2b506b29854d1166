import { fingerprint } from "./fingerprint.ts";
import { PARTNER_LABELS, PARTNERS, SIGNATURE_PARTS, signaturePath } from "../layout/contract-names.ts";
import { getAt, parsePath } from "./field-path.ts";
import type { FieldError } from "./validate-contract.ts";

/** The contract's own fingerprint and, for each signature, whether it still matches. */
export interface SignatureCheck {
  fingerprint: string;
  errors: FieldError[];
}

/**
 * Compares each signature's stored fingerprint with the contract's current one. A
 * mismatch means an answer changed after that partner signed, so the signature no
 * longer covers what the contract says and must be given again.
 */
export async function checkSignatures(contract: Record<string, unknown>): Promise<SignatureCheck> {
  const current = await fingerprint(contract);
  const errors: FieldError[] = [];
  for (const signer of PARTNERS) {
    const at = (part: string) => `${signaturePath(signer)}.${part}`;
    const signed = getAt(contract, parsePath(at(SIGNATURE_PARTS.fingerprint)));
    if (signed !== undefined && signed !== current) {
      const name = getAt(contract, parsePath(at(SIGNATURE_PARTS.name)));
      errors.push({
        path: at(SIGNATURE_PARTS.fingerprint),
        message: `${typeof name === "string" ? name : PARTNER_LABELS[signer]} signed an earlier version of this contract: sign again`,
      });
    }
  }
  return { fingerprint: current, errors };
}
