import { CliError } from "./cli-error.ts";
import { readInputFile, type InputLimits } from "./read-input-file.ts";

/**
 * Reads a text file named on the command line as strict UTF-8. A file in another
 * encoding (or binary data) is refused rather than read with replacement characters,
 * which would quietly change the answers and so the contract's fingerprint.
 */
export async function readInputText(file: string, limits: InputLimits): Promise<string> {
  const bytes = await readInputFile(file, limits);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new CliError("is not UTF-8 text", { file, cause });
  }
}
