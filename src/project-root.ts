import path from "node:path";

/**
 * The repository root, where package.json, eleventy.config.ts and the default dist/
 * are. A module of its own, so the command line can find it without loading the
 * build (src/build/build-site.ts imports Eleventy, about 0.4 s).
 */
export const ROOT = path.resolve(import.meta.dirname, "..");
