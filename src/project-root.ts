import path from "node:path";

/** Set by the command-line bundle (src/cli/build-command-line.ts): the way from its folder to the repository. */
declare const __ROOT_FROM_BUNDLE__: string | undefined;

/**
 * The repository root, where package.json, eleventy.config.ts and the default dist/
 * are. A module of its own, so the command line can find it without loading the
 * build (src/build/build-site.ts imports Eleventy, about 0.4 s).
 */
export const ROOT = path.resolve(import.meta.dirname, typeof __ROOT_FROM_BUNDLE__ === "string" ? __ROOT_FROM_BUNDLE__ : "..");
