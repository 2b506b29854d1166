import { beforeAll, describe, expect, it } from "vitest";
import { completeErrors } from "../../../src/browser/workbook/complete-errors.ts";
import { validateContract } from "../../../src/contract/validate-contract.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

describe("completeErrors", () => {
  it("finds nothing wrong with the complete, signed sample contract", () => {
    expect(completeErrors(schema, sampleContract())).toEqual([]);
  });

  it("asks a partner who has not signed to sign, by the name they gave", () => {
    const contract = sampleContract();
    delete contract.signatures.b.fingerprint;
    expect(completeErrors(schema, contract)).toEqual([
      { path: "signatures.b.fingerprint", message: "Sign the contract: press “Sign as Jonas Lind” when you agree with every answer" },
    ]);
  });

  it("asks a partner who gave no name to sign as Partner A", () => {
    const contract = sampleContract();
    delete contract.signatures.a.fingerprint;
    delete contract.couple.a.name;
    expect(completeErrors(schema, contract)).toContainEqual({
      path: "signatures.a.fingerprint",
      message: "Sign the contract: press “Sign as Partner A” when you agree with every answer",
    });
  });

  it("keeps the schema's message for a fingerprint that is there but malformed", () => {
    const contract = sampleContract();
    contract.signatures.a.fingerprint = "not a fingerprint";
    expect(completeErrors(schema, contract)).toEqual([
      { path: "signatures.a.fingerprint", message: "“Fingerprint of what was signed” is not in the expected form" },
    ]);
  });

  it("points at each unanswered question of an empty contract, not at its sections", () => {
    const paths = completeErrors(schema, {}).map((error) => error.path);
    expect(paths).toContain("couple.a.name");
    expect(paths).toContain("batteryPack.b.rhythm");
    expect(paths).toContain("rituals.list");
    expect(paths).not.toContain("couple");
    expect(paths).not.toContain("batteryPack");
  });

  it("words every other problem as the schema's validation does", () => {
    const contract = sampleContract();
    delete contract.rituals.list[1].name;
    contract.batteryPack.a.hoursPerWeek = -3;
    const schemaSays = validateContract(schema, contract, "complete");
    expect(schemaSays.ok).toBe(false);
    expect(completeErrors(schema, contract)).toEqual(schemaSays.ok ? [] : schemaSays.errors);
  });
});
