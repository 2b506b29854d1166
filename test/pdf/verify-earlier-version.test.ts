import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { attachContract, readContractAttachment } from "../../src/pdf/contract-attachment.ts";
import { verifyContractPdf } from "../../src/pdf/verify-contract-pdf.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { ROOT, runCli } from "../helpers/run-cli.ts";

/** A signed contract PDF printed by the workbook of schema version 2 (`pdf` of its sample, before version 3). */
const V2_PDF = "test/fixtures/pdfs/v2-signed-contract.pdf";
const V2_FINGERPRINT = "bf70ae7ff1155ed9a9aba8c455ec943cd605a7793e24e3bbf584a10d17855bff";
const bytes = () => new Uint8Array(readFileSync(path.join(ROOT, V2_PDF)));

describe("verify of a contract PDF made before version 3", () => {
  let schema: CompiledSchema;
  beforeAll(async () => {
    schema = await loadSchema();
  });

  it("carries version 2 data as it was signed", async () => {
    const attached = JSON.parse(readContractAttachment(await PDFDocument.load(bytes()))!);
    expect(attached.schemaVersion).toBe(2);
    expect(attached.rituals.list[0].when).toBe("Sunday, 9 am");
  });

  it("verifies it, over the data as signed, and says it was made with version 2", async () => {
    expect(await verifyContractPdf(bytes(), schema)).toEqual({
      status: "verified",
      fingerprint: V2_FINGERPRINT,
      names: ["Maya Okafor", "Jonas Lind"],
      wordingChanged: false,
      madeWithVersion: 2,
    });
  });

  it("still finds an answer missing that version 2 asked for, but not the questions version 3 added", async () => {
    const pdf = await PDFDocument.load(bytes());
    const attached = JSON.parse(readContractAttachment(pdf)!);
    delete attached.guardrails.noStonewalling;
    await attachContract(pdf, JSON.stringify(attached));
    const result = await verifyContractPdf(await pdf.save(), schema);
    expect(result.status).toBe("changed");
    const problems = result.status === "changed" ? result.problems : [];
    expect(problems).toContainEqual(expect.stringMatching(/^guardrails\.noStonewalling: /));
    expect(problems.filter((problem) => /timeZone|canWait|blockHours|\.days/.test(problem))).toEqual([]);
    expect(problems).toContainEqual(expect.stringMatching(/^page 1 prints fingerprint bf70ae7f/));
  });

  it("prints it on the command line as verified, with a note, exit 0", async () => {
    const run = await runCli(["verify", V2_PDF]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      `verified: Maya Okafor and Jonas Lind, fingerprint ${V2_FINGERPRINT}`,
      "note: made with an earlier version of the contract (version 2); its answers and signatures are unchanged, and renewing it asks a few new questions",
      // Version 3 reworded the rituals' clauses, so this is said too.
      "note: the wording of the agreement has changed since this PDF was made; the answers and signatures are unchanged",
    ]);
  });
});
