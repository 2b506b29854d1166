import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCalendar } from "../helpers/ical.ts";
import { CONTRACTS, filesIn, hasStackTrace, runCli, tempFolder } from "../helpers/run-cli.ts";
import { sampleContract } from "../helpers/contracts.ts";

const SAMPLE = "data/examples/sample-contract.json";

/** The sample contract copied into a fresh folder, with `change` made to it. */
async function contractIn(dir: string, change?: (data: Record<string, any>) => void): Promise<string> {
  const file = path.join(dir, "ours.json");
  const data = sampleContract();
  change?.(data);
  await writeFile(file, JSON.stringify(data, null, 2));
  return file;
}

describe("autonomy-contract calendar", () => {
  it("writes the calendar beside the contract, named after it, and says how many events it holds", async () => {
    const dir = await tempFolder();
    await copyFile(SAMPLE, path.join(dir, "ours.json"));
    const run = await runCli(["calendar", path.join(dir, "ours.json")]);
    const out = path.join(dir, "ours.ics");
    expect(run).toEqual({ status: 0, stdout: `wrote ${out}: 8 events for Maya Okafor and Jonas Lind\n`, stderr: "" });
    const { events, byKey } = parseCalendar(await readFile(out, "utf8"));
    expect(events).toHaveLength(8);
    expect([...byKey.keys()]).toEqual(["ritual-1", "ritual-2", "ritual-3", "daily-moment", "own-time-a", "own-time-b", "check-in", "review"]);
  });

  it("keeps every UID when the calendar is made again, to --out", async () => {
    const dir = await tempFolder();
    const [first, second] = [path.join(dir, "first.ics"), path.join(dir, "second.ics")];
    expect((await runCli(["calendar", SAMPLE, "--out", first])).status).toBe(0);
    expect((await runCli(["calendar", SAMPLE, "--out", second])).status).toBe(0);
    const uids = async (file: string) => parseCalendar(await readFile(file, "utf8")).events.map((event) => event.uid);
    expect(await uids(second)).toEqual(await uids(first));
  });

  it("names each ritual it leaves out, and writes the rest", async () => {
    const dir = await tempFolder();
    const file = await contractIn(dir, (data) => delete data.rituals.list[0].days);
    const run = await runCli(["calendar", file]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      `wrote ${path.join(dir, "ours.ics")}: 7 events for Maya Okafor and Jonas Lind`,
      "left out: “Sunday breakfast at the table”: it does not say on which days it happens",
    ]);
  });

  it("refuses a contract without a time zone, saying what is missing, and writes nothing", async () => {
    const dir = await tempFolder();
    const file = await contractIn(dir, (data) => delete data.couple.timeZone);
    const run = await runCli(["calendar", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${file}: the contract needs its start date and your time zone before its rituals can go in a calendar\n`);
    expect(await filesIn(dir)).toEqual(["ours.json"]);
  });

  it("refuses an answer that does not fit with one path: message line, and writes nothing", async () => {
    const dir = await tempFolder();
    await copyFile(`${CONTRACTS}/wrong-type.json`, path.join(dir, "wrong.json"));
    const run = await runCli(["calendar", path.join(dir, "wrong.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${path.join(dir, "wrong.json")}: batteryPack.a.hoursPerWeek: “Hours alone I need in an ordinary week” must be a number\n`);
    expect(await filesIn(dir)).toEqual(["wrong.json"]);
  });

  it("brings a version 2 contract up to date first, and asks for the time zone it never had", async () => {
    const run = await runCli(["calendar", `${CONTRACTS}/v2-signed.json`, "--out", path.join(await tempFolder(), "x.ics")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("your time zone");
  });

  it("refuses the contract itself as --out (exit 2), and a missing file (exit 1), without a stack trace", async () => {
    const same = await runCli(["calendar", SAMPLE, "--out", SAMPLE]);
    expect(same.status).toBe(2);
    expect(same.stderr.split("\n")[0]).toBe(`autonomy-contract: ${SAMPLE}: is the input file itself: choose another output file with --out`);
    const missing = await runCli(["calendar", "nowhere/contract.json"]);
    expect(missing).toEqual({ status: 1, stdout: "", stderr: "autonomy-contract: nowhere/contract.json: no such file\n" });
    expect(hasStackTrace(same.stderr + missing.stderr)).toBe(false);
  });
});
