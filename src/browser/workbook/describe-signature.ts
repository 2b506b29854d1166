import type { SignatureState } from "../../contract/signature-state.ts";

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
