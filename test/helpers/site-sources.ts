import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./run-build.ts";

/**
 * Copies the site's sources (content, layouts, data) into a fresh temporary folder,
 * so a test can add a broken page and build it without touching the repository.
 */
export async function copySiteSources(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-sources-"));
  for (const folder of ["content", "layouts", "data"]) {
    await cp(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
  }
  return dir;
}
