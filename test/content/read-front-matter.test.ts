import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/content/read-front-matter.ts";
import { ROOT } from "../helpers/run-build.ts";

/** A fixture whose front matter writes `sentinel` if it is ever run. */
function armedFixture(name: string, sentinel: string): string {
  return readFileSync(path.join(ROOT, "test/fixtures/front-matter", name), "utf8").replace("__SENTINEL__", sentinel);
}

async function sentinelPath(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), "autonomy-sentinel-")), "ran");
}

describe("readFrontMatter", () => {
  it("reads YAML front matter as data", () => {
    expect(readFrontMatter("---\ntitle: Hello\nstep: 2\n---\nText", "a.md")).toEqual({ title: "Hello", step: 2 });
  });

  it("the code fixture is live: gray-matter's defaults would run it", async () => {
    const sentinel = await sentinelPath();
    matter(armedFixture("code-js.md", sentinel), { engines: {} });
    for (let i = 0; i < 50 && !existsSync(sentinel); i++) await sleep(20);
    expect(existsSync(sentinel)).toBe(true);
  });

  it.each(["code-js.md", "code-javascript.md"])("refuses %s and never runs it", async (fixture) => {
    const sentinel = await sentinelPath();
    expect(() => readFrontMatter(armedFixture(fixture, sentinel), fixture)).toThrow(
      new RegExp(`${fixture}: front matter cannot be read: "---(js|javascript)" front matter is refused`),
    );
    await sleep(200);
    expect(existsSync(sentinel)).toBe(false);
  });

  it.each(["---JS", "---JavaScript", "---Js"])("refuses %s whatever its case", (opening) => {
    expect(() => readFrontMatter(`${opening}\n({ title: "x" })\n---\n`, "a.md")).toThrow(/is refused/);
  });

  it("refuses front matter that is not a mapping", () => {
    expect(() => readFrontMatter("---\n- a\n- b\n---\n", "list.md")).toThrow("list.md: front matter must be a mapping");
  });
});
