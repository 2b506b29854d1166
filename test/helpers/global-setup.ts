import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runBuild } from "./run-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built once for the whole run, in a temporary folder. */
    siteDir: string;
  }
}

/** Builds the site once into a temporary folder (never into the repo's dist/). */
export default async function setup(project: TestProject) {
  const parent = await mkdtemp(path.join(os.tmpdir(), "autonomy-site-"));
  const siteDir = path.join(parent, "dist");
  const run = runBuild(["--output", siteDir]);
  if (run.status !== 0) throw new Error(`the site did not build:\n${run.stderr}${run.stdout}`);
  project.provide("siteDir", siteDir);
  return async () => {
    await rm(parent, { recursive: true, force: true });
  };
}
