import { describe, expect, it } from "vitest";
import { renewContract } from "../../src/contract/renew-contract.ts";
import { sampleContract } from "../helpers/contracts.ts";

const PRINT = "c".repeat(64);

describe("renewContract", () => {
  it("counts the version up by one and records the previous fingerprint", () => {
    const signed = sampleContract();
    signed.contractVersion = 4;
    expect(renewContract(signed, PRINT)).toMatchObject({ contractVersion: 5, previousFingerprint: PRINT });
  });

  it("reads a contract without a version as version 1, so its renewal is version 2", () => {
    const signed = sampleContract();
    delete signed.contractVersion;
    expect(renewContract(signed, PRINT).contractVersion).toBe(2);
  });

  it("keeps the first start date, or takes it from the previous start date when there is none", () => {
    const signed = sampleContract();
    delete signed.firstStartDate;
    expect(renewContract(signed, PRINT).firstStartDate).toBe(signed.couple.startDate);
    signed.firstStartDate = "2024-01-06";
    expect(renewContract(signed, PRINT).firstStartDate).toBe("2024-01-06");
  });

  it("removes both partners' signatures and asks for the start and review dates again, keeping every other answer", () => {
    const signed = sampleContract();
    const draft = renewContract(signed, PRINT) as Record<string, any>;
    expect(draft.signatures).toEqual({ witness: signed.signatures.witness });
    expect(draft.couple.startDate).toBeUndefined();
    expect(draft.couple.reviewDate).toBeUndefined();
    expect(draft.couple.a).toEqual(signed.couple.a);
    expect(draft.rituals).toEqual(signed.rituals);
    expect(draft.batteryPack).toEqual(signed.batteryPack);
  });

  it("leaves the signed contract as it was", () => {
    const signed = sampleContract();
    renewContract(signed, PRINT);
    expect(signed).toEqual(sampleContract());
  });
});
