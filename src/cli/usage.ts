import { commandTable } from "./command-table.ts";
import type { CommandSpec } from "./command-types.ts";

const TOOL = "autonomy-contract";

const GLOBAL_OPTIONS = [
  ["-h, --help", "show this help; after a command, that command's"],
  ["--version", "print the version"],
  ["--debug", "on an error, print its stack trace too"],
] as const;

const EXIT_CODES = "Exit codes: 0 done; 1 invalid input or failed verification; 2 wrong command line.";

/** A command's synopsis: `pdf <contract.json> [--out file.pdf] [--paper a4|letter] [--site dist]`. */
export function synopsis(spec: CommandSpec): string {
  const files = spec.files.map((file, index) => `<${file}>${spec.manyFiles && index === spec.files.length - 1 ? "..." : ""}`);
  const options = Object.entries(spec.options).map(([name, { value }]) => `[--${name} ${value}]`);
  const flags = Object.keys(spec.flags ?? {}).map((name) => `[--${name}]`);
  return [spec.name, ...files, ...options, ...flags].join(" ");
}

/** The tool's help: every command with one example, the common options and the exit codes. */
export function usage(): string[] {
  return [
    `usage: ${TOOL} <command> [options]`,
    "",
    "Checks, prints, verifies and imports Autonomy Contracts.",
    "",
    "Commands:",
    ...commandTable.flatMap((spec) => [`  ${synopsis(spec)}`, `      ${spec.summary}`, `      e.g. ${spec.example}`]),
    `  help [command]`,
    `      show this help, or a command's`,
    "",
    "Options:",
    ...table(GLOBAL_OPTIONS),
    "",
    EXIT_CODES,
  ];
}

/** One command's help: synopsis, what it does, its options, an example. */
export function commandUsage(spec: CommandSpec): string[] {
  const own = [
    ...Object.entries(spec.options).map(([name, { value, help }]) => [`--${name} ${value}`, help] as const),
    ...Object.entries(spec.flags ?? {}).map(([name, { help }]) => [`--${name}`, help] as const),
  ];
  return [
    `usage: ${TOOL} ${synopsis(spec)}`,
    "",
    spec.description,
    "",
    "Options:",
    ...table([...own, ...GLOBAL_OPTIONS]),
    "",
    "Example:",
    `  ${spec.example}`,
    "",
    EXIT_CODES,
  ];
}

/** The short reminder printed under a usage error. */
export function usageHint(spec?: CommandSpec): string[] {
  return spec
    ? [`usage: ${TOOL} ${synopsis(spec)}`, `run "${TOOL} ${spec.name} --help" for more`]
    : [`usage: ${TOOL} <command> [options]; commands: ${commandTable.map(({ name }) => name).join(", ")}`, `run "${TOOL} --help" for more`];
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
