/**
 * What `pdf` needs besides Chromium, in one module it loads while Chromium boots: the
 * schema, the contract check and the atomic writer. One dynamic import instead of
 * three keeps the bundle's chunks coarse, so that `validate`, which uses the same
 * modules, loads fewer files.
 */
export { loadSchema } from "../schema/load-schema.ts";
export { checkContractFile } from "./check-contract-file.ts";
export { writeOutputFile } from "./write-output-file.ts";
