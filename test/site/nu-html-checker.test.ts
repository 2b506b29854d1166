import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { formatNuMessages, nuCheck } from "../helpers/nu-checker.ts";

describe("HTML validity (the Nu HTML Checker)", () => {
  it("reports a labelled div without a role (the check is live)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "nu-check-"));
    const file = path.join(dir, "broken.html");
    await writeFile(file, `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><h1 id="t">T</h1><div aria-labelledby="t">x</div></body></html>`);
    expect(formatNuMessages(nuCheck([file]))).toMatch(/aria-labelledby/);
  });

  it("finds no error on any built page", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    const messages = nuCheck(pages.map((page) => page.file));
    expect(formatNuMessages(messages)).toBe("");
  });
});
