import { readdir } from "node:fs/promises";
import path from "node:path";

/** Lists every file under a content folder, as paths relative to it, sorted. */
export async function listContentFiles(inputDir: string): Promise<string[]> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(inputDir, path.join(entry.parentPath, entry.name)))
    .sort();
}
