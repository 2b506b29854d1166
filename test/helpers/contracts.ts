import { readFileSync } from "node:fs";
import path from "node:path";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { ROOT } from "./run-build.ts";

/** The sample contract of data/examples, as text. */
export const SAMPLE_TEXT = readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8");

/** A fresh copy of the sample contract's data. */
export function sampleContract(): Record<string, any> {
  return JSON.parse(SAMPLE_TEXT);
}

/** Signs a contract again (both partners, and nothing else changed) after a test edited it. */
export async function resign(contract: Record<string, any>): Promise<Record<string, any>> {
  const print = await fingerprint(contract);
  for (const partner of ["a", "b"]) contract.signatures[partner].fingerprint = print;
  return contract;
}
