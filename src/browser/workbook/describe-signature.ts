import { formatDate } from "../../contract/format-date.ts";
import type { SignatureState } from "../../contract/signature-state.ts";
import { versionCode } from "../../contract/version-code.ts";

/** The sentence under a partner's signature: in words and one date format, never a hash. */
export function describeSignature(state: SignatureState, name: string, date: string | undefined, signed?: string, language = "en"): string {
  switch (state) {
    case "unsigned":
      return `Not signed yet.`;
    case "signed":
      return `Signed by ${name}${date ? ` on ${formatDate(date, language)}` : ""}, version ${signed ? versionCode(signed) : "as above"}: the version of your answers as they are now.`;
    case "outdated":
      return `${name} signed an earlier version${signed ? ` (${versionCode(signed)})` : ""}. Answers have changed since, so this signature no longer covers the contract: sign again.`;
  }
}
