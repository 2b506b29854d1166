#!/usr/bin/env node
// The `autonomy-contract` command. It runs the prebuilt bundle in build/cli/ (made by
// `npm run build`), which starts in a fraction of the time TypeScript through tsx
// takes. A bundle that is missing, or older than any file it was built from, is never
// run: the command then runs from the sources through tsx, and says so on stderr.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const bundleDir = new URL("build/cli/", root);

/** The bundle's entry URL when it is current, or why it cannot be used. */
function currentBundle() {
  if (process.env.AUTONOMY_CONTRACT_FROM_SOURCES === "1") return { reason: "AUTONOMY_CONTRACT_FROM_SOURCES=1" };
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL("manifest.json", bundleDir), "utf8"));
  } catch {
    return { reason: "the command line has not been built yet" };
  }
  for (const source of manifest.sources) {
    let modified;
    try {
      modified = statSync(new URL(source, root)).mtimeMs;
    } catch {
      return { reason: `${source}, which it was built from, is gone` };
    }
    if (modified > manifest.builtAt) return { reason: `${source} changed after the last build` };
  }
  return { entry: new URL(manifest.entry, bundleDir) };
}

const bundle = currentBundle();
if (bundle.entry) {
  await import(bundle.entry.href);
} else {
  if (process.env.AUTONOMY_CONTRACT_FROM_SOURCES !== "1") {
    process.stderr.write(`autonomy-contract: note: running from the TypeScript sources, which is slower (${bundle.reason}); npm run build makes it fast again\n`);
  }
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: new URL("tsconfig.json", root).pathname });
  await import("../src/cli/autonomy-contract.ts");
}
