import writeFileAtomic from "write-file-atomic";
import { checkOutputFile } from "./check-output-file.ts";
import { CliError } from "./cli-error.ts";

/**
 * Writes a command's output file atomically: into a temporary file beside it, then
 * renamed over it, so an interrupted or failed write leaves the old file (or none)
 * and never half a PDF; write-file-atomic removes its temporary file on failure and
 * on exit. Checks the destination first (see checkOutputFile).
 */
export async function writeOutputFile(output: string, data: Uint8Array | string, input: string): Promise<void> {
  await checkOutputFile(output, input);
  const content = typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    await writeFileAtomic(output, content);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (cause as Error).message;
    throw new CliError(`cannot be written (${reason})`, { file: output, cause });
  }
}
