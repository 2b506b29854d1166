/** One problem with a contract, at the dotted path of the answer it concerns. */
export interface FieldError {
  path: string;
  message: string;
}
