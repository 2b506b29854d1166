import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteDir } from "../helpers/built-site.ts";
import { CONTRACTS, filesIn, runCli, tempFolder } from "../helpers/run-cli.ts";

const V2 = `${CONTRACTS}/v2-signed.json`;

describe("a version 2 contract on the command line", () => {
  it("validate says first, in plain words, that it was signed in an earlier version and must be signed again, then each new question", async () => {
    const run = await runCli(["validate", V2]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter(Boolean).map((line) => line.replace(`autonomy-contract: ${V2}: `, ""));
    expect(lines).toEqual([
      "signatures: Maya Okafor and Jonas Lind signed this contract in an earlier version of the workbook (version 2), which asked fewer questions: answer the new ones below in the workbook, then sign again",
      "couple.timeZone: Answer “Your time zone”",
      "rituals.list.0.days: Answer “On which days”: a ritual “every week” needs it, so it can go in your calendar",
      "rituals.list.1.days: Answer “On which days”: a ritual “a few times a week” needs it, so it can go in your calendar",
      "rituals.list.2.days: Answer “On which days”: a ritual “every two weeks” needs it, so it can go in your calendar",
      "spaceWords.a.canWait: Choose an answer for “How long I can comfortably wait when you ask for space”",
      "spaceWords.b.canWait: Choose an answer for “How long I can comfortably wait when you ask for space”",
      "individualWorlds.a.blockHours: Answer “How long it lasts, in hours”",
      "individualWorlds.b.blockHours: Answer “How long it lasts, in hours”",
    ]);
  });

  it("pdf refuses to print it as signed, and writes nothing", async () => {
    const dir = await tempFolder();
    const run = await runCli(["pdf", V2, "--out", path.join(dir, "v2.pdf"), "--site", siteDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("signed this contract in an earlier version of the workbook (version 2)");
    expect(await filesIn(dir)).toEqual([]);
  });

  it("pdf --draft prints it brought up to date, with every word: the old “when” as each ritual's note", async () => {
    const dir = await tempFolder();
    const out = path.join(dir, "v2.pdf");
    const run = await runCli(["pdf", V2, "--draft", "--out", out, "--site", siteDir()]);
    expect(run.status).toBe(0);
    const verify = await runCli(["verify", out]);
    expect(verify.stdout).toMatch(/^draft: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}: printed as a draft/);
    const { extractPageTexts } = await import("../../src/pdf/extract-page-text.ts");
    const { readFile } = await import("node:fs/promises");
    const text = (await extractPageTexts(new Uint8Array(await readFile(out)))).join("\n").replace(/\s+/g, " ");
    for (const when of ["Sunday, 9 am", "Tuesday and Thursday, 8 pm", "Friday evening"]) expect(text).toContain(when);
  });
});
