import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "esbuild";

/**
 * Fontsource's static packages list each face as WOFF2 with a WOFF fallback. Every
 * browser the site supports reads WOFF2, so the fallback is dropped before esbuild
 * resolves it: the built site does not carry a second copy of every print font.
 */
export const woff2Only: Plugin = {
  name: "woff2-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]@fontsource[\\/][^\\/]+[\\/][^\\/]+\.css$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ""),
      loader: "css",
      resolveDir: path.dirname(args.path),
    }));
  },
};
