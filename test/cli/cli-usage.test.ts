import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesIn, hasStackTrace, ROOT, runCli, tempFolder } from "../helpers/run-cli.ts";

const COMMANDS = ["validate", "pdf", "verify", "import", "merge"];

describe("autonomy-contract help and version", () => {
  it("--help lists every command with an example, and the exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    for (const command of COMMANDS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} <`, "m"));
      expect(run.stdout).toMatch(new RegExp(`e\\.g\\. autonomy-contract ${command} \\S+`));
    }
    expect(run.stdout).toContain("Exit codes: 0");
  });

  it("-h and help print the same usage as --help", async () => {
    const [long, short, word] = await Promise.all([runCli(["--help"]), runCli(["-h"]), runCli(["help"])]);
    expect(short).toEqual(long);
    expect(word).toEqual(long);
  });

  it("<command> --help and help <command> print that command's usage and options", async () => {
    const [flag, word] = await Promise.all([runCli(["pdf", "--help"]), runCli(["help", "pdf"])]);
    expect(flag.status).toBe(0);
    expect(flag.stdout).toMatch(/^usage: autonomy-contract pdf <contract\.json>\.\.\. \[--out file\.pdf\] \[--out-dir folder\] \[--paper a4\|letter\] \[--site dist\] \[--draft\]$/m);
    expect(flag.stdout).toContain("Example:\n  autonomy-contract pdf ");
    expect(word).toEqual(flag);
  });

  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("autonomy-contract usage errors (exit 2)", () => {
  it("refuses an unknown command, naming it and the commands there are", async () => {
    const run = await runCli(["sign", "contract.json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^autonomy-contract: unknown command "sign": use validate, pdf, verify, diff, calendar, import or merge$/m);
  });

  it("refuses an unknown option, naming it", async () => {
    const run = await runCli(["validate", "--strict", "data/examples/sample-contract.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: unknown option "--strict"$/m);
    expect(run.stderr).toContain("usage: autonomy-contract validate <contract.json>");
  });

  it("refuses a command without its file", async () => {
    const run = await runCli(["verify"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: verify: missing <signed\.pdf>$/m);
  });

  it("refuses an extra argument", async () => {
    const run = await runCli(["validate", "a.json", "b.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: validate: unexpected argument "b\.json"$/m);
  });

  it("refuses an option without its value", async () => {
    const run = await runCli(["import", "workbook.pdf", "--out"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: option "--out" needs a value$/m);
  });

  it("refuses no command at all", async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: missing command$/m);
  });

  it("refuses a paper size other than a4 or letter, and writes nothing", async () => {
    const out = await tempFolder();
    const run = await runCli(["pdf", "data/examples/sample-contract.json", "--paper", "a5", "--out", path.join(out, "c.pdf")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^autonomy-contract: invalid paper "a5": use a4 or letter$/m);
    expect(await filesIn(out)).toEqual([]);
  });

  it("never prints a stack trace for a usage error", async () => {
    const run = await runCli(["frobnicate"]);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
