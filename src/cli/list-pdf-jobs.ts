import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cli-error.ts";
import { replaceExtension } from "./replace-extension.ts";

/** One contract to print and where its PDF goes. */
export interface PdfJob {
  input: string;
  output: string;
}

/** What `pdf` was given: the file and folder arguments, and --out or --out-dir. */
export interface PdfTargets {
  inputs: string[];
  out?: string;
  outDir?: string;
}

/**
 * Turns the pdf command's arguments into one job per contract: a folder stands for
 * its .json files (in name order, not its subfolders); each PDF is named after its
 * input, beside it or in --out-dir. Refuses, as a wrong command line (exit 2),
 * --out with several contracts, --out with --out-dir, and two inputs that would write
 * the same PDF. `batch` is true when more than one contract could be meant.
 */
export async function listPdfJobs(targets: PdfTargets): Promise<{ jobs: PdfJob[]; batch: boolean }> {
  if (targets.out !== undefined && targets.outDir !== undefined) throw new CliError("give --out or --out-dir, not both", { exitCode: 2 });
  const inputs: string[] = [];
  let batch = targets.inputs.length > 1;
  for (const input of targets.inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      inputs.push(input);
      continue;
    }
    batch = true;
    const names = (await readdir(input)).filter((name) => name.toLowerCase().endsWith(".json")).sort();
    if (names.length === 0) throw new CliError("is a folder with no .json contract files in it", { file: input });
    inputs.push(...names.map((name) => path.join(input, name)));
  }
  if (batch && targets.out !== undefined) throw new CliError("--out names one PDF: use --out-dir for several contracts", { exitCode: 2 });
  const jobs = inputs.map((input) => ({
    input,
    output:
      targets.out ??
      (targets.outDir !== undefined ? path.join(targets.outDir, replaceExtension(path.basename(input), ".json", ".pdf")) : replaceExtension(input, ".json", ".pdf")),
  }));
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const key = path.resolve(job.output);
    const other = seen.get(key);
    if (other !== undefined) throw new CliError(`${other} and ${job.input} would both be printed to ${job.output}: print them into different folders`, { exitCode: 2 });
    seen.set(key, job.input);
  }
  return { jobs, batch };
}
