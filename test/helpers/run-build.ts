import { spawnSync } from "node:child_process";
import path from "node:path";

import { ROOT } from "../../src/project-root.ts";

export { ROOT };
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Result of running the build command as a user would. */
export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/build.ts` in a child process (the real build, config and all). */
export function runBuild(args: string[], cwd = ROOT): BuildRun {
  const result = spawnSync(TSX, [path.join(ROOT, "src/cli/build.ts"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
