import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACTS, hasStackTrace, runCli, tempFolder } from "../helpers/run-cli.ts";

const SAMPLE = "data/examples/sample-contract.json";

/** The lines a failed run printed on stderr. */
function errorLines(stderr: string): string[] {
  return stderr.split("\n").filter(Boolean);
}

describe("autonomy-contract validate", () => {
  it("accepts the sample contract, printing the names and the fingerprint", async () => {
    const run = await runCli(["validate", SAMPLE]);
    expect(run).toEqual({ status: 0, stdout: expect.stringMatching(/^valid: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/), stderr: "" });
  });

  it("refuses a missing file", async () => {
    const run = await runCli(["validate", "nowhere/contract.json"]);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "autonomy-contract: nowhere/contract.json: no such file\n" });
  });

  it("refuses a folder", async () => {
    const run = await runCli(["validate", CONTRACTS]);
    expect(run).toMatchObject({ status: 1, stderr: `autonomy-contract: ${CONTRACTS}: is a folder, not a file\n` });
  });

  it("refuses a file that is not JSON, with the parser's reason", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/not-json.json`]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/^autonomy-contract: \S+not-json\.json: not valid JSON \(.+\)$/)]);
  });

  it("refuses a __proto__ key, naming where it is", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/proto-key.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${CONTRACTS}/proto-key.json: couple.a.__proto__: the key "__proto__" is not allowed\n`);
  });

  it("refuses an answer of the wrong type with one path: message line", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/wrong-type.json`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(errorLines(run.stderr)).toEqual([
      `autonomy-contract: ${CONTRACTS}/wrong-type.json: batteryPack.a.hoursPerWeek: “Hours alone I need in an ordinary week” must be a number`,
    ]);
  });

  it("refuses an over-long answer, saying the limit", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/over-long-answer.json`]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      `autonomy-contract: ${CONTRACTS}/over-long-answer.json: guardrails.distanceSignal: “The signal either of us uses when distance is growing” must be 120 characters or fewer`,
    ]);
  });

  it("gives one line per problem of a file with many", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/wrong-fields.json`]);
    expect(run.status).toBe(1);
    const lines = errorLines(run.stderr);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines[0]).toBe(`autonomy-contract: ${CONTRACTS}/wrong-fields.json: couple.a.name: “Name” must be 60 characters or fewer`);
    expect(lines).toContain(`autonomy-contract: ${CONTRACTS}/wrong-fields.json: couple.favouriteColour: “favouriteColour” is not part of an Autonomy Contract`);
    for (const line of lines) expect(line).toMatch(/^autonomy-contract: \S+: [\w.]+: \S/);
  });

  it("refuses random bytes as not UTF-8", async () => {
    const run = await runCli(["validate", "test/fixtures/random-bytes.bin"]);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "autonomy-contract: test/fixtures/random-bytes.bin: is not UTF-8 text\n" });
  });

  it("refuses a file over 1 MB without reading it", async () => {
    const dir = await tempFolder();
    const file = path.join(dir, "huge.json");
    await writeFile(file, `{"schemaVersion": 2, "padding": "${"x".repeat(1_600_000)}"}`);
    const run = await runCli(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${file}: is 1.5 MB; a contract file is at most 1.0 MB\n`);
  });

  it("refuses an empty file", async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, "empty.json"), "");
    const run = await runCli(["validate", path.join(dir, "empty.json")]);
    expect(run).toMatchObject({ status: 1, stderr: `autonomy-contract: ${path.join(dir, "empty.json")}: is empty\n` });
  });

  it("refuses a contract of a newer version", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/newer-version.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("newer-version.json: this contract was saved by a newer version of the workbook (version 99");
  });

  it("brings an older version up to date before checking it, as the workbook does", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/v1-draft.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain("schemaVersion");
    expect(run.stderr).not.toContain("couple.a.name");
    expect(run.stderr).toContain("v1-draft.json: signatures.a: Maya Okafor has not signed: sign in the workbook");
  });

  it("says who has not signed, once per partner", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/sample-unsigned.json`]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      `autonomy-contract: ${CONTRACTS}/sample-unsigned.json: signatures.a: Maya Okafor has not signed: sign in the workbook`,
      `autonomy-contract: ${CONTRACTS}/sample-unsigned.json: signatures.b: Jonas Lind has not signed: sign in the workbook`,
    ]);
  });

  it("refuses a contract changed after it was signed", async () => {
    const dir = await tempFolder();
    const data = JSON.parse(await readFile(SAMPLE, "utf8"));
    data.batteryPack.a.hoursPerWeek = 7;
    await writeFile(path.join(dir, "changed.json"), JSON.stringify(data));
    const run = await runCli(["validate", path.join(dir, "changed.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("changed.json: signatures.a.fingerprint: Maya Okafor signed an earlier version of this contract: sign again");
  });

  it("prints HTML, <script> and file:// in an answer exactly as written", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/markup-names.json`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^valid: <script>alert\(1\)<\/script> and <b>Jo<\/b> file:\/\/\/etc\/passwd, fingerprint [0-9a-f]{64}\n$/);
  });

  it("neutralises an ANSI escape in a message that quotes the file's text", async () => {
    const run = await runCli(["validate", `${CONTRACTS}/ansi-key.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).toContain("couple.\\u001b[2J\\u001b[31mred: “\\u001b[2J\\u001b[31mred” is not part of an Autonomy Contract");
  });

  it("neutralises an ANSI escape, a newline and a bidi override in a file name", async () => {
    const dir = path.join(await tempFolder(), "\u001b]0;owned\u0007");
    await mkdir(dir);
    const file = path.join(dir, "our\u001b[31m\ncontract\u202e.json");
    await copyFile(`${CONTRACTS}/wrong-type.json`, file);
    const run = await runCli(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const shown = file.replace("\u001b]0;owned\u0007", "\\u001b]0;owned\\u0007").replace("\u001b[31m\n", "\\u001b[31m\\u000a").replace("\u202e", "\\u202e");
    expect(errorLines(run.stderr)).toEqual([`autonomy-contract: ${shown}: batteryPack.a.hoursPerWeek: “Hours alone I need in an ordinary week” must be a number`]);
  });

  it("prints no stack trace without --debug, and one with it", async () => {
    const [plain, debug] = await Promise.all([
      runCli(["validate", "nowhere.json"]),
      runCli(["validate", "nowhere.json", "--debug"]),
    ]);
    expect(plain.stderr).toBe("autonomy-contract: nowhere.json: no such file\n");
    expect(hasStackTrace(plain.stderr)).toBe(false);
    expect(debug.status).toBe(1);
    expect(debug.stderr.startsWith("autonomy-contract: nowhere.json: no such file\n")).toBe(true);
    expect(hasStackTrace(debug.stderr)).toBe(true);
    expect(debug.stderr).toContain("ENOENT");
  });

  it("takes --debug before the command too", async () => {
    const run = await runCli(["--debug", "validate", "nowhere.json"]);
    expect(hasStackTrace(run.stderr)).toBe(true);
  });
});
