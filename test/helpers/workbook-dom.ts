import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { vi } from "vitest";
import { findWorkbookParts, type WorkbookParts } from "../../src/browser/workbook/workbook-parts.ts";
import { siteDir } from "./built-site.ts";

/**
 * The built /workbook/ page in a DOM parser, with the browser globals that the
 * workbook's modules read (document, CSS.escape, the control classes) stubbed for the
 * test: a unit test then drives the very form the build made. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function workbookDom(): WorkbookParts & { document: Document } {
  const window = parseHTML(readFileSync(path.join(siteDir(), "workbook/index.html"), "utf8"));
  vi.stubGlobal("document", window.document);
  vi.stubGlobal("HTMLInputElement", window.HTMLInputElement);
  vi.stubGlobal("HTMLTextAreaElement", window.HTMLTextAreaElement);
  // The DOM parser has no CSS.escape. The workbook escapes only inside quoted
  // attribute values, where the characters that matter are the quote and backslash.
  vi.stubGlobal("CSS", { escape: (value: string) => value.replace(/["\\]/g, "\\$&") });
  return { ...findWorkbookParts(window.document), document: window.document };
}
