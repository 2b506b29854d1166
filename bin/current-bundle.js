// Whether the prebuilt bundle in build/cli/ (made by src/cli/build-command-line.ts)
// can be run: shared by bin/autonomy-contract.js and scripts/build.mjs. Plain
// JavaScript, so that it runs before anything is compiled.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const bundleDir = new URL("build/cli/", root);

/**
 * The entry URL of one program of the bundle when the bundle is current, or why it
 * cannot be used: it is missing, or a file it was built from (the lockfile included)
 * changed after it was built.
 * @param {string} program "autonomy-contract" or "build"
 * @returns {{ entry: URL } | { reason: string }}
 */
export function currentBundle(program) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL("manifest.json", bundleDir), "utf8"));
  } catch {
    return { reason: "it has not been built yet" };
  }
  const entry = manifest.entries?.[program];
  if (typeof entry !== "string") return { reason: `it has no ${program} in it` };
  for (const source of manifest.sources) {
    let modified;
    try {
      modified = statSync(new URL(source, root)).mtimeMs;
    } catch {
      return { reason: `${source}, which it was built from, is gone` };
    }
    if (modified > manifest.builtAt) return { reason: `${source} changed after the last build` };
  }
  return { entry: new URL(entry, bundleDir) };
}
