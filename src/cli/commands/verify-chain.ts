import { checkRenewalChain, type ChainVersion } from "../../contract/renewal-chain.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import type { CliOutput } from "../cli-output.ts";
import { readContractInput } from "../read-contract-input.ts";
import { printVerifyResult, verifyFile } from "./verify.ts";

/**
 * `verify v1.pdf v2.pdf v3.pdf`, in any order: verifies each PDF as for one file
 * (each line after its file's name), then each link of the renewal chain, one line
 * per link ("version 2 renews version 1: ok"), naming a broken or missing one.
 * Exit 1 when any PDF or any link fails. The chain is only checked between PDFs
 * that verified: a changed PDF's fingerprint proves nothing.
 */
export async function verifyChain(files: string[], output: CliOutput): Promise<0 | 1> {
  const schema = await loadSchema();
  let code: 0 | 1 = 0;
  const versions: ChainVersion[] = [];
  for (const file of files) {
    const result = await verifyFile(file);
    if (printVerifyResult(result, file, output, `${file}: `) !== 0) code = 1;
    if (result.status !== "verified") continue;
    const { original, fingerprint } = await readContractInput(file, schema);
    versions.push({ file, data: original, fingerprint });
  }
  if (versions.length < files.length) {
    output.out("the renewal chain is checked only between the PDFs that verified");
  }
  for (const link of checkRenewalChain(versions)) {
    output.out(link.text);
    if (!link.ok) code = 1;
  }
  return code;
}
