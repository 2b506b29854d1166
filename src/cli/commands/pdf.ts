import { existsSync } from "node:fs";
import path from "node:path";
import { isPaper, type Paper } from "../../pdf/paper.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import { checkContractFile } from "../check-contract-file.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-table.ts";
import { describeErrorLine } from "../describe-error-line.ts";
import { formatSize } from "../format-size.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { replaceExtension } from "../replace-extension.ts";
import { writeOutputFile } from "../write-output-file.ts";

/**
 * `pdf <contract.json>`: checks the contract exactly like validate, then prints it from
 * the built site. Every check that needs no browser comes first, so a wrong input,
 * paper, site or output folder fails before Chromium starts, and writes nothing.
 */
export const pdfCommand: RunCommand = async ({ files: [input], options }, output) => {
  const file = input as string;
  const paper = choosePaper(options.paper);
  const out = options.out ?? replaceExtension(file, ".json", ".pdf");
  const siteDir = path.resolve(options.site ?? path.join(PROJECT_ROOT, "dist"));
  const contract = await checkContractFile(file, await loadSchema());
  if (!existsSync(path.join(siteDir, "contract", "index.html"))) {
    throw new CliError(`${siteDir} has no built site (no contract/index.html): run npm run build first`);
  }
  await checkOutputFile(out, file);
  const bytes = await render(siteDir, contract.jsonText, paper, file);
  await writeOutputFile(out, bytes, file);
  output.out(`wrote ${out} (${formatSize(bytes.byteLength)}): the contract of ${contract.names}, fingerprint ${contract.fingerprint}`);
  return 0;
};

function choosePaper(paper: string | undefined): Paper {
  if (paper === undefined) return "a4";
  if (!isPaper(paper)) throw new CliError(`invalid paper "${paper}": use a4 or letter`, { exitCode: 2 });
  return paper;
}

async function render(siteDir: string, jsonText: string, paper: Paper, file: string): Promise<Uint8Array> {
  // Loaded here, not above: puppeteer and pdf-lib take a second to load on a small
  // machine, which a refused input should not wait for.
  const [{ openPdfSession }, { renderContractPdf }] = await Promise.all([
    import("../../pdf/pdf-session.ts"),
    import("../../pdf/render-contract-pdf.ts"),
  ]);
  // Opening the session finds Chromium; its error already says how to install one.
  const session = await openPdfSession({ siteDir }).catch((cause: unknown) => {
    throw new CliError(describeErrorLine(cause), { cause });
  });
  try {
    return await renderContractPdf(session, { jsonText, paper });
  } catch (cause) {
    throw new CliError(`cannot make the PDF: ${describeErrorLine(cause)}`, { file, cause });
  } finally {
    await session.close();
  }
}
