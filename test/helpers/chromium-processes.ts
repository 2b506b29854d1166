import { descendantsOf } from "./processes.ts";

/**
 * The ids of Chromium processes that are children (at any depth) of this process,
 * read from /proc: a session that closed properly leaves none behind.
 */
export function chromiumDescendants(root = process.pid): number[] {
  return descendantsOf(root)
    .filter((entry) => !entry.zombie && /chrom/i.test(entry.name))
    .map((entry) => entry.pid);
}
