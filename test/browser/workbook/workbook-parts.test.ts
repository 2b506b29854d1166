import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findWorkbookParts } from "../../../src/browser/workbook/workbook-parts.ts";
import { siteDir } from "../../helpers/built-site.ts";

const built = () => parseHTML(readFileSync(path.join(siteDir(), "workbook/index.html"), "utf8")).document;

describe("findWorkbookParts", () => {
  it("finds every part in the built workbook page", () => {
    const parts = findWorkbookParts(built());
    expect(parts.form.matches("form[data-workbook]")).toBe(true);
    expect(parts.dialog.tagName).toBe("DIALOG");
    expect(parts.importFile.getAttribute("type")).toBe("file");
    expect(parts.needsScript).not.toBeNull();
  });

  it("names the first part a page lacks", () => {
    const document = built();
    document.querySelector("dialog[data-confirm]")?.remove();
    expect(() => findWorkbookParts(document)).toThrow("the workbook page has no dialog[data-confirm]");
  });

  it("does without the no-script message", () => {
    const document = built();
    document.querySelector("[data-needs-script]")?.remove();
    expect(findWorkbookParts(document).needsScript).toBeNull();
  });
});
