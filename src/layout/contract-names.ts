/** The two partners, as the keys of every per-partner answer in a contract. */
export type Partner = "a" | "b";

/** Both partners, in the order every view shows them. */
export const PARTNERS: readonly Partner[] = ["a", "b"];

const isPartner = (key: string): key is Partner => (PARTNERS as readonly string[]).includes(key);

/** The partner whose answer a dotted path is (`batteryPack.b.rhythm` → "b"), or undefined for a shared answer. */
export function partnerOf(path: string): Partner | undefined {
  // The schema checker lets "a" and "b" appear only as a pair of partner keys, so the
  // first such segment is the partner, wherever the pair sits in the path.
  return path.split(".").find(isPartner);
}
