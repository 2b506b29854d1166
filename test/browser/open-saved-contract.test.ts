import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractStore, StoredRead } from "../../src/browser/storage/contract-store.ts";
import { openSavedContract, openText } from "../../src/browser/storage/open-saved-contract.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const V1_DRAFT = readFileSync(path.join(ROOT, "test/fixtures/contracts/v1-draft.json"), "utf8");
const SAMPLE = readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8");

/** A store that reads `stored` and counts writes, which opening must never make. */
function storeReading(stored: StoredRead): ContractStore & { writes: number } {
  const store = {
    key: "autonomy-contract/v3",
    writes: 0,
    read: () => stored,
    write: () => {
      store.writes++;
      return { ok: true as const };
    },
    remove: () => {
      store.writes++;
      return { ok: true as const };
    },
  };
  return store;
}

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

describe("openSavedContract", () => {
  it("opens nothing from an empty store", () => {
    expect(openSavedContract(storeReading({ kind: "empty" }), schema)).toEqual({ kind: "empty" });
  });

  it("loads a draft saved under the current version", () => {
    const text = '{"schemaVersion": 3, "couple": {"a": {"name": "Maya"}}}';
    expect(openSavedContract(storeReading({ kind: "found", version: 2, text }), schema)).toEqual({
      kind: "loaded",
      data: { schemaVersion: 3, couple: { a: { name: "Maya" } } },
    });
  });

  it("loads a version 1 draft migrated, saying it came from version 1", () => {
    const opened = openSavedContract(storeReading({ kind: "found", version: 1, text: V1_DRAFT }), schema);
    expect(opened).toEqual({ kind: "loaded", data: expect.objectContaining({ schemaVersion: 3 }), migratedFrom: 1 });
  });

  it("gives the migrated version 1 draft its couple block", () => {
    const opened = openSavedContract(storeReading({ kind: "found", version: 1, text: V1_DRAFT }), schema);
    expect(opened.kind === "loaded" && opened.data.couple).toEqual({
      a: { name: "Maya Okafor", pronouns: "she/her" },
      b: { name: "Jonas Lind" },
      startDate: "2026-01-31",
      reviewDate: "2026-02-28",
    });
  });

  it("refuses a newer version's data, saying it is untouched, and writes nothing", () => {
    const store = storeReading({ kind: "newer", version: 3 });
    const opened = openSavedContract(store, schema);
    expect(opened).toEqual({ kind: "refused", message: expect.stringContaining("saved by a newer version of this workbook. It is safe and untouched") });
    expect(opened.kind === "refused" && opened.message).toContain("untouched");
    expect(store.writes).toBe(0);
  });

  it("passes on that storage is unavailable", () => {
    const error = new DOMException("denied", "SecurityError");
    expect(openSavedContract(storeReading({ kind: "unavailable", error }), schema)).toEqual({ kind: "unavailable", error });
  });

  it("refuses a damaged copy that is not JSON, and writes nothing", () => {
    const store = storeReading({ kind: "found", version: 2, text: '{"schemaVersion": 3, "couple": ' });
    const opened = openSavedContract(store, schema);
    expect(opened).toEqual({ kind: "refused", message: expect.stringMatching(/^Cannot open it: not valid JSON \(/) });
    expect(store.writes).toBe(0);
  });
});

describe("openText", () => {
  it("opens the sample contract as it is", () => {
    expect(openText(SAMPLE, schema)).toEqual({ kind: "loaded", data: JSON.parse(SAMPLE) });
  });

  it("refuses text that is not JSON", () => {
    expect(openText("schemaVersion: 3", schema)).toEqual({ kind: "refused", message: expect.stringMatching(/^Cannot open it: not valid JSON \(/) });
  });

  it("refuses a forbidden key, naming where it is", () => {
    expect(openText('{"schemaVersion": 3, "couple": {"__proto__": {}}}', schema)).toEqual({
      kind: "refused",
      message: 'Cannot open it: couple.__proto__: the key "__proto__" is not allowed.',
    });
  });

  it("refuses a key given twice on import, naming where it is", () => {
    expect(openText('{"schemaVersion": 3, "couple": {"a": {"name": "Maya", "name": "Mia"}}}', schema)).toEqual({
      kind: "refused",
      message: 'Cannot open it: couple.a.name: the key "name" appears twice; keep one.',
    });
  });

  it("refuses data without a schemaVersion", () => {
    expect(openText('{"couple": {}}', schema)).toEqual({
      kind: "refused",
      message: "Cannot open it: this file does not say which version of an Autonomy Contract it is.",
    });
  });

  it("refuses a file from a newer version", () => {
    const opened = openText('{"schemaVersion": 4}', schema);
    expect(opened).toEqual({ kind: "refused", message: "Cannot open it: it was saved by a newer version of the workbook. Open it with the newer version." });
  });

  it("refuses data that does not fit the questions, with each field's error", () => {
    const text = JSON.stringify({ schemaVersion: 3, couple: { a: { name: "x".repeat(61) } }, colour: "blue" });
    expect(openText(text, schema)).toEqual({
      kind: "refused",
      message: "It does not fit the contract's questions.",
      errors: [
        { path: "couple.a.name", message: "“Name” must be 60 characters or fewer" },
        { path: "colour", message: "“colour” is not part of an Autonomy Contract" },
      ],
    });
  });

  it("refuses migrated version 1 data that does not fit, with the field's current path", () => {
    const text = JSON.stringify({ schemaVersion: 1, partnerA: { name: "" } });
    expect(openText(text, schema)).toEqual({
      kind: "refused",
      message: "It does not fit the contract's questions.",
      errors: [{ path: "couple.a.name", message: "Answer “Name”" }],
    });
  });
});
