import { fingerprint } from "./fingerprint.ts";
import { PARTNER_LABELS, PARTNERS } from "./partners.ts";
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
  const signatures = (contract.signatures ?? {}) as Record<string, { fingerprint?: string; name?: string } | undefined>;
  const errors: FieldError[] = [];
  for (const signer of PARTNERS) {
    const signature = signatures[signer];
    if (signature?.fingerprint !== undefined && signature.fingerprint !== current) {
      errors.push({
        path: `signatures.${signer}.fingerprint`,
        message: `${signature.name ?? PARTNER_LABELS[signer]} signed an earlier version of this contract: sign again`,
      });
    }
  }
  return { fingerprint: current, errors };
}
