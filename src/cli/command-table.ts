import type { ParseArgsConfig } from "node:util";
import type { CommandSpec } from "./command-types.ts";

/** The options of parseArgs for a command's own options. */
export function parseArgsOptions(spec: CommandSpec): NonNullable<ParseArgsConfig["options"]> {
  return Object.fromEntries([
    ...Object.keys(spec.options).map((name) => [name, { type: "string" as const }]),
    ...Object.keys(spec.flags ?? {}).map((name) => [name, { type: "boolean" as const }]),
  ]);
}

/** Every command, in the order the help lists them. */
export const commandTable: CommandSpec[] = [
  {
    name: "validate",
    summary: "check that a contract file is complete and signed",
    files: ["contract.json"],
    options: {},
    description:
      "Checks a contract file as the workbook does before it calls a contract signed: strict JSON, every answer fits its question, and both signatures cover the answers as they are now. Files of an older workbook version are brought up to date first; the file itself is never changed.",
    example: "autonomy-contract validate our-contract.json",
    load: async () => (await import("./commands/validate.ts")).validateCommand,
  },
  {
    name: "pdf",
    summary: "make the signed contract PDF of a contract file, or of many",
    files: ["contract.json"],
    manyFiles: true,
    options: {
      out: { value: "file.pdf", help: "where to write the PDF of one contract (default: the input's name with .pdf)" },
      "out-dir": { value: "folder", help: "where to write the PDFs, each named after its contract file" },
      paper: { value: "a4|letter", help: "paper size (default: a4)" },
      site: { value: "dist", help: "the built site to print from (default: the project's dist/)" },
    },
    flags: {
      draft: { help: "print a contract not signed yet, marked \"Draft, not signed\" on every page" },
    },
    description:
      "Checks the contract exactly like validate (an invalid file writes nothing), then prints it from the built site with Chromium: the PDF carries the contract's JSON and its fingerprint. Give several files, or a folder of .json files, to print them all with one Chromium: each problem is reported on its own line, the others are still printed, and the exit code is 1 if any failed. With --draft, a contract that is not signed yet (or signed for an earlier version) is printed as a draft to read, never as a signed contract.",
    example: "autonomy-contract pdf our-contract.json --paper letter",
    load: async () => (await import("./commands/pdf.ts")).pdfCommand,
  },
  {
    name: "verify",
    summary: "check that a signed contract PDF has not been changed, or a chain of renewals",
    files: ["signed.pdf"],
    manyFiles: true,
    options: {},
    description:
      "Reads the contract inside a signed contract PDF and checks that the PDF, the contract and both signatures still agree. Exits with 1 when anything was changed. Give the PDFs of every version of a renewed contract, in any order, to check each one and then each renewal: every version must record the fingerprint of the version before it, with no version missing between them (one line per link; exit 1 for a broken or missing link).",
    example: "autonomy-contract verify our-contract.pdf   (or: verify version-1.pdf version-2.pdf)",
    load: async () => (await import("./commands/verify.ts")).verifyCommand,
  },
  {
    name: "diff",
    summary: "list what changed between two versions of a contract",
    files: ["old", "new"],
    options: {},
    description:
      "Prints every answer that differs between two versions of a contract, step by step, as \"question: was … / now …\", the same list the workbook shows when you renew; or \"no changes\". Each version is a contract file (.json) or a contract PDF (its attached contract is read); files of an older workbook version are brought up to date first. Signatures are not compared. Exit codes: 0 when both were read, whether or not anything changed; 1 when a file cannot be read as a contract; 2 when the command is misused.",
    example: "autonomy-contract diff version-1.pdf version-2.pdf",
    load: async () => (await import("./commands/diff.ts")).diffCommand,
  },
  {
    name: "calendar",
    summary: "write the rituals of a contract file as a calendar file (.ics)",
    files: ["contract.json"],
    options: {
      out: { value: "file.ics", help: "where to write the calendar (default: the input's name with .ics)" },
    },
    description:
      "Writes the contract's rituals, daily moment, each partner's own time, the weekly check-in and the review date (with a reminder a week ahead) as an iCalendar file, in your time zone, to import into any calendar. Importing the file of a renewed contract updates the same events instead of adding copies. The contract need not be signed, but every answer must fit its question.",
    example: "autonomy-contract calendar our-contract.json --out our-rituals.ics",
    load: async () => (await import("./commands/calendar.ts")).calendarCommand,
  },
  {
    name: "import",
    summary: "read the answers of a filled-in workbook PDF into a contract file",
    files: ["filled-workbook.pdf"],
    options: {
      out: { value: "contract.json", help: "where to write the contract (default: the input's name with .json)" },
    },
    description:
      "Reads the answers typed into the fillable workbook PDF and writes them as a draft contract file, to open in the workbook. Signatures are not carried over: sign again in the workbook.",
    example: "autonomy-contract import filled-workbook.pdf --out our-contract.json",
    load: async () => (await import("./commands/import.ts")).importCommand,
  },
  {
    name: "merge",
    summary: "bring two partners' drafts together into one contract file",
    files: ["a.json", "b.json"],
    options: {
      out: { value: "contract.json", help: "where to write the contract (default: contract.json beside the first draft)" },
      prefer: { value: "a|b", help: "where the drafts give a shared answer differently, take partner A's (a) or B's (b)" },
    },
    description:
      "Brings two drafts together, one from each partner (saved with “Just my answers” in the workbook, in either order): each partner's answers come from their own draft, and shared answers only one draft gives are taken. Where the two give a shared answer differently, nothing is written and each difference is listed on its own line, unless --prefer says whose answers to take. The contract written is not signed: sign it in the workbook. Drafts of an older workbook version are brought up to date first; the drafts themselves are never changed.",
    example: "autonomy-contract merge maya-draft.json jonas-draft.json --out our-contract.json",
    load: async () => (await import("./commands/merge.ts")).mergeCommand,
  },
];
