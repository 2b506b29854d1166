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

/** The sentence under a partner's signature. */
export function describeSignature(state: SignatureState, name: string, date: string | undefined): string {
  switch (state) {
    case "unsigned":
      return `Not signed yet.`;
    case "signed":
      return `Signed by ${name}${date ? ` on ${date}` : ""}. The fingerprint above is what this signature covers.`;
    case "outdated":
      return `${name} signed an earlier version. Answers have changed since, so this signature no longer covers the contract: sign again.`;
  }
}
