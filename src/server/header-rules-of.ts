import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { HEADERS_FILE, parseHeadersFile } from "../site/headers-file.ts";
import { SITE_WIDE_HEADERS, type HeaderRule } from "../site/response-headers.ts";

/**
 * The header rules of a built site: its `_headers` file, read again whenever it
 * changes (a rebuild while serving). A folder without one gets only the site-wide
 * headers, for every path.
 */
export function headerRulesOf(root: string): () => HeaderRule[] {
  const file = path.join(root, HEADERS_FILE);
  let seen: { key: string; rules: HeaderRule[] } | undefined;
  return () => {
    let key: string;
    try {
      const info = statSync(file);
      key = `${info.mtimeMs}:${info.size}`;
    } catch {
      return [{ path: "/*", headers: { ...SITE_WIDE_HEADERS } }];
    }
    if (seen?.key !== key) seen = { key, rules: parseHeadersFile(readFileSync(file, "utf8"), file) };
    return seen.rules;
  };
}
