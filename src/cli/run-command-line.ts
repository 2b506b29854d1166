import { readFileSync } from "node:fs";
import path from "node:path";
import { inspect } from "node:util";
import { CliError, type FailureCode } from "./cli-error.ts";
import type { CliOutput } from "./cli-output.ts";
import { commandTable, parseArgsOptions } from "./command-table.ts";
import type { CommandSpec } from "./command-types.ts";
import { errorLines } from "./error-lines.ts";
import { parseOptions as parse } from "./parse-options.ts";
import { ROOT } from "../project-root.ts";
import { commandUsage, usage, usageHint } from "./usage.ts";

/** Options every command takes, before or after the command's name. */
const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  debug: { type: "boolean" },
} as const;

/** What the run learned before it failed: the command, for the usage hint, and --debug. */
interface RunState {
  spec?: CommandSpec;
  debug: boolean;
}

/**
 * Runs `autonomy-contract` with the given arguments (without node and the script) and
 * returns the exit code: 0 done, 1 invalid input or a failed check, 2 a wrong command
 * line. Every problem is printed as lines on `output.err`, never thrown.
 */
export async function runCommandLine(argv: string[], output: CliOutput): Promise<0 | FailureCode> {
  const state: RunState = { debug: false };
  try {
    return await dispatch(argv, output, state);
  } catch (error) {
    return report(error, output, state);
  }
}

async function dispatch(argv: string[], output: CliOutput, state: RunState): Promise<0 | 1> {
  // Only the common flags may come before the command, so the first word that is not
  // an option is the command, and each command then parses its own options strictly.
  const at = argv.findIndex((arg) => !arg.startsWith("-"));
  const [before, name, rest] = at === -1 ? [argv, undefined, []] : [argv.slice(0, at), argv[at] as string, argv.slice(at + 1)];
  const global = parse(before, GLOBAL_OPTIONS, false).values;
  state.debug = global.debug === true;
  if (global.version) {
    output.out(readVersion());
    return 0;
  }
  if (name === undefined) {
    if (!global.help) throw new CliError("missing command", { exitCode: 2 });
    usage().forEach(output.out);
    return 0;
  }
  if (name === "help") return help(rest, output, state);
  const spec = findCommand(name);
  state.spec = spec;
  const { values, positionals } = parse(rest, { ...GLOBAL_OPTIONS, ...parseArgsOptions(spec) }, true);
  state.debug ||= values.debug === true;
  if (values.help || global.help) {
    commandUsage(spec).forEach(output.out);
    return 0;
  }
  checkFileCount(spec, positionals);
  const options = Object.fromEntries(Object.keys(spec.options).map((option) => [option, values[option] as string | undefined]));
  const flags = Object.fromEntries(Object.keys(spec.flags ?? {}).map((flag) => [flag, values[flag] === true]));
  const run = await spec.load();
  return run({ files: positionals, options, flags }, output);
}

function help(rest: string[], output: CliOutput, state: RunState): 0 {
  const { values, positionals } = parse(rest, GLOBAL_OPTIONS, true);
  state.debug = values.debug === true;
  const [topic, extra] = positionals;
  if (extra !== undefined) throw new CliError(`help: unexpected argument "${extra}"`, { exitCode: 2 });
  (topic === undefined ? usage() : commandUsage(findCommand(topic))).forEach(output.out);
  return 0;
}

function findCommand(name: string): CommandSpec {
  const spec = commandTable.find((candidate) => candidate.name === name);
  if (!spec) {
    const names = commandTable.map((candidate) => candidate.name);
    throw new CliError(`unknown command "${name}": use ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`, { exitCode: 2 });
  }
  return spec;
}

function checkFileCount(spec: CommandSpec, files: string[]): void {
  const missing = spec.files[files.length];
  if (missing !== undefined) throw new CliError(`${spec.name}: missing <${missing}>`, { exitCode: 2 });
  const extra = files[spec.files.length];
  if (extra !== undefined && !spec.manyFiles) throw new CliError(`${spec.name}: unexpected argument "${extra}"`, { exitCode: 2 });
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/** Prints an error as lines, `autonomy-contract: <file>: <what>`, and its stack only under --debug. */
function report(error: unknown, output: CliOutput, state: RunState): FailureCode {
  const known = error instanceof CliError ? error : undefined;
  // An unexpected error is a bug or a failure of the system (a full disk): one line still.
  errorLines(error).forEach(output.err);
  const exitCode = known?.exitCode ?? 1;
  if (exitCode === 2) usageHint(state.spec).forEach(output.err);
  if (state.debug) inspect(error, { depth: 6 }).split("\n").forEach(output.err);
  return exitCode;
}
