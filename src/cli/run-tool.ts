import { inspect } from "node:util";
import { CliError, type FailureCode } from "./cli-error.ts";
import { cliOutput, type CliOutput } from "./cli-output.ts";
import { describeErrorLine } from "./describe-error-line.ts";
import { parseOptions, type OptionTable, type ParsedOptions } from "./parse-options.ts";

/** A small command of the project (`npm run build`, `npm run serve`). */
export interface Tool {
  /** How its messages start: `build: unknown option "--colour"`. */
  name: string;
  /** Its usage lines, printed for --help and under a usage error. */
  usage: string;
  options: OptionTable;
  run(values: ParsedOptions["values"], output: CliOutput): Promise<0 | FailureCode>;
}

/**
 * Runs a tool with the same parsing and error style as `autonomy-contract`: strict
 * options, a wrong command line answered with one line and the usage (exit 2), a
 * CliError as its lines (exit 1), anything else as one line, with its stack only
 * under --debug. Returns the exit code; the caller's edge sets it.
 */
export async function runTool(tool: Tool, argv: string[], output: CliOutput = cliOutput()): Promise<0 | FailureCode> {
  const options: OptionTable = { ...tool.options, help: { type: "boolean", short: "h" }, debug: { type: "boolean" } };
  const debug = argv.includes("--debug");
  try {
    const { values } = parseOptions(argv, options, false);
    if (values.help) {
      tool.usage.split("\n").forEach(output.out);
      return 0;
    }
    return await tool.run(values, output);
  } catch (error) {
    const known = error instanceof CliError ? error : undefined;
    for (const line of known?.lines ?? [describeErrorLine(error)]) output.err(`${tool.name}: ${line}`);
    if (known?.exitCode === 2) tool.usage.split("\n").forEach(output.err);
    if (debug) inspect(error, { depth: 6 }).split("\n").forEach(output.err);
    return known?.exitCode ?? 1;
  }
}
