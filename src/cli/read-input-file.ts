import { readFile, stat } from "node:fs/promises";
import { CliError } from "./cli-error.ts";
import { formatSize } from "./format-size.ts";

/** How much a command reads, and what it calls the file in messages. */
export interface InputLimits {
  /** Files above this size are refused before being read. */
  maxBytes: number;
  /** What the file should be, for the size message: "a contract file". */
  what: string;
}

/**
 * Reads a file named on the command line, refusing with one clear line anything that
 * is not a regular, readable, non-empty file of a sane size. The size is checked
 * before reading (and again after, the file may have grown) so that a wrong path to
 * a large file, or to /dev/zero or a pipe, cannot fill memory or hang the command.
 */
export async function readInputFile(file: string, limits: InputLimits): Promise<Buffer> {
  const fail = (message: string, cause?: unknown) => new CliError(message, { file, cause });
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw fail("is a folder, not a file");
    if (!info.isFile()) throw fail("is not a regular file");
    if (info.size > limits.maxBytes) throw fail(tooBig(info.size, limits));
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fail(describeReadError(error), error);
  }
  if (bytes.length > limits.maxBytes) throw fail(tooBig(bytes.length, limits));
  if (bytes.length === 0) throw fail("is empty");
  return bytes;
}

function tooBig(size: number, limits: InputLimits): string {
  return `is ${formatSize(size)}; ${limits.what} is at most ${formatSize(limits.maxBytes)}`;
}

function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "no such file (a part of the path is not a folder)";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot be read (${(error as Error).message})`;
  }
}
