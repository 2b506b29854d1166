import { existsSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBuild, type BuildRun } from "../helpers/run-build.ts";
import { copySiteSources } from "../helpers/site-sources.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/layouts");

/** Changes one file of a copy of the site's sources; `edit` must change it. */
async function editFile(dir: string, file: string, edit: (text: string) => string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, "utf8");
  const edited = edit(text);
  if (edited === text) throw new Error(`the edit left ${file} as it was`);
  await writeFile(target, edited);
}

/** Adds a fixture's markup to the workbook layout, just before the end of its form. */
function insertIntoForm(fixture: string): (layout: string) => string {
  const markup = readFileSync(path.join(FIXTURES, fixture), "utf8");
  return (layout) => {
    if (layout.split("</form>").length !== 2) throw new Error("layouts/workbook.njk should have exactly one </form>");
    return layout.replace("</form>", `${markup}</form>`);
  };
}

/** Builds a copy of the site after `change`, as a user would: the real build command. */
async function buildChanged(change: (dir: string) => Promise<void>): Promise<BuildRun & { dir: string }> {
  const dir = await copySiteSources();
  await change(dir);
  return { ...runBuild(["--input", "content", "--output", "dist"], dir), dir };
}

/** The part of the output the build command itself writes: after "Build failed:". */
const failure = (run: BuildRun) => run.stderr.slice(run.stderr.indexOf("Build failed:"));

describe("the build checks the workbook form against the schema", () => {
  it("fails on a stray control in the workbook form, naming it", async () => {
    const run = await buildChanged((dir) => editFile(dir, "layouts/workbook.njk", insertIntoForm("stray-control.html")));
    expect(run.status).toBe(1);
    expect(failure(run)).toContain("the workbook form does not match the contract schema");
    expect(failure(run)).toContain("batteryPack.a.extra: this control has no field in the contract schema");
    expect(existsSync(path.join(run.dir, "dist"))).toBe(false);
  });

  it("fails on a second control for a text field, naming the field", async () => {
    const run = await buildChanged((dir) => editFile(dir, "layouts/workbook.njk", insertIntoForm("duplicate-control.html")));
    expect(run.status).toBe(1);
    expect(failure(run)).toContain("couple.a.name: 2 controls share this name; expected exactly one");
  });

  it("fails when the layout drops a field's control, naming the field", async () => {
    const run = await buildChanged((dir) =>
      editFile(dir, "layouts/workbook.njk", (layout) =>
        layout.replace("workbookForm | safe", `workbookForm | replace('name="couple.b.name"', 'name="couple.b.fullName"') | safe`),
      ),
    );
    expect(run.status).toBe(1);
    expect(failure(run)).toContain('couple.b.name: no control in the form (expected <input type="text">)');
    expect(failure(run)).toContain("couple.b.fullName: this control has no field in the contract schema");
  });
});

describe("the build checks the schema and the sample contract", () => {
  it("fails on an unsupported keyword in the schema, naming the file and the JSON pointer", async () => {
    const run = await buildChanged((dir) =>
      editFile(dir, "data/contract.schema.json", (text) => {
        const schema = JSON.parse(text);
        schema.properties.guardrails.oneOf = [];
        return JSON.stringify(schema, null, 2);
      }),
    );
    expect(run.status).toBe(1);
    expect(failure(run)).toContain('data/contract.schema.json#/properties/guardrails/oneOf: unsupported keyword "oneOf"');
    expect(existsSync(path.join(run.dir, "dist"))).toBe(false);
  });

  it("fails on a schema file that is not JSON, naming the file", async () => {
    const run = await buildChanged((dir) => editFile(dir, "data/contract.schema.json", (text) => text.replace("{", "{,")));
    expect(run.status).toBe(1);
    expect(failure(run)).toMatch(/data\/contract\.schema\.json: not valid JSON/);
  });

  it("fails on a sample contract with an answer the schema refuses, naming the file and the field", async () => {
    const run = await buildChanged((dir) =>
      editFile(dir, "data/examples/sample-contract.json", (text) => {
        const sample = JSON.parse(text);
        sample.couple.a.name = "M".repeat(61);
        return JSON.stringify(sample, null, 2);
      }),
    );
    expect(run.status).toBe(1);
    expect(failure(run)).toContain("data/examples/sample-contract.json is not a valid signed contract");
    expect(failure(run)).toContain("couple.a.name: “Name” must be 60 characters or fewer");
  });

  it("fails on a sample contract changed after it was signed, naming the signatures", async () => {
    const run = await buildChanged((dir) =>
      editFile(dir, "data/examples/sample-contract.json", (text) => {
        const sample = JSON.parse(text);
        sample.batteryPack.a.hoursPerWeek = 7;
        return JSON.stringify(sample, null, 2);
      }),
    );
    expect(run.status).toBe(1);
    expect(failure(run)).toContain("signatures.a.fingerprint: Maya Okafor signed an earlier version of this contract: sign again");
    expect(failure(run)).toContain("signatures.b.fingerprint: Jonas Lind signed an earlier version of this contract: sign again");
  });
});
