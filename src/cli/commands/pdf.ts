import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { COVERAGE_FILE, describeCharacter, EXTRA_COVERAGE_FILE, findUndrawable, usesAny, type Coverage } from "../../pdf/print-font-coverage.ts";
import { isPaper, type Paper } from "../../pdf/paper.ts";
import { openPdfSession, type PdfSession } from "../../pdf/pdf-session.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-types.ts";
import { describeErrorLine } from "../describe-error-line.ts";
import { errorLines } from "../error-lines.ts";
import { formatSize } from "../format-size.ts";
import { listPdfJobs, type PdfJob } from "../list-pdf-jobs.ts";
import { ROOT } from "../../project-root.ts";
import { settleInOrder } from "../settle-in-order.ts";

/**
 * Contracts a batch prints side by side, each in a tab of the one Chromium: while one
 * tab is laid out and printed, the other's contract is checked and shown and its PDF
 * finished and written (issue 11: about 45% less time a contract on two cores).
 */
export const BATCH_TABS = 2;

/** What every contract of one run is printed with. */
interface PrintRun {
  schema: CompiledSchema;
  session: Promise<PdfSession>;
  paper: Paper;
  draft: boolean;
  /** What the print fonts can draw, from the build; absent in a site built without PDFs. */
  coverage: Coverage | undefined;
  /** What only the CJK and emoji print fonts draw; when absent, they are always loaded. */
  extraCoverage: Coverage | undefined;
  /** The contract check (with the schema's validators) and the atomic writer, loaded while Chromium starts. */
  checkContractFile: typeof import("../check-contract-file.ts").checkContractFile;
  writeOutputFile: typeof import("../write-output-file.ts").writeOutputFile;
}

/**
 * `pdf <contract.json>...`: checks each contract exactly like validate (or as a draft
 * with --draft), then prints it from the built site. A wrong paper or a missing site
 * fails before Chromium starts; Chromium starts, and loads the contract page, while
 * the first contract is checked. One contract fails the command as before; in a
 * batch (several files, or a folder) each failure is reported on its own lines and
 * the others are still printed, with exit code 1 at the end. Nothing is written for
 * a contract that fails.
 */
export const pdfCommand: RunCommand = async ({ files, options, flags }, output) => {
  const paper = choosePaper(options.paper);
  const siteDir = path.resolve(options.site ?? path.join(ROOT, "dist"));
  if (!existsSync(path.join(siteDir, "contract", "index.html"))) {
    throw new CliError(`${siteDir} has no built site (no contract/index.html): run npm run build first`);
  }
  // Chromium starts first, while this command loads the rest of itself and checks the
  // contract: its launch is most of a cold run. Several files or a folder is a batch,
  // with tabs side by side. A contract that fails the check closes Chromium unused;
  // nothing is written either way.
  const batch = files.length > 1 || (await stat(files[0] ?? "").then((info) => info.isDirectory(), () => false));
  const session = startSession(siteDir, batch ? BATCH_TABS : 1);
  let noChromium = false;
  session.catch(() => (noChromium = true)); // handled where it is awaited; not an unhandled rejection meanwhile
  try {
    const { jobs } = await listPdfJobs({ inputs: files, out: options.out, outDir: options["out-dir"] });
    if (options["out-dir"] !== undefined) await checkFolder(options["out-dir"]);
    // Loaded now, while Chromium boots: the schema's validators, the checks, the fonts' coverage.
    const { loadSchema, checkContractFile, writeOutputFile } = await import("../print-checks.ts");
    const readCoverage = (file: string) => readFile(path.join(siteDir, file), "utf8").then((text) => JSON.parse(text) as Coverage, () => undefined);
    const [coverage, extraCoverage] = await Promise.all([readCoverage(COVERAGE_FILE), readCoverage(EXTRA_COVERAGE_FILE)]);
    const run: PrintRun = { schema: await loadSchema(), session, paper, draft: flags.draft === true, coverage, extraCoverage, checkContractFile, writeOutputFile };
    if (!batch) {
      output.out(await printOne(run, jobs[0] as PdfJob));
      return 0;
    }
    let failed = 0;
    const endOfBatch = Symbol("no Chromium");
    await settleInOrder(jobs, BATCH_TABS, (job) => printOne(run, job), (_job, outcome) => {
      if (outcome.ok) return output.out(outcome.value);
      // No Chromium is the end of the batch, not one contract's problem: said once, as itself.
      if (noChromium) throw endOfBatch;
      failed++;
      errorLines(outcome.error).forEach(output.err);
    }).catch(async (error: unknown) => {
      if (error === endOfBatch) await session;
      throw error;
    });
    if (failed) output.err(`autonomy-contract: ${failed} of ${jobs.length} contracts failed; the other ${jobs.length - failed} were printed`);
    return failed ? 1 : 0;
  } finally {
    await session.then((open) => open.close(), () => undefined);
  }
};

/** Checks, prints and writes one contract; returns the line that says what was written. */
async function printOne(run: PrintRun, { input, output: out }: PdfJob): Promise<string> {
  const contract = await run.checkContractFile(input, run.schema, { draft: run.draft });
  // Boxes instead of a person's words, under two signatures, would be worse than no PDF.
  const undrawable = run.coverage ? findUndrawable(contract.data, run.coverage) : [];
  if (undrawable.length) {
    throw new CliError(
      undrawable.map(({ path: at, characters }) => `${at}: cannot be printed: no font here can draw ${characters.map(describeCharacter).join(", ")}; remove or replace ${characters.length > 1 ? "them" : "it"}`),
      { file: input },
    );
  }
  await checkOutputFile(out, input);
  const session = await run.session;
  const { renderContractPdf } = await import("../../pdf/render-contract-pdf.ts");
  let bytes: Uint8Array;
  try {
    const extraFonts = run.extraCoverage ? usesAny(contract.data, run.extraCoverage) : true;
    bytes = await renderContractPdf(session, { jsonText: contract.jsonText, paper: run.paper, draft: run.draft, extraFonts });
  } catch (cause) {
    throw new CliError(`cannot make the PDF: ${describeErrorLine(cause)}`, { file: input, cause });
  }
  // Written before Chromium closes: the file is there as soon as it can be.
  await run.writeOutputFile(out, bytes, input);
  const what = run.draft ? "a draft (not signed) of the contract" : "the contract";
  return `wrote ${out} (${formatSize(bytes.byteLength)}): ${what} of ${contract.names}, fingerprint ${contract.fingerprint}`;
}

function choosePaper(paper: string | undefined): Paper {
  if (paper === undefined) return "a4";
  if (!isPaper(paper)) throw new CliError(`invalid paper "${paper}": use a4 or letter`, { exitCode: 2 });
  return paper;
}

async function checkFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError("is not a folder: --out-dir needs a folder that exists", { file: folder });
}

/**
 * Opens the PDF session with its tabs loading the contract page; the error of a
 * missing Chromium says how to install one. The session spawns Chromium at once,
 * before it loads puppeteer (and this command's module loads nothing heavy itself:
 * a usage error or --help never waits for either).
 */
function startSession(siteDir: string, tabs: number): Promise<PdfSession> {
  return openPdfSession({ siteDir, preload: { path: "/contract/", tabs } }).catch((cause: unknown) => {
    throw new CliError(describeErrorLine(cause), { cause });
  });
}
