import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content/check-content.ts";
import { ROOT } from "../helpers/run-build.ts";

/** Writes files (path -> text) into a fresh folder named `content` and returns it. */
async function contentFolder(files: Record<string, string>): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "autonomy-check-")), "content");
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const stepPage = (n: number, extra = "") =>
  `---\ntitle: "Step ${n}"\nshortTitle: "S${n}"\nsummary: "About step ${n}."\nstep: ${n}\n${extra}---\nText.\n`;
const sevenSteps = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`steps/${n}-s.md`, stepPage(n)]));
const stepData = { "steps/steps.11tydata.json": '{ "layout": "step.njk" }' };

describe("checkContent", () => {
  it("accepts the project's own content", async () => {
    const pages = await checkContent(path.join(ROOT, "content"));
    expect(pages.filter((page) => page.data.layout === "step.njk")).toHaveLength(7);
  });

  it("merges directory data under a page's own front matter", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData });
    const pages = await checkContent(dir);
    expect(pages.map((page) => page.data.layout)).toEqual(Array(7).fill("step.njk"));
  });

  it("names the file and the field that is wrong", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData, "steps/3-s.md": stepPage(3).replace('shortTitle: "S3"\n', "") });
    await expect(checkContent(dir)).rejects.toThrow(`${path.join(dir, "steps/3-s.md")}: front matter field "shortTitle" is missing`);
  });

  it("names the type a field should have", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData, "steps/2-s.md": stepPage(2).replace("step: 2", 'step: "two"') });
    await expect(checkContent(dir)).rejects.toThrow(/steps\/2-s\.md: front matter field "step" expected number, received string/);
  });

  it("reports every problem of every file at once", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData, "a.md": "---\ntitle: 1\n---\n", "b.md": "---\nlayout: page.njk\ntitle: B\n---\n" });
    const error = await checkContent(dir).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/a\.md: front matter field "layout" must be one of/);
    expect(String(error)).toMatch(/b\.md: front matter field "summary" is missing/);
    expect(String(error)).toMatch(/b\.md: front matter field "navLabel" is missing/);
  });

  it("refuses two pages with the same step, a missing step and a file name that disagrees", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData, "steps/7-s.md": stepPage(6) });
    const error = String(await checkContent(dir).catch((caught: Error) => caught));
    expect(error).toMatch(/7-s\.md: front matter field "step" 6 is already used by .*6-s\.md/);
    expect(error).toMatch(/7-s\.md: .*does not start with "6-"/);
    expect(error).toMatch(/no page has front matter "step: 7"/);
  });

  it("refuses data files that run code", async () => {
    const dir = await contentFolder({ ...sevenSteps, ...stepData, "steps/steps.11tydata.js": "export default {}" });
    await expect(checkContent(dir)).rejects.toThrow(/steps\.11tydata\.js: data files that run code are refused/);
  });

  it("refuses a directory data file that is not a JSON object", async () => {
    const dir = await contentFolder({ ...sevenSteps, "steps/steps.11tydata.json": "[1, 2]" });
    await expect(checkContent(dir)).rejects.toThrow(/steps\.11tydata\.json: a directory data file must hold a JSON object/);
  });
});
