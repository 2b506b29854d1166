/** A PDF this project cannot use as asked: not a PDF, encrypted, not ours, or holding an answer that cannot be read. */
export class ContractPdfError extends Error {
  override name = "ContractPdfError";
}
