import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesIn, hasStackTrace, runCli, tempFolder } from "../helpers/run-cli.ts";
import { sampleContract } from "../helpers/contracts.ts";

const DRAFTS = "test/fixtures/drafts";

/** The named draft fixtures, copied into a fresh folder; their paths in the same order. */
async function draftsIn(...names: string[]): Promise<{ dir: string; files: string[] }> {
  const dir = await tempFolder();
  const files = names.map((name) => path.join(dir, name));
  await Promise.all(names.map((name, index) => copyFile(path.join(DRAFTS, name), files[index] as string)));
  return { dir, files };
}

/** The run's standard error without the note a run from the TypeScript sources adds. */
function errorLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line && !line.includes("running from the TypeScript sources"));
}

describe("autonomy-contract merge", () => {
  it("merges two drafts that agree into contract.json beside the first, unsigned and nobody's draft", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-agrees.json");
    const run = await runCli(["merge", ...files]);
    expect(run.status).toBe(0);
    const out = path.join(dir, "contract.json");
    expect(run.stdout).toBe(`wrote ${out}: Maya Okafor and Jonas Lind, not signed yet; 1 shared answer only one draft gave\n`);
    const expected = sampleContract();
    delete expected.signatures;
    expect(JSON.parse(await readFile(out, "utf8"))).toEqual(expected);
  });

  it("with conflicts and no --prefer, exits 1, writes nothing and lists each conflict as path: A says … / B says …", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-draft.json");
    const run = await runCli(["merge", ...files]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(errorLines(run.stderr)).toEqual([
      "rituals.list.0.name: Maya Okafor says “Sunday breakfast at the table” / Jonas Lind says “Sunday brunch”",
      `rituals.microConnection.what: Maya Okafor says “${sampleContract().rituals.microConnection.what}” / Jonas Lind says “Tea together when I get home, before we look at our phones.”`,
      "rituals.checkIn.day: Maya Okafor says “Sunday” / Jonas Lind says “Saturday”",
      "autonomy-contract: 3 shared answers differ, so nothing was written: choose them one by one with “Bring two drafts together” in the workbook, or take every one from one draft with --prefer a (Maya Okafor) or --prefer b (Jonas Lind)",
    ]);
    expect(await filesIn(dir)).toEqual(["jonas-draft.json", "maya-draft.json"]);
  });

  it("takes every conflicting answer from B's draft with --prefer b, whichever order the drafts come in, to --out", async () => {
    const { dir, files } = await draftsIn("jonas-draft.json", "maya-draft.json");
    const out = path.join(dir, "ours.json");
    const run = await runCli(["merge", ...files, "--prefer", "b", "--out", out]);
    expect(run).toEqual({ status: 0, stdout: `wrote ${out}: Maya Okafor and Jonas Lind, not signed yet; 3 shared answers from Jonas Lind’s draft; 1 shared answer only one draft gave\n`, stderr: expect.any(String) });
    const merged = JSON.parse(await readFile(out, "utf8"));
    expect([merged.rituals.list[0].name, merged.rituals.checkIn.day, merged.couple.a.name]).toEqual(["Sunday brunch", "Saturday", "Maya Okafor"]);
    expect(merged.draftOf).toBeUndefined();
    expect(merged.batteryPack).toEqual(sampleContract().batteryPack);
  });

  it("takes A's answers with --prefer a", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-draft.json");
    expect((await runCli(["merge", ...files, "--prefer", "a"])).status).toBe(0);
    const merged = JSON.parse(await readFile(path.join(dir, "contract.json"), "utf8"));
    expect([merged.rituals.list[0].name, merged.rituals.checkIn.day]).toEqual(["Sunday breakfast at the table", "Sunday"]);
  });

  it("shows an answer's control characters as escapes in a conflict line", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-agrees.json");
    const jonas = JSON.parse(await readFile(files[1] as string, "utf8"));
    jonas.guardrails.longestPause = "The same evening";
    jonas.defaultMoves.notes = "Soft no\u001b[31m, red";
    await writeFile(files[1] as string, JSON.stringify(jonas));
    const run = await runCli(["merge", ...files]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)[0]).toMatch(/^defaultMoves\.notes: Maya Okafor says “.*” \/ Jonas Lind says “Soft no\\u001b\[31m, red”$/);
    expect(await filesIn(dir)).toEqual(["jonas-agrees.json", "maya-draft.json"]);
  });

  it("brings a version 2 draft up to date first, keeping the words of its old “when” as the note", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-v2-draft.json");
    const run = await runCli(["merge", ...files, "--prefer", "a"]);
    expect(run.status).toBe(0);
    const merged = JSON.parse(await readFile(path.join(dir, "contract.json"), "utf8"));
    expect(merged.schemaVersion).toBe(3);
    expect(merged.rituals.list.map((ritual: { note?: string }) => ritual.note)).toEqual(["Sunday, 9 am", "Tuesday and Thursday, 8 pm", "Whoever plans it keeps it a surprise until the day."]);
  });

  it("refuses two drafts of the same partner, a whole contract, a newer version and broken JSON, writing nothing", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-v4-draft.json", "broken.json");
    const [maya, v4, broken] = files as [string, string, string];
    await copyFile("data/examples/sample-contract.json", path.join(dir, "ours.json"));
    const cases: [string[], string][] = [
      [[maya, maya], `autonomy-contract: “${maya}” and “${maya}” are both Maya Okafor’s draft. Choose one draft from each of you.`],
      [[maya, path.join(dir, "ours.json")], `autonomy-contract: “${path.join(dir, "ours.json")}” is a whole contract, not one partner’s draft, so whose answers it holds cannot be known. Each of you saves a draft with “Just my answers” in the workbook; bring those two together.`],
      [[maya, v4], `autonomy-contract: ${v4}: this contract was saved by a newer version of the workbook (version 4; this one reads up to 3). Open it with the newer version.`],
      [[broken, maya], `autonomy-contract: ${broken}: not valid JSON`],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(["merge", ...args, "--prefer", "a"]);
      expect(run.status).toBe(1);
      expect(errorLines(run.stderr)[0]).toContain(message);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
    expect(await filesIn(dir)).toEqual(["broken.json", "jonas-v4-draft.json", "maya-draft.json", "ours.json"]);
  });

  it("refuses a draft whose draftOf names no partner, saying which answer is wrong", async () => {
    const { files } = await draftsIn("maya-draft.json", "jonas-draft.json");
    const jonas = JSON.parse(await readFile(files[1] as string, "utf8"));
    jonas.draftOf = "c";
    await writeFile(files[1] as string, JSON.stringify(jonas));
    const run = await runCli(["merge", ...files]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)[0]).toMatch(new RegExp(`^autonomy-contract: ${files[1]}: draftOf: `));
  });

  it("refuses an input as --out (exit 2) and a --prefer that names no partner (exit 2)", async () => {
    const { files } = await draftsIn("maya-draft.json", "jonas-draft.json");
    const same = await runCli(["merge", ...files, "--out", files[1] as string, "--prefer", "a"]);
    expect(same.status).toBe(2);
    expect(errorLines(same.stderr)[0]).toBe(`autonomy-contract: ${files[1]}: is the input file itself: choose another output file with --out`);
    const prefer = await runCli(["merge", ...files, "--prefer", "maya"]);
    expect(prefer.status).toBe(2);
    expect(errorLines(prefer.stderr)[0]).toBe('autonomy-contract: invalid --prefer "maya": use a or b');
  });

  it("takes a partner's answer their own draft left out from the other's draft, and says which", async () => {
    const { dir, files } = await draftsIn("maya-draft.json", "jonas-agrees.json");
    const [maya, jonas] = await Promise.all(files.map(async (file) => JSON.parse(await readFile(file, "utf8"))));
    delete maya.couple.a.pronouns;
    jonas.couple.a.pronouns = "she/they";
    await Promise.all([writeFile(files[0] as string, JSON.stringify(maya)), writeFile(files[1] as string, JSON.stringify(jonas))]);
    const run = await runCli(["merge", ...files]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe("from the other draft: couple.a.pronouns, which Maya Okafor’s own draft left out");
    expect(JSON.parse(await readFile(path.join(dir, "contract.json"), "utf8")).couple.a.pronouns).toBe("she/they");
  });

  it("explains itself with --help: its files, --out and --prefer", async () => {
    const run = await runCli(["merge", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: autonomy-contract merge <a\.json> <b\.json> \[--out contract\.json\] \[--prefer a\|b\]$/m);
  });

  it("refuses a file larger than any draft before reading it", async () => {
    const { dir, files } = await draftsIn("maya-draft.json");
    const big = path.join(dir, "big.json");
    await writeFile(big, `{"draftOf":"b","x":"${"x".repeat(1_100_000)}"}`);
    const run = await runCli(["merge", files[0] as string, big]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)[0]).toMatch(new RegExp(`^autonomy-contract: ${big}: is .* MB; a contract file is at most 1.0 MB$`));
  });
});
