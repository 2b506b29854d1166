import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { inject } from "vitest";
import { listBuiltPages, type BuiltPageFile } from "../../src/build/list-built-pages.ts";

/** One built HTML page: its URL path, file and parsed document. */
export interface BuiltPage extends BuiltPageFile {
  html: string;
  document: Document;
}

/** The folder the global setup built the site into. */
export function siteDir(): string {
  return inject("siteDir");
}

/** Every HTML page of a built site, parsed with a DOM parser. */
export function builtPages(dir = siteDir()): BuiltPage[] {
  return listBuiltPages(dir).map(({ url, file }) => {
    const html = readFileSync(file, "utf8");
    return { url, file, html, document: parseHTML(html).document };
  });
}
