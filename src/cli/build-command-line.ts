import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import * as esbuild from "esbuild";
import writeFileAtomic from "write-file-atomic";
import { ROOT } from "../project-root.ts";
import { checkSchema } from "../schema/check-schema.ts";
import { SCHEMA_FILE, sha256 } from "../schema/load-schema.ts";
import { CLI_MANIFEST } from "./bundled-entry.ts";

/** Where the prebuilt command line lives (git-ignored), and its manifest, which bin/autonomy-contract.js reads. */
export const CLI_BUNDLE_DIR = path.join(ROOT, "build/cli");
export { CLI_MANIFEST };

/**
 * The programs bundled: the command line, the build (`npm run build`, through
 * scripts/build.mjs) and the Eleventy configuration the build hands to Eleventy.
 */
export const BUNDLE_ENTRIES = {
  "autonomy-contract": "src/cli/autonomy-contract.ts",
  build: "src/cli/build.ts",
  "eleventy.config": "eleventy.config.ts",
} as const;

/**
 * Programs bundled together share chunks; the command line is bundled on its own. A
 * chunk holds whole files, so sharing them with the build would load what only the
 * build needs into every command: zod's core files, used whole by the build's classic
 * zod, made `validate` load 420 KB of JavaScript where it needs 40 KB.
 */
const BUNDLE_GROUPS: (keyof typeof BUNDLE_ENTRIES)[][] = [["autonomy-contract"], ["build", "eleventy.config"]];

/** What bin/autonomy-contract.js and scripts/build.mjs need to run the bundle, or to know that it is older than its sources. */
export interface CliManifest {
  /** Each program's entry file, relative to the bundle folder (its name carries a content hash). */
  entries: Record<keyof typeof BUNDLE_ENTRIES, string>;
  /** When the bundle was built (ms since 1970): a source changed after it makes the bundle stale. */
  builtAt: number;
  /** Every file of the project the bundle was built from, relative to the repository, lockfile included. */
  sources: string[];
}

/** Chunks no manifest names any more are removed once they are this old (a run may still be loading them). */
const KEEP_OLD_CHUNKS_MS = 10 * 60_000;

/**
 * Left to Node: puppeteer's full package pulls in its browser downloader and
 * TypeScript, pdf.js and write-file-atomic find files by their own path, tsx and
 * esbuild are tools, and Eleventy loads its own files and engines at run time.
 */
const EXTERNAL = ["puppeteer", "puppeteer-core", "pdfjs-dist", "write-file-atomic", "tsx", "esbuild", "@11ty/eleventy"];

/**
 * Bundles the command line (src/cli/autonomy-contract.ts) and the build into
 * build/cli/ with esbuild: one JavaScript file per program and chunks that load only
 * when a command needs them, so that `validate` never parses puppeteer or pdf-lib.
 * Node then starts the command in well under a tenth of a second, against half a
 * second through tsx, and the build spends half the CPU time it spends through tsx
 * (whose loader handles every module Eleventy loads). Files carry content hashes and
 * the manifest is written last, atomically: a build running beside a command never
 * leaves it half a bundle to load.
 */
export async function buildCommandLine(outDir = CLI_BUNDLE_DIR): Promise<CliManifest> {
  const builtAt = Date.now();
  const checkedSchema = await checkedSchemaHash();
  const results = await Promise.all(
    BUNDLE_GROUPS.map((programs) => bundle(programs.map((program) => BUNDLE_ENTRIES[program]), outDir, programs.includes("autonomy-contract") ? checkedSchema : "")),
  );
  await mkdir(outDir, { recursive: true });
  const written = new Set<string>();
  const entries: Partial<CliManifest["entries"]> = {};
  const inputs = new Set<string>();
  for (const result of results) {
    for (const file of result.outputFiles) {
      const name = path.relative(outDir, file.path);
      written.add(name);
      const meta = result.metafile.outputs[path.relative(ROOT, file.path)];
      for (const [program, source] of Object.entries(BUNDLE_ENTRIES)) if (meta?.entryPoint === source) entries[program as keyof typeof BUNDLE_ENTRIES] = name;
      // Same name, same content: a file another build already wrote is left as it is.
      if (!(await exists(file.path))) await writeFileAtomic(file.path, Buffer.from(file.contents));
    }
    // Packages change only with the lockfile, which is listed instead of their files.
    for (const input of Object.keys(result.metafile.inputs)) if (!input.startsWith("node_modules/")) inputs.add(input);
  }
  const missing = Object.keys(BUNDLE_ENTRIES).filter((program) => !(program in entries));
  if (missing.length) throw new Error(`esbuild made no entry file for ${missing.join(", ")}`);
  // The schema file too: the command line skips checking it when it is unchanged (load-schema.ts).
  const sources = [...inputs, "package-lock.json", path.relative(ROOT, SCHEMA_FILE)].sort();
  const manifest: CliManifest = { entries: entries as CliManifest["entries"], builtAt, sources };
  await writeFileAtomic(path.join(outDir, CLI_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await removeOldChunks(outDir, new Set([...written, CLI_MANIFEST]));
  return manifest;
}

/**
 * The SHA-256 of the project's schema file when checkSchema accepts it, else "": the
 * command line's bundle then knows that file as checked, and checks any other.
 */
async function checkedSchemaHash(): Promise<string> {
  const text = await readFile(SCHEMA_FILE, "utf8");
  try {
    return checkSchema(JSON.parse(text)).length === 0 ? sha256(text) : "";
  } catch {
    return "";
  }
}

/** One esbuild run: the entry points given, chunks shared between them only. */
function bundle(entryPoints: string[], outDir: string, checkedSchema: string) {
  return esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    // Small packages are bundled (one parse instead of a hundred module files for
    // zod or pdf-lib); these stay in node_modules and load as usual.
    external: EXTERNAL,
    // pdf-lib's compression on Node's zlib rather than fflate's JavaScript (see the module).
    alias: { fflate: "./src/pdf/fflate-on-node-zlib.ts" },
    // project-root.ts finds the repository from its own folder: two levels up from build/cli/.
    // Bundled CommonJS packages (write-file-atomic) call require, which ES modules lack.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    define: { __ROOT_FROM_BUNDLE__: JSON.stringify(path.relative(outDir, ROOT)), __CHECKED_SCHEMA_SHA256__: JSON.stringify(checkedSchema) },
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function removeOldChunks(dir: string, keep: Set<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    if (keep.has(name)) continue;
    const info = await stat(path.join(dir, name)).catch(() => undefined);
    if (info && now - info.mtimeMs > KEEP_OLD_CHUNKS_MS) await rm(path.join(dir, name), { force: true });
  }
}
