// `npm run build`: runs the build from the prebuilt bundle in build/cli/, bundling it
// first (esbuild, a few tenths of a second) when it is missing or older than any file
// it was built from. Run this way, the build spends half the CPU time it spends as
// TypeScript through tsx, whose loader would handle every module Eleventy loads
// (issue 11: the full build in 3 s). The bundler itself is TypeScript, loaded through
// tsx only on that first run after a change.
import { currentBundle } from "../bin/current-bundle.js";

// Eleventy registers a module resolver for its watch mode's cache busting, which on
// Node 20 runs every later import through a loader thread (puppeteer, pdf-lib, the
// configuration). This build runs once and never watches; Eleventy's documented
// switch leaves the resolver out (github.com/11ty/eleventy/issues/3371).
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";

const bundle = currentBundle("build");
let entry = "entry" in bundle ? bundle.entry : undefined;
if (!entry) {
  const { tsImport } = await import("tsx/esm/api");
  const { buildCommandLine, CLI_BUNDLE_DIR } = await tsImport("../src/cli/build-command-line.ts", import.meta.url);
  const manifest = await buildCommandLine();
  entry = new URL(manifest.entries.build, `file://${CLI_BUNDLE_DIR}/`);
}
await import(entry.href);
