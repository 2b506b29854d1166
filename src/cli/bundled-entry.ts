import { readFileSync } from "node:fs";
import path from "node:path";

/** Set in the bundle (src/cli/build-command-line.ts): the way from its folder to the repository. */
declare const __ROOT_FROM_BUNDLE__: string | undefined;

/** The bundle's manifest file, beside its programs in build/cli/. */
export const CLI_MANIFEST = "manifest.json";

/**
 * The file of another program bundled beside this one in build/cli/ (named in the
 * bundle's manifest): the Eleventy configuration the build hands to Eleventy.
 * Undefined when running from the TypeScript sources: Eleventy then loads
 * eleventy.config.ts itself.
 */
export function bundledEntry(program: "eleventy.config"): string | undefined {
  if (typeof __ROOT_FROM_BUNDLE__ !== "string") return undefined;
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, CLI_MANIFEST), "utf8")) as { entries: Record<string, string> };
  const entry = manifest.entries[program];
  if (entry === undefined) throw new Error(`the bundle's manifest names no ${program}: run npm run build again`);
  return path.join(import.meta.dirname, entry);
}
