import { execFile, spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

import { ROOT } from "../../src/project-root.ts";

export { ROOT };
const BIN = path.join(ROOT, "bin/autonomy-contract.js");

/** The contract fixtures, as paths relative to the repository (the CLI's working directory). */
export const CONTRACTS = "test/fixtures/contracts";

/** How a run of the command line ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/autonomy-contract.js` in a child process, as a user would, from the repository root. */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...options.env }, timeout: options.timeout ?? 60_000, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          // A run that could not start or was killed by the timeout is a failure of the test, not a result.
          reject(new Error(`autonomy-contract ${args.join(" ")} did not finish (${error.message})\n${stderr}`));
          return;
        }
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** A run of the command line still going: its process id, and its outcome once it ends. */
export interface RunningCli {
  pid: number;
  done: Promise<CliRun>;
}

/**
 * Starts the real `bin/autonomy-contract.js` like runCli, for a test that watches the
 * process while it works (its Chromium, its memory); `onLine` sees each line of
 * standard output as it comes.
 */
export function startCli(args: string[], options: { onLine?: (line: string) => void } = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let pending = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    lines.forEach((line) => options.onLine?.(line));
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
  return { pid: child.pid!, done };
}

/** A fresh empty folder for one test, removed when the test finishes. */
export async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-cli-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The names in a folder, sorted: to show a command left nothing behind, temporary files included. */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** True when some line of the text looks like a stack frame. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
