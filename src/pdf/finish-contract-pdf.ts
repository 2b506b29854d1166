import { deflateSync } from "node:zlib";
import { DRAFT_MARK } from "../browser/contract/print-footer.ts";
import { ATTACHMENT_DESCRIPTION, CONTRACT_ATTACHMENT, infoEntries, type DocumentInfo } from "./info-entries.ts";
import { appendUpdate, formatPdfDict, type UpdatedObject } from "./incremental-update.ts";
import { readObjectDict, readXref, referencedObject, type PdfXref } from "./pdf-xref.ts";
import type { PdfDictEntries } from "./read-pdf-dict.ts";

/** What the finished PDF carries besides the pages Chromium printed. */
export interface FinishedContract {
  /** The contract file's text, attached exactly as given. */
  jsonText: string;
  fingerprint: string;
  /** The hash of the agreement's wording the page wrote the sentences with. */
  wording: string;
  title: string;
  names: string[];
  /** A draft: not signed, and said so in the keywords too. */
  draft?: boolean;
}

/** The document information of a finished contract PDF. */
export function contractInfo(contract: FinishedContract): DocumentInfo {
  return {
    title: contract.title,
    author: contract.names.join(" and "),
    subject: "Autonomy Contract",
    keywords: ["Autonomy Contract", "relationship agreement", ...(contract.draft ? [DRAFT_MARK] : []), ...contract.names],
    language: "en",
    fingerprint: contract.fingerprint,
    wording: contract.wording,
  };
}

/**
 * Turns Chromium's PDF of a contract into the one people keep: the contract's JSON
 * attached, the document info, language, fingerprint and wording set. It is written as an
 * incremental update after Chromium's bytes, which stay as printed (tags, bookmarks,
 * fonts): only the catalog and the Info dictionary are read, where pdf-lib would
 * parse and rewrite all of the file's objects (issue 11: most of the time a contract
 * spent in Node). A PDF without cross-reference tables goes through pdf-lib instead.
 */
export async function finishContractPdf(bytes: Uint8Array, contract: FinishedContract): Promise<Uint8Array> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const xref = readXref(text);
  const root = referencedObject(xref?.trailer.get("Root"));
  const catalog = xref && root !== undefined ? readObjectDict(text, xref, root) : undefined;
  // Chromium writes cross-reference tables and no /Names; anything else (a later Chromium) is left to pdf-lib.
  if (!xref || root === undefined || !catalog || catalog.some(([key]) => key === "Names")) return finishWithPdfLib(bytes, contract);
  let next = Number(xref.trailer.get("Size"));
  const fileNumber = next++;
  const specNumber = next++;
  const infoNumber = referencedObject(xref.trailer.get("Info")) ?? next++;

  const json = new TextEncoder().encode(contract.jsonText);
  const compressed = deflateSync(json);
  const objects: UpdatedObject[] = [
    {
      number: fileNumber,
      body: [
        formatPdfDict([
          ["Type", "/EmbeddedFile"],
          ["Subtype", "/application#2Fjson"],
          ["Params", formatPdfDict([["Size", String(json.byteLength)]])],
          ["Filter", "/FlateDecode"],
          ["Length", String(compressed.byteLength)],
        ]),
        "\nstream\n",
        compressed,
        "\nendstream",
      ],
    },
    {
      number: specNumber,
      body: [
        formatPdfDict([
          ["Type", "/Filespec"],
          ["F", `(${CONTRACT_ATTACHMENT})`],
          ["UF", textString(CONTRACT_ATTACHMENT)],
          ["EF", formatPdfDict([["F", `${fileNumber} 0 R`]])],
          ["Desc", textString(ATTACHMENT_DESCRIPTION)],
          // "Source": the pages were printed from this file (PDF 2.0, 14.13.2).
          ["AFRelationship", "/Source"],
        ]),
      ],
    },
    { number: infoNumber, body: [formatPdfDict(infoDictionary(text, xref, contract))] },
    { number: root, body: [formatPdfDict(catalogWithAttachment(catalog, specNumber, contractInfo(contract).language))] },
  ];
  const trailer: PdfDictEntries = [
    ["Size", String(next)],
    ["Root", `${root} 0 R`],
    ["Info", `${infoNumber} 0 R`],
    ...(xref.trailer.has("ID") ? [["ID", xref.trailer.get("ID")!] as [string, string]] : []),
  ];
  return appendUpdate(bytes, xref, objects, trailer);
}

/** The catalog as Chromium wrote it, with the attachment named and associated, the language and the title shown. */
function catalogWithAttachment(catalog: PdfDictEntries, spec: number, language: string): PdfDictEntries {
  const replaced = new Set(["AF", "Lang", "ViewerPreferences"]);
  return [
    ...catalog.filter(([key]) => !replaced.has(key)),
    ["Names", formatPdfDict([["EmbeddedFiles", formatPdfDict([["Names", `[${textString(CONTRACT_ATTACHMENT)} ${spec} 0 R]`]])]])],
    ["AF", `[${spec} 0 R]`],
    ["Lang", textString(language)],
    // Viewers show the title rather than the file name (PDF/UA, 7.1).
    ["ViewerPreferences", formatPdfDict([["DisplayDocTitle", "true"]])],
  ];
}

/** The Info dictionary: ours, keeping the date Chromium printed it on. */
function infoDictionary(text: string, xref: PdfXref, contract: FinishedContract): PdfDictEntries {
  const info = referencedObject(xref.trailer.get("Info"));
  const printed = info === undefined ? [] : readObjectDict(text, xref, info);
  const kept = printed.filter(([key]) => key === "CreationDate" || key === "ModDate");
  return [...infoEntries(contractInfo(contract)).map(([key, value]) => [key, textString(value)] as [string, string]), ...kept];
}

/** A PDF text string in UTF-16BE with its byte order mark, as hex: any name in any script, in pure ASCII. */
function textString(value: string): string {
  let hex = "<FEFF";
  for (let index = 0; index < value.length; index++) hex += value.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0");
  return `${hex}>`;
}

/** The same with pdf-lib, for a PDF written with cross-reference streams: parsed whole and saved again. */
async function finishWithPdfLib(bytes: Uint8Array, contract: FinishedContract): Promise<Uint8Array> {
  const [{ PDFDocument }, { attachContract }, { setDocumentInfo }] = await Promise.all([
    import("@cantoo/pdf-lib"),
    import("./contract-attachment.ts"),
    import("./document-info.ts"),
  ]);
  // updateMetadata: false: setDocumentInfo writes creator and producer itself.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  await attachContract(pdf, contract.jsonText);
  setDocumentInfo(pdf, contractInfo(contract));
  return pdf.save({ useObjectStreams: false });
}
