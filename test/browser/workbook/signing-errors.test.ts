import { beforeAll, describe, expect, it } from "vitest";
import { completeErrors } from "../../../src/browser/workbook/complete-errors.ts";
import { errorsBeforeSigning } from "../../../src/browser/workbook/signing-errors.ts";
import type { CompiledSchema } from "../../../src/schema/compile-schema.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";

let schema: CompiledSchema;
beforeAll(async () => {
  schema = await loadSchema();
});

/** The sample contract before either partner has signed. */
function unsigned(): Record<string, any> {
  const contract = sampleContract();
  delete contract.signatures.a.fingerprint;
  delete contract.signatures.b.fingerprint;
  return contract;
}

const paths = (contract: Record<string, any>, signature: string) =>
  errorsBeforeSigning(completeErrors(schema, contract), signature, contract).map((error) => error.path);

describe("errorsBeforeSigning", () => {
  it("lets a partner sign a complete contract that neither has signed yet", () => {
    expect(paths(unsigned(), "signatures.a")).toEqual([]);
  });

  it("does not wait for the other partner's signature, date or name", () => {
    const contract = unsigned();
    delete contract.signatures.b.date;
    delete contract.signatures.b.name;
    expect(paths(contract, "signatures.a")).toEqual([]);
  });

  it("asks for the signer's own date and name first", () => {
    const contract = unsigned();
    delete contract.signatures.a.date;
    delete contract.signatures.a.name;
    expect(paths(contract, "signatures.a")).toEqual(["signatures.a.name", "signatures.a.date"]);
  });

  it("asks for every unanswered question of the contract first", () => {
    const contract = unsigned();
    delete contract.rituals.list[1].name;
    delete contract.batteryPack.b.rhythm;
    expect(paths(contract, "signatures.a")).toEqual(["batteryPack.b.rhythm", "rituals.list.1.name"]);
  });

  it("asks a partner who chose to draw to draw first, in words they can act on", () => {
    const contract = unsigned();
    contract.signatures.a.method = "Drawn";
    delete contract.signatures.a.strokes;
    expect(errorsBeforeSigning(completeErrors(schema, contract), "signatures.a", contract)).toEqual([
      { path: "signatures.a.strokes", message: "Draw your signature in the box, or choose “Typed” to type your name" },
    ]);
  });

  it("asks for no drawing from a partner who types their name", () => {
    const contract = unsigned();
    contract.signatures.b.method = "Typed";
    delete contract.signatures.b.strokes;
    expect(paths(contract, "signatures.b")).toEqual([]);
  });
});
