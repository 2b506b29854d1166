import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";
import { ROOT } from "../helpers/run-build.ts";

// The site is built in a temporary folder, where html-validate would find no config
// file and check nothing: the project's config is loaded explicitly.
const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const format = formatterFactory("text");

describe("HTML validity (html-validate, recommended rules)", () => {
  it("reports errors in a broken page (the check is live)", async () => {
    const report = await validator.validateString("<!doctype html><html><head><title>x</title></head><body><div><p>a</div><img src=x></body></html>", "broken.html");
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(["no-implicit-close", "wcag/h37"]));
  });

  it.each(builtPages().map((page) => [page.url, page] as const))("%s has no errors", async (_url, page) => {
    const report = await validator.validateString(page.html, page.file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
