import { versionCode } from "../../contract/version-code.ts";
import { element } from "../element.ts";
import type { Renewal } from "./document-types.ts";

/**
 * The line under the signatures that records the renewal chain: "Version 2 of this
 * contract, renewing version 1 (version code 3f9a 0c2e)", with the previous
 * version's full fingerprint, which `autonomy-contract verify` checks between the
 * two PDFs. Printed: on paper it is the record of which contract this one replaces.
 */
export function renderRenewal({ version, previousFingerprint }: Renewal): HTMLElement {
  const groups = previousFingerprint.match(/.{1,8}/g) ?? [];
  return element("p", {
    className: "contract-note contract-renewal",
    attributes: { "data-contract-renewal": String(version) },
    children: [
      `Version ${version} of this contract, renewing version ${version - 1} (version code ${versionCode(previousFingerprint)}; full code `,
      ...groups.flatMap((group, index) => [...(index > 0 ? [" "] : []), element("span", { className: "contract-fingerprint-group", children: [group] })]),
      ").",
    ],
  });
}
