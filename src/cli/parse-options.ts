import { parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";

/** The option table parseArgs takes. */
export type OptionTable = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

/** What parseArgs found: option values by name, and the other arguments in order. */
export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * parseArgs, strict, with its errors turned into usage errors (exit code 2) that
 * quote the argument: every command of the project (autonomy-contract, build,
 * serve) answers a wrong command line in the same words.
 */
export function parseOptions(args: string[], options: OptionTable, allowPositionals: boolean): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals });
    return { values: values as ParsedOptions["values"], positionals };
  } catch (cause) {
    const error = cause as Error & { code?: string };
    const unknown = /^Unknown option '([^']*)'/.exec(error.message)?.[1];
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== undefined) {
      throw new CliError(`unknown option "${unknown}"`, { exitCode: 2, cause });
    }
    const argument = /^Unexpected argument '([^']*)'/.exec(error.message)?.[1];
    if (argument !== undefined) throw new CliError(`unexpected argument "${argument}"`, { exitCode: 2, cause });
    const option = /^Option '(-[^' ]+)/.exec(error.message)?.[1];
    if (option !== undefined && / argument (missing|is ambiguous)/.test(error.message)) {
      throw new CliError(`option "${option}" needs a value`, { exitCode: 2, cause });
    }
    // Node's other messages name the option ("Option '--debug' does not take an argument");
    // their first line is the whole point.
    throw new CliError(error.message.split("\n")[0] as string, { exitCode: 2, cause });
  }
}
