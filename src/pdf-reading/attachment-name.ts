/**
 * The name of the contract's JSON inside a contract PDF. A module of its own, without
 * pdf-lib, so the contract PDF's incremental update (src/pdf/finish-contract-pdf.ts)
 * can name it without loading pdf-lib, and the browser's reader shares it.
 */
export const CONTRACT_ATTACHMENT = "contract.json";
