import { safeText } from "./safe-text.ts";

/** Where a command prints: whole lines, the result on `out`, problems on `err`. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Prints to this process's stdout and stderr. Every line goes through safeText, so a
 * file name or an answer can never send the terminal an escape sequence, and a
 * newline inside one cannot pass for a line of ours.
 */
export function cliOutput(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): CliOutput {
  return {
    out: (line) => void stdout.write(`${safeText(line)}\n`),
    err: (line) => void stderr.write(`${safeText(line)}\n`),
  };
}
