import path from "node:path";

/**
 * The repository root, where package.json and the default dist/ are. It is the same
 * folder as ROOT in src/build/build-site.ts, worked out here because importing that
 * module loads Eleventy (about 0.4 s), which no command of this tool needs.
 */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
