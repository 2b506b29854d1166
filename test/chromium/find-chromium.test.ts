import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/chromium/find-chromium.ts";

describe("finding the Chromium to drive", () => {
  let dir: string;
  let shell: string;
  let full: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "find-chromium-"));
    shell = path.join(dir, "chromium-headless-shell");
    full = path.join(dir, "chrome");
    for (const file of [shell, full]) {
      await writeFile(file, "#!/bin/sh\n");
      await chmod(file, 0o755);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("names the headless mode a chosen executable needs by its name", () => {
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: shell })).toEqual({ executablePath: shell, headless: "shell" });
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: full })).toEqual({ executablePath: full, headless: true });
  });

  it("refuses a chosen path that is not an executable, saying what to do", () => {
    expect(() => findChromium({ PUPPETEER_EXECUTABLE_PATH: path.join(dir, "missing") })).toThrow(/not an executable file; unset it/);
  });

  it("to browse as a person does, never picks the headless shell (installability and Lighthouse need the full browser)", () => {
    const printing = findChromium({});
    const browsing = findChromium({}, undefined, "browse");
    expect(browsing.headless).toBe(true);
    expect(browsing.executablePath).not.toMatch(/headless[-_]shell/);
    // On this machine the set-up installs both; printing takes the shell.
    expect(printing.headless).toBe("shell");
  });
});
