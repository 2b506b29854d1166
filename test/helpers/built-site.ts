import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { inject } from "vitest";

/** One built HTML page: its URL path, file and parsed document. */
export interface BuiltPage {
  url: string;
  file: string;
  html: string;
  document: Document;
}

/** The folder the global setup built the site into. */
export function siteDir(): string {
  return inject("siteDir");
}

/** Maps a built file to the URL it is served at (`steps/x/index.html` -> `/steps/x/`). */
export function urlOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join("/");
  return `/${posix.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Every HTML page of a built site, parsed with a DOM parser. */
export function builtPages(dir = siteDir()): BuiltPage[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((relative) => {
      const file = path.join(dir, relative);
      const html = readFileSync(file, "utf8");
      return { url: urlOf(relative), file, html, document: parseHTML(html).document };
    });
}
