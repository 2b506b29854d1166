import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { urlOf } from "../build/list-built-pages.ts";
import { pagePolicyNamed } from "../site/content-security-policy.ts";
import type { PublishedFiles } from "../site/response-headers.ts";

/** Files the build writes for hosts, never served as files of the site. */
const HOST_FILES = new Set(["_headers"]);

/**
 * Lists a built site as the published site sees it: each page with the policy its
 * `<meta>` names, and every other file, as site paths (without the path prefix).
 * A page whose policy is none of the named ones fails, naming the page: its header
 * would otherwise disagree with its `<meta>`.
 */
export async function readPublishedFiles(siteDir: string): Promise<PublishedFiles> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const relative = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !HOST_FILES.has(file))
    .sort();
  const pages: PublishedFiles["pages"] = [];
  for (const file of relative.filter((name) => name.endsWith(".html"))) {
    const html = await readFile(path.join(siteDir, file), "utf8");
    const meta = parseHTML(html).document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? undefined;
    const policy = meta === undefined ? undefined : pagePolicyNamed(meta);
    if (!policy) throw new Error(`${file}: its Content-Security-Policy <meta> is ${meta === undefined ? "missing" : `not one of the site's policies: "${meta}"`}`);
    pages.push({ path: urlOf(file), policy });
  }
  return { pages, files: relative.filter((name) => !name.endsWith(".html")).map((name) => `/${name}`) };
}
