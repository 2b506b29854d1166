import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ROOT, runBuild } from "../helpers/run-build.ts";
import { copySiteSources } from "../helpers/site-sources.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/front-matter");

/** A copy of the site with a previous build in dist/, to show a failed build leaves it alone. */
async function siteWithPreviousBuild(): Promise<{ dir: string; marker: string }> {
  const dir = await copySiteSources();
  const marker = path.join(dir, "dist", "previous-build.txt");
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, "the last good build");
  return { dir, marker };
}

describe("the build", () => {
  it("builds a copy of the site into its own dist folder", async () => {
    const dir = await copySiteSources();
    const run = runBuild(["--input", "content", "--output", "dist"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(path.join(dir, "dist/steps/1-battery-pack/index.html"))).toBe(true);
  });

  it("fails on a broken front-matter field, naming the file and the field, and keeps the last good build", async () => {
    const { dir, marker } = await siteWithPreviousBuild();
    await copyFile(path.join(FIXTURES, "broken-field.md"), path.join(dir, "content/broken-field.md"));
    const run = runBuild(["--input", "content", "--output", "dist"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/broken-field\.md: front matter field "summary" must be at most 200 characters/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readFileSync(marker, "utf8")).toBe("the last good build");
    expect(existsSync(path.join(dir, "dist/index.html"))).toBe(false);
  });

  it.each(["code-js.md", "code-javascript.md"])("refuses %s front matter and the code never runs", async (fixture) => {
    const { dir, marker } = await siteWithPreviousBuild();
    const sentinel = path.join(dir, "sentinel-was-written");
    const source = readFileSync(path.join(FIXTURES, fixture), "utf8").replace("__SENTINEL__", sentinel);
    await writeFile(path.join(dir, "content", fixture), source);
    const run = runBuild(["--input", "content", "--output", "dist"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`content/${fixture}: front matter cannot be read: .*front matter is refused`));
    await sleep(200);
    expect(existsSync(sentinel)).toBe(false);
    expect(readFileSync(marker, "utf8")).toBe("the last good build");
  });

  it("answers an unknown option with usage and exit code 2", () => {
    const run = runBuild(["--colour"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^build: unknown option "--colour"$/m);
    expect(run.stderr).toMatch(/usage:/);
  });
});
