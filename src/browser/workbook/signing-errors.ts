import { getAt, parsePath } from "../../contract/field-path.ts";
import type { FieldError } from "../../contract/validate-contract.ts";

/**
 * What stops a partner signing, from the contract's complete errors: every answer
 * must be complete, and so must the signer's own name, method and date (a drawn
 * signature needs a drawing). The other partner's signature does not stop them, nor
 * does their own fingerprint, which signing is about to work out.
 */
export function errorsBeforeSigning(errors: FieldError[], signature: string, data: Record<string, unknown>): FieldError[] {
  const blocking = errors.filter(
    (error) => !error.path.startsWith("signatures.") || (error.path.startsWith(`${signature}.`) && !error.path.endsWith(".fingerprint")),
  );
  const method = getAt(data, [...parsePath(signature), "method"]);
  if (method === "Drawn" && !getAt(data, [...parsePath(signature), "strokes"])) {
    blocking.push({ path: `${signature}.strokes`, message: "Draw your signature in the box, or choose “Typed” to type your name" });
  }
  return blocking;
}
