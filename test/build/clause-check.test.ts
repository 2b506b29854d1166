import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBuild, type BuildRun } from "../helpers/run-build.ts";
import { copySiteSources } from "../helpers/site-sources.ts";

/** Builds a copy of the site after changing one clause file, as a user would: the real build command. */
async function buildWithClauses(key: string, change: (file: any) => void): Promise<BuildRun & { dir: string }> {
  const dir = await copySiteSources();
  const file = path.join(dir, "data/clauses", `${key}.json`);
  const clauses = JSON.parse(await readFile(file, "utf8"));
  change(clauses);
  await writeFile(file, JSON.stringify(clauses, null, 2));
  return { ...runBuild(["--input", "content", "--output", "dist", "--site-only"], dir), dir };
}

const failure = (run: BuildRun) => run.stderr.slice(run.stderr.indexOf("Build failed:"));

describe("the build checks the agreement's clauses against the schema", () => {
  it("fails on a clause whose placeholder names no field, naming the file and the clause", async () => {
    const run = await buildWithClauses("spaceWords", (file) => {
      file.clauses[1].text = "When {@other} asks for space, {@self} will answer: {self.replyWords|quote}";
    });
    expect(run.status).toBe(1);
    expect(failure(run)).toContain("the agreement's clauses do not fit the contract schema");
    expect(failure(run)).toMatch(/data\/clauses\/spaceWords\.json: clause "reply": \{self\.replyWords\|quote\} names no answer: spaceWords has no answer at "spaceWords\.a\.replyWords"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(run.dir, "dist"))).toBe(false);
  });

  it("fails on a required answer that no clause uses, naming the file and the answer", async () => {
    const run = await buildWithClauses("deeperWe", (file) => {
      file.clauses = file.clauses.filter((clause: { id: string }) => clause.id !== "admire");
    });
    expect(run.status).toBe(1);
    expect(failure(run)).toContain('data/clauses/deeperWe.json: the required answer "deeperWe.a.admire" (“What I admire in your separate life”) appears in no clause');
  });

  it("fails on an unknown grammar helper, naming the file, the clause and the helper", async () => {
    const run = await buildWithClauses("batteryPack", (file) => {
      file.clauses[0].text = file.clauses[0].text.replace("|hours", "|hourz");
    });
    expect(run.status).toBe(1);
    expect(failure(run)).toMatch(/data\/clauses\/batteryPack\.json: clause "hours": \{self\.hoursPerWeek\|hourz\}: unknown helper "hourz"/);
  });

  it("fails on a clause the sample contract leaves out", async () => {
    const run = await buildWithClauses("batteryPack", (file) => {
      file.clauses.push({ id: "extra", each: "partner", text: "{@self} also says: {self.otherActivities|quote}" });
    });
    expect(run.status).toBe(1);
    expect(failure(run)).toContain('data/clauses/batteryPack.json: clause "extra" is left out of the sample contract (data/examples/sample-contract.json)');
  });
});
