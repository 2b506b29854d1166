/** The state of one partner's signature against the contract as it is now. */
export type SignatureState = "unsigned" | "signed" | "outdated";

/** Compares a signature's fingerprint with the contract's current one. */
export function signatureState(signed: string | undefined, current: string | undefined): SignatureState {
  if (!signed) return "unsigned";
  return signed === current ? "signed" : "outdated";
}

/** Splits a fingerprint into groups of eight, so two people can read it aloud to compare. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,8}/g)?.join(" ") ?? fingerprint;
}
