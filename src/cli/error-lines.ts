import { CliError } from "./cli-error.ts";
import { describeErrorLine } from "./describe-error-line.ts";

/** An error as the lines autonomy-contract prints for it: `autonomy-contract: <file>: <what>`, one per problem. */
export function errorLines(error: unknown): string[] {
  const known = error instanceof CliError ? error : undefined;
  const prefix = `autonomy-contract: ${known?.file !== undefined ? `${known.file}: ` : ""}`;
  return (known?.lines ?? [describeErrorLine(error)]).map((line) => `${prefix}${line}`);
}
