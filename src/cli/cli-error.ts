/** How a command ended badly: 1 for input that is wrong or a check that fails, 2 for a misused command line. */
export type FailureCode = 1 | 2;

/** What a CliError is about, beyond its lines. */
export interface CliErrorOptions {
  /** The file the lines are about, as the person typed it; printed before each line. */
  file?: string;
  exitCode?: FailureCode;
  cause?: unknown;
}

/**
 * An error meant for the person at the command line: one or more lines, each
 * complete on its own (`couple.a.name: Answer “Name”`), printed without a stack
 * trace. Anything else that is thrown is a bug and is described the same way, with
 * its stack under --debug.
 */
export class CliError extends Error {
  override name = "CliError";
  readonly lines: string[];
  readonly file: string | undefined;
  readonly exitCode: FailureCode;

  constructor(lines: string | string[], options: CliErrorOptions = {}) {
    const all = typeof lines === "string" ? [lines] : lines;
    super(all.join("\n"), options.cause === undefined ? undefined : { cause: options.cause });
    this.lines = all;
    this.file = options.file;
    this.exitCode = options.exitCode ?? 1;
  }
}
