import { existsSync } from "node:fs";
import path from "node:path";
import { isPaper, type Paper } from "../../pdf/paper.ts";
import type { PdfSession } from "../../pdf/pdf-session.ts";

type RendererModule = typeof import("../../pdf/render-contract-pdf.ts");
import { loadSchema } from "../../schema/load-schema.ts";
import { checkContractFile } from "../check-contract-file.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-types.ts";
import { describeErrorLine } from "../describe-error-line.ts";
import { formatSize } from "../format-size.ts";
import { ROOT } from "../../project-root.ts";
import { replaceExtension } from "../replace-extension.ts";
import { writeOutputFile } from "../write-output-file.ts";

/**
 * `pdf <contract.json>`: checks the contract exactly like validate, then prints it from
 * the built site. A wrong paper or a missing site fails before Chromium starts; the
 * contract and the output are checked while it starts. Nothing is written on failure.
 */
export const pdfCommand: RunCommand = async ({ files: [input], options }, output) => {
  const file = input as string;
  const paper = choosePaper(options.paper);
  const out = options.out ?? replaceExtension(file, ".json", ".pdf");
  const siteDir = path.resolve(options.site ?? path.join(ROOT, "dist"));
  if (!existsSync(path.join(siteDir, "contract", "index.html"))) {
    throw new CliError(`${siteDir} has no built site (no contract/index.html): run npm run build first`);
  }
  // Chromium starts while the contract is checked: its launch is most of a cold run.
  // A contract that fails the check closes it unused; nothing is written either way.
  const starting = startSession(siteDir);
  starting.catch(() => undefined); // handled below; not an unhandled rejection meanwhile
  // The renderer (pdf-lib and all) loads while Chromium boots in its own process.
  const renderer = import("../../pdf/render-contract-pdf.ts");
  renderer.catch(() => undefined);
  let contract: Awaited<ReturnType<typeof checkContractFile>>;
  try {
    contract = await checkContractFile(file, await loadSchema());
    await checkOutputFile(out, file);
  } catch (error) {
    await starting.then((session) => session.close(), () => undefined);
    throw error;
  }
  const session = await starting;
  try {
    const bytes = await render(await renderer, session, contract.jsonText, paper, file);
    // Written before Chromium closes: the file is there as soon as it can be.
    await writeOutputFile(out, bytes, file);
    output.out(`wrote ${out} (${formatSize(bytes.byteLength)}): the contract of ${contract.names}, fingerprint ${contract.fingerprint}`);
  } finally {
    await session.close();
  }
  return 0;
};

function choosePaper(paper: string | undefined): Paper {
  if (paper === undefined) return "a4";
  if (!isPaper(paper)) throw new CliError(`invalid paper "${paper}": use a4 or letter`, { exitCode: 2 });
  return paper;
}

/** Loads the PDF stage and opens its session; the error of a missing Chromium says how to install one. */
async function startSession(siteDir: string): Promise<PdfSession> {
  // Loaded here, not above: puppeteer and pdf-lib take a good part of a second to
  // load on a small machine, which --help or a usage error should not wait for.
  const { openPdfSession } = await import("../../pdf/pdf-session.ts");
  return openPdfSession({ siteDir }).catch((cause: unknown) => {
    throw new CliError(describeErrorLine(cause), { cause });
  });
}

async function render(renderer: RendererModule, session: PdfSession, jsonText: string, paper: Paper, file: string): Promise<Uint8Array> {
  const { renderContractPdf } = renderer;
  try {
    return await renderContractPdf(session, { jsonText, paper });
  } catch (cause) {
    throw new CliError(`cannot make the PDF: ${describeErrorLine(cause)}`, { file, cause });
  }
}
