import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Eleventy, { type UserConfig } from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { describeError } from "../../src/cli/describe-error.ts";
import { refusingEngines } from "../../src/content/refusing-engines.ts";
import { ROOT } from "../helpers/run-build.ts";

/**
 * Eleventy's own front-matter parser, on its own (without the content check that
 * normally refuses first): with the project's engines it must refuse code too.
 */
async function buildWithEleventyAlone(fixture: string, configure: (config: UserConfig) => void) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-eleventy-"));
  const sentinel = path.join(dir, "sentinel-was-written");
  const source = readFileSync(path.join(ROOT, "test/fixtures/front-matter", fixture), "utf8").replace("__SENTINEL__", sentinel);
  await writeFile(path.join(dir, "page.md"), source);
  // An empty config file keeps Eleventy from picking up the project's own config.
  const configPath = path.join(dir, "empty.config.mjs");
  await writeFile(configPath, "export default function () {}\n");
  const eleventy = new Eleventy(dir, path.join(dir, "_site"), { quietMode: true, configPath, config: configure });
  const error = await eleventy.write().then(() => undefined, (caught: unknown) => caught);
  for (let i = 0; i < 25 && !existsSync(sentinel); i++) await sleep(20);
  return { error, ran: existsSync(sentinel) };
}

describe("Eleventy's front-matter parsing", () => {
  it.each(["code-js.md", "code-javascript.md"])("runs %s when left to its defaults (the fixture is live)", async (fixture) => {
    const { ran } = await buildWithEleventyAlone(fixture, () => {});
    expect(ran).toBe(true);
  });

  it.each(["code-js.md", "code-javascript.md"])("refuses %s with the project's engines, and nothing runs", async (fixture) => {
    const { error, ran } = await buildWithEleventyAlone(fixture, (config) => {
      config.setFrontMatterParsingOptions({ engines: refusingEngines });
    });
    expect(describeError(error)).toMatch(/front matter is refused/);
    expect(ran).toBe(false);
  });
});
