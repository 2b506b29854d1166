import { COUPLE, FIRST_START_DATE, CONTRACT_VERSION, PARTNERS, PREVIOUS_FINGERPRINT, REVIEW_DATE, SIGNATURES, START_DATE } from "../layout/contract-names.ts";
import { contractVersionOf } from "./renewal-chain.ts";

/**
 * The draft that renews a signed contract: the same answers, its version one more
 * (a contract without one counts as version 1), the previous version's fingerprint
 * (the one its signatures cover) recorded, the start date of the first contract kept
 * (taken from the previous start date when it has none, so the calendar's events
 * keep their identity), the partners' signatures removed (the witness named stays),
 * and the start and review dates left to answer again: a renewal runs from a new
 * date. `signed` is left untouched.
 */
export function renewContract(signed: Record<string, unknown>, previousFingerprint: string): Record<string, unknown> {
  const draft = structuredClone(signed);
  const couple = (typeof draft[COUPLE] === "object" && draft[COUPLE] !== null ? draft[COUPLE] : {}) as Record<string, unknown>;
  draft[CONTRACT_VERSION] = contractVersionOf(signed) + 1;
  draft[PREVIOUS_FINGERPRINT] = previousFingerprint;
  const first = signed[FIRST_START_DATE] ?? couple[START_DATE];
  if (typeof first === "string") draft[FIRST_START_DATE] = first;
  // The partners sign again; the witness or therapist named stays, a detail rather than a signature.
  const signatures = draft[SIGNATURES];
  if (typeof signatures === "object" && signatures !== null) {
    for (const partner of PARTNERS) delete (signatures as Record<string, unknown>)[partner];
    if (Object.keys(signatures).length === 0) delete draft[SIGNATURES];
  }
  delete couple[START_DATE];
  delete couple[REVIEW_DATE];
  return draft;
}
