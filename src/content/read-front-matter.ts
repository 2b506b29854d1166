import matter from "gray-matter";
import { ContentError } from "./content-error.ts";
import { refusingEngines } from "./refusing-engines.ts";

/** Parses a Markdown file's front matter as data only; code front matter is refused. */
export function readFrontMatter(source: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    // Passing options also turns off gray-matter's cache, which is keyed by content only.
    data = matter(source, { engines: refusingEngines }).data;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ContentError(`${file}: front matter cannot be read: ${reason}`, { cause });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ContentError(`${file}: front matter must be a mapping of keys to values`);
  }
  return data as Record<string, unknown>;
}
