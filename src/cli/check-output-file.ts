import { stat } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cli-error.ts";

/**
 * Makes sure a command can write `output` before it does any slow work: the folder
 * exists, the name is not a folder, and it is not the input file itself (under
 * another spelling, or through a link), which writing would destroy.
 */
export async function checkOutputFile(output: string, input: string): Promise<void> {
  const [outputInfo, inputInfo] = await Promise.all([statOrUndefined(output), statOrUndefined(input)]);
  const sameFile =
    path.resolve(output) === path.resolve(input) ||
    (outputInfo !== undefined && inputInfo !== undefined && outputInfo.dev === inputInfo.dev && outputInfo.ino === inputInfo.ino);
  if (sameFile) throw new CliError("is the input file itself: choose another output file with --out", { file: output, exitCode: 2 });
  if (outputInfo?.isDirectory()) throw new CliError("is a folder: give a file name with --out", { file: output });
  const folder = path.dirname(output);
  const folderInfo = await statOrUndefined(folder);
  if (!folderInfo) throw new CliError(`cannot be written: the folder "${folder}" does not exist`, { file: output });
  if (!folderInfo.isDirectory()) throw new CliError(`cannot be written: "${folder}" is not a folder`, { file: output });
}

async function statOrUndefined(file: string) {
  return stat(file).catch(() => undefined);
}
