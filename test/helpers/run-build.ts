import { spawnSync } from "node:child_process";
import path from "node:path";

import { ROOT } from "../../src/project-root.ts";

export { ROOT };
const LAUNCHER = path.join(ROOT, "scripts/build.mjs");

/** Result of running the build command as a user would. */
export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the build in a child process as `npm run build` does (scripts/build.mjs: the bundled build, config and all). */
export function runBuild(args: string[], cwd = ROOT): BuildRun {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
