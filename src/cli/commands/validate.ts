import { loadSchema } from "../../schema/load-schema.ts";
import { checkContractFile } from "../check-contract-file.ts";
import type { RunCommand } from "../command-types.ts";

/** `validate <contract.json>`: prints "valid: <names>, fingerprint <hex>", or one line per problem. */
export const validateCommand: RunCommand = async ({ files: [file] }, output) => {
  const contract = await checkContractFile(file as string, await loadSchema());
  output.out(`valid: ${contract.names}, fingerprint ${contract.fingerprint}`);
  return 0;
};
