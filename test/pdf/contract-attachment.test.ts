import { PDFArray, PDFDict, PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { attachContract, readContractAttachment } from "../../src/pdf/contract-attachment.ts";
import { readDocumentInfo, setDocumentInfo } from "../../src/pdf/document-info.ts";
import { htmlPage, usePrinter } from "../helpers/pdf-fixtures.ts";
import { runTool } from "../helpers/poppler.ts";

const HOSTILE = JSON.stringify({ note: "Café für zwei 💞 — naïve <script>alert(1)</script> \u2028 \"quoted\"", n: 1.5 });

describe("contract attachment and document info", () => {
  const print = usePrinter();
  let plain: Uint8Array;
  beforeAll(async () => {
    plain = await print(htmlPage("<h1>A plain page</h1>"));
  });

  it("gives back the attached JSON exactly, accents, emoji and markup included", async () => {
    const pdf = await PDFDocument.load(plain);
    await attachContract(pdf, HOSTILE);
    const saved = await pdf.save();
    expect(readContractAttachment(await PDFDocument.load(saved))).toBe(HOSTILE);
    expect(runTool("pdfdetach", ["-list"], saved)).toMatch(/1: contract\.json/);
  });

  it("replaces an earlier contract.json rather than adding a second", async () => {
    const pdf = await PDFDocument.load(plain);
    await attachContract(pdf, '{"first":true}');
    const again = await PDFDocument.load(await pdf.save());
    await attachContract(again, '{"second":true}');
    const saved = await again.save();
    expect(readContractAttachment(await PDFDocument.load(saved))).toBe('{"second":true}');
    expect(runTool("pdfdetach", ["-list"], saved)).toMatch(/^1 embedded files$/m);
  });

  it("finds contract.json in a name tree split into /Kids", async () => {
    const pdf = await PDFDocument.load(plain);
    await attachContract(pdf, HOSTILE);
    const loaded = await PDFDocument.load(await pdf.save());
    const tree = loaded.catalog.lookup(PDFName.of("Names"), PDFDict).lookup(PDFName.of("EmbeddedFiles"), PDFDict);
    const names = tree.lookup(PDFName.of("Names"), PDFArray);
    const leaf = loaded.context.obj({ Names: names, Limits: [names.get(0), names.get(0)] });
    tree.delete(PDFName.of("Names"));
    tree.set(PDFName.of("Kids"), loaded.context.obj([loaded.context.register(loaded.context.obj({ Kids: [loaded.context.register(leaf)] }))]));
    expect(readContractAttachment(await PDFDocument.load(await loaded.save()))).toBe(HOSTILE);
  });

  it("says there is no contract in a plain PDF", async () => {
    expect(readContractAttachment(await PDFDocument.load(plain))).toBeUndefined();
  });

  it("reads back the document info it wrote, fingerprint and language included", async () => {
    const pdf = await PDFDocument.load(plain);
    const fingerprint = "ab".repeat(32);
    setDocumentInfo(pdf, { title: "Maya & Jonas — our contract", author: "Maya Okafor and Jonas Lind", subject: "Autonomy Contract", keywords: ["Autonomy Contract", "Maya Okafor"], language: "en", fingerprint });
    const saved = await pdf.save();
    expect(readDocumentInfo(await PDFDocument.load(saved))).toEqual({
      title: "Maya & Jonas — our contract",
      author: "Maya Okafor and Jonas Lind",
      subject: "Autonomy Contract",
      keywords: ["Autonomy Contract", "Maya Okafor"],
      language: "en",
      fingerprint,
    });
    const info = runTool("pdfinfo", [], saved);
    expect(info).toMatch(/^Keywords:\s+.*fingerprint: a{1}b/m);
    expect(info).toMatch(/^Creator:\s+Autonomy Contract$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
  });

  it("reports no fingerprint for a PDF that never had one", async () => {
    expect(readDocumentInfo(await PDFDocument.load(plain)).fingerprint).toBeUndefined();
  });
});
