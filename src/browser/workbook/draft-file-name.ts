import type { Partner } from "../../layout/contract-names.ts";

/**
 * The name of a partner's draft file, which says whose it is: the first word of the
 * name they gave, as plain letters (`autonomy-contract-draft-maya.json`), or their
 * letter until they give one (`autonomy-contract-draft-partner-a.json`).
 */
export function draftFileName(name: string | undefined, partner: Partner): string {
  const slug = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")[0];
  return `autonomy-contract-draft-${slug || `partner-${partner}`}.json`;
}
