import { CONTRACT_VERSION, PREVIOUS_FINGERPRINT } from "../layout/contract-names.ts";

/** One signed version of a contract, as the chain check needs it. */
export interface ChainVersion {
  /** The file it came from, as the person named it. */
  file: string;
  /** The data as signed (its `contractVersion` and `previousFingerprint`). */
  data: Record<string, unknown>;
  /** Its own fingerprint, the one its signatures cover. */
  fingerprint: string;
}

/** One link of the chain, as a line to print: `ok` false for a broken or missing link. */
export interface ChainLink {
  ok: boolean;
  text: string;
}

/** A contract's version number: its `contractVersion`, or 1 for a contract that has none (made before renewal existed). */
export function contractVersionOf(data: Record<string, unknown>): number {
  const version = data[CONTRACT_VERSION];
  return typeof version === "number" && Number.isInteger(version) && version >= 1 ? version : 1;
}

/**
 * Checks the renewal chain of several signed versions of one contract, given in any
 * order: sorted by version number, each newer version must be exactly one more than
 * the one before it and carry that version's fingerprint as its previous one. One
 * line per link; a version missing between two given ones, or two files of the same
 * version, is said as such.
 */
export function checkRenewalChain(versions: ChainVersion[]): ChainLink[] {
  const sorted = [...versions].sort((a, b) => contractVersionOf(a.data) - contractVersionOf(b.data));
  const links: ChainLink[] = [];
  for (let index = 1; index < sorted.length; index++) {
    const older = sorted[index - 1]!;
    const newer = sorted[index]!;
    const [was, now] = [contractVersionOf(older.data), contractVersionOf(newer.data)];
    if (now === was) {
      links.push({ ok: false, text: `${older.file} and ${newer.file} are both version ${now}: a chain has one file per version` });
    } else if (now > was + 1) {
      const missing = now === was + 2 ? `version ${was + 1} is` : `versions ${was + 1} to ${now - 1} are`;
      links.push({ ok: false, text: `${missing} missing: ${newer.file} is version ${now} and ${older.file} is version ${was}; give every version from ${was} to ${now}` });
    } else if (newer.data[PREVIOUS_FINGERPRINT] !== older.fingerprint) {
      const previous = newer.data[PREVIOUS_FINGERPRINT];
      const said = typeof previous === "string" ? `its previous fingerprint is ${previous}` : "it records no previous fingerprint";
      links.push({ ok: false, text: `version ${now} in ${newer.file} does not renew version ${was} in ${older.file}: ${said} but ${older.file}'s is ${older.fingerprint}` });
    } else {
      links.push({ ok: true, text: `version ${now} renews version ${was}: ok` });
    }
  }
  return links;
}
