import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The path a built site is published under, as its web app manifest's `scope` says
 * (src/assets/web-manifest.ts): "/" for a site at the top of its host,
 * "/autonomy-contract/" for one under a sub-path. "/" when there is no manifest.
 */
export function sitePrefixOf(root: string): string {
  let text: string;
  try {
    text = readFileSync(path.join(root, "manifest.webmanifest"), "utf8");
  } catch {
    return "/";
  }
  let scope: unknown;
  try {
    scope = (JSON.parse(text) as { scope?: unknown } | null)?.scope;
  } catch (cause) {
    throw new Error(`${path.join(root, "manifest.webmanifest")} is not valid JSON`, { cause });
  }
  if (typeof scope !== "string" || !/^\/([^/?#]+\/)*$/.test(scope)) {
    throw new Error(`${path.join(root, "manifest.webmanifest")}: "scope" should be a path like "/" or "/autonomy-contract/", not ${JSON.stringify(scope)}`);
  }
  return scope;
}
