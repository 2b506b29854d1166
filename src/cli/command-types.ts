import type { CliOutput } from "./cli-output.ts";

/** What a command is given: its file arguments in order, and its options by name. */
export interface CommandInput {
  files: string[];
  options: Record<string, string | undefined>;
  /** Its on/off options (`--draft`), by name: true when given. */
  flags: Record<string, boolean>;
}

/** A command's work: prints its result and returns the exit code (0, or 1 for a failed check). */
export type RunCommand = (input: CommandInput, output: CliOutput) => Promise<0 | 1>;

/** One command of the tool: how it is called and explained, and where its code is. */
export interface CommandSpec {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Its file arguments, as they are shown: `contract.json`. */
  files: string[];
  /** The last file argument may be given any number of times (`pdf a.json b.json`). */
  manyFiles?: boolean;
  /** Its own options that take a value, with their help lines. */
  options: Record<string, { value: string; help: string }>;
  /** Its own on/off options, with their help lines. */
  flags?: Record<string, { help: string }>;
  /** What it does, for `<command> --help`. */
  description: string;
  example: string;
  /** Loaded only when the command runs, so that --help starts fast. */
  load(): Promise<RunCommand>;
}
