import { mkdir, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { startCli } from "../../test/helpers/run-cli.ts";

/** A folder of contracts to print as one batch, and where its PDFs go. */
export interface Batch {
  folder: string;
  out: string;
}

/** A batch of the first `count` contracts of `contracts` (contract-001.json, ...), linked into a folder of its own. */
export async function prepareBatch(parent: string, contracts: string, count: number): Promise<Batch> {
  const folder = path.join(parent, `batch-${count}`);
  const out = path.join(parent, `batch-${count}-out`);
  await rm(folder, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  await mkdir(folder);
  await mkdir(out);
  for (let index = 1; index <= count; index++) {
    const name = `contract-${String(index).padStart(3, "0")}.json`;
    await symlink(path.join(contracts, name), path.join(folder, name));
  }
  return { folder, out };
}

/**
 * Runs `autonomy-contract pdf <folder> --out-dir <out>` as a practice would and
 * returns its whole time in ms; `onLine` sees each line it prints, `sample` is called
 * every 50 ms with its process id (for its memory). Throws when the batch fails.
 */
export async function timeBatch(batch: Batch, siteDir: string, options: { onLine?: (line: string) => void; sample?: (pid: number) => void } = {}): Promise<number> {
  const started = performance.now();
  const run = startCli(["pdf", batch.folder, "--out-dir", batch.out, "--site", siteDir], { onLine: options.onLine });
  const timer = options.sample ? setInterval(() => options.sample!(run.pid), 50) : undefined;
  const result = await run.done;
  clearInterval(timer);
  if (result.status !== 0 || result.stderr) throw new Error(`the batch failed (${result.status}):\n${result.stderr}`);
  return performance.now() - started;
}
