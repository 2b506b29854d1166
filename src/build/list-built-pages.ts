import { readdirSync } from "node:fs";
import path from "node:path";

/** A page of a built site: the URL it is served at and its file. */
export interface BuiltPageFile {
  url: string;
  file: string;
}

/** Maps a built file to the URL it is served at (`steps/x/index.html` -> `/steps/x/`). */
export function urlOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join("/");
  return `/${posix.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Lists every HTML page of a built site, sorted by file. */
export function listBuiltPages(siteDir: string): BuiltPageFile[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((relative) => ({ url: urlOf(relative), file: path.join(siteDir, relative) }));
}
