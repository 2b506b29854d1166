import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { renewContract } from "../../src/contract/renew-contract.ts";
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

/**
 * Writes `count` signed contracts into `dir` (contract-001.json, ...), each the
 * sample with partner A renamed after its number (or by `nameOf`), signed again, so
 * that no two PDFs of a batch are the same. Returns the file paths in order.
 */
export async function writeSignedContracts(dir: string, count: number, nameOf = (index: number) => `Maya Okafor ${index + 1}`): Promise<string[]> {
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const contract = sampleContract();
    contract.couple.a.name = nameOf(index);
    const file = path.join(dir, `contract-${String(index + 1).padStart(3, "0")}.json`);
    await writeFile(file, `${JSON.stringify(await resign(contract), null, 2)}\n`);
    files.push(file);
  }
  return files;
}

/**
 * The signed renewal of a signed contract, as the workbook makes it: renewContract,
 * then `edit` (the couple's changes), new dates, and both partners' signatures
 * (those of the previous version, given again over the new answers).
 */
export async function signedRenewal(previous: Record<string, any>, edit: (draft: Record<string, any>) => void = () => {}): Promise<Record<string, any>> {
  const draft = renewContract(previous, await fingerprint(previous)) as Record<string, any>;
  draft.couple.startDate = "2027-03-01";
  draft.couple.reviewDate = "2027-06-01";
  edit(draft);
  draft.signatures = structuredClone(previous.signatures);
  return resign(draft);
}
