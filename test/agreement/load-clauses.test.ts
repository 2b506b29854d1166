import { cp, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLAUSES_DIR, loadClauses } from "../../src/agreement/load-clauses.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

/** A copy of the project's clauses folder, with one file's text replaced. */
async function folderWith(file: string, text: string): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "autonomy-clauses-")), "clauses");
  await cp(CLAUSES_DIR, dir, { recursive: true });
  await writeFile(path.join(dir, file), text);
  return dir;
}

describe("loadClauses", () => {
  it("loads a file per section, in the contract's order of sections", async () => {
    const loaded = await loadClauses(layout);
    expect(Object.keys(loaded.set)).toEqual(["couple", "batteryPack", "rituals", "spaceWords", "defaultMoves", "individualWorlds", "guardrails", "deeperWe", "signatures"]);
    expect(loaded.files.map((file) => file.name)).toEqual(Object.keys(loaded.set).map((key) => path.relative(process.cwd(), path.join(CLAUSES_DIR, `${key}.json`))));
  });

  it("refuses a file that is not JSON, naming it", async () => {
    const dir = await folderWith("rituals.json", '{ "heading": "Our time together", ');
    await expect(loadClauses(layout, dir)).rejects.toThrow(/rituals\.json: not valid JSON/);
  });

  it("refuses a file of the wrong shape, naming the file and the place", async () => {
    const dir = await folderWith("rituals.json", JSON.stringify({ heading: "Our time together", clauses: [{ id: "x", text: "Hello.", colour: "red" }] }));
    await expect(loadClauses(layout, dir)).rejects.toThrow(/rituals\.json: clauses\.0: unknown key "colour"/);
  });

  it("refuses clauses that do not fit the schema, listing every problem with its file and clause", async () => {
    const dir = await folderWith("guardrails.json", JSON.stringify({ heading: "Guardrails", clauses: [{ id: "pause", text: "We come back {longestPaws}." }] }));
    const error = await loadClauses(layout, dir).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^the agreement's clauses do not fit the contract schema:\n/);
    expect(message).toContain('guardrails.json: clause "pause": {longestPaws} names no answer: guardrails has no answer at "guardrails.longestPaws"');
    expect(message).toContain('guardrails.json: the required answer "guardrails.noStonewalling"');
  });

  it("names a folder it cannot read", async () => {
    await expect(loadClauses(layout, "/nonexistent/clauses")).rejects.toThrow("/nonexistent/clauses: cannot read the folder of the agreement's clauses");
  });
});
