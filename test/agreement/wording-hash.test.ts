import { beforeAll, describe, expect, it } from "vitest";
import type { ClauseSet } from "../../src/agreement/clause-file.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import { wordingHash } from "../../src/agreement/wording-hash.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";

let clauses: ClauseSet;
beforeAll(async () => {
  clauses = (await loadClauses(layoutContract(await loadSchema()))).set;
});

describe("wordingHash", () => {
  it("is 64 hex characters, the same for the same clauses whatever their keys' order", async () => {
    const hash = await wordingHash(clauses);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reversed = Object.fromEntries(Object.entries(clauses).reverse());
    expect(await wordingHash(reversed)).toBe(hash);
  });

  it("changes when one word of one clause changes", async () => {
    const reworded = structuredClone(clauses);
    reworded.guardrails!.clauses[0]!.text = reworded.guardrails!.clauses[0]!.text.replace("always", "still");
    expect(await wordingHash(reworded)).not.toBe(await wordingHash(clauses));
  });
});
