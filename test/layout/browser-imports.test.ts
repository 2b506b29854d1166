import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-build.ts";

/** Folders of src/ that the browser code may import from: the shared core, and its own. */
const SHARED = ["agreement", "browser", "calendar", "compare", "contract", "layout", "pdf-reading", "schema"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The relative module specifiers a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] as string);
}

describe("the browser code", () => {
  it("imports nothing from the build: only the shared core (schema, contract, layout, agreement) and itself", () => {
    const outside: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "src/browser"))) {
      for (const specifier of importsOf(file)) {
        const target = path.relative(path.join(ROOT, "src"), path.resolve(path.dirname(file), specifier));
        if (!SHARED.includes(target.split(path.sep)[0] as string)) outside.push(`${path.relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("reads PDFs with code the command line shares, which imports neither the build nor the browser", () => {
    const outside: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "src/pdf-reading"))) {
      for (const specifier of importsOf(file)) {
        const target = path.relative(path.join(ROOT, "src"), path.resolve(path.dirname(file), specifier));
        const folder = target.split(path.sep)[0] as string;
        if (folder === "browser" || !SHARED.includes(folder)) outside.push(`${path.relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
    expect(sourceFiles(path.join(ROOT, "src/pdf-reading")).length).toBeGreaterThan(0);
  });

  it("makes calendars with code the command line shares, which imports neither the build nor the browser", () => {
    const outside: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "src/calendar"))) {
      for (const specifier of importsOf(file)) {
        const target = path.relative(path.join(ROOT, "src"), path.resolve(path.dirname(file), specifier));
        const folder = target.split(path.sep)[0] as string;
        if (folder === "browser" || !SHARED.includes(folder)) outside.push(`${path.relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
    expect(sourceFiles(path.join(ROOT, "src/calendar")).length).toBeGreaterThan(0);
  });

  it("the check sees imports (it is live)", () => {
    const files = sourceFiles(path.join(ROOT, "src/browser"));
    expect(files.flatMap(importsOf)).toContain("../../layout/contract-names.ts");
  });
});
