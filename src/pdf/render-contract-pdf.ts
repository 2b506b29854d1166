import type { ShowResult } from "../browser/contract/contract-view.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { partnerName, PARTNERS } from "../contract/partners.ts";
import { finishContractPdf } from "./finish-contract-pdf.ts";
import { PAPERS, type Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";
import { withTimeout } from "./pdf-timeouts.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { DRAFT_MARK } from "../browser/contract/print-footer.ts";

/** A contract to print: its JSON text exactly as given, already validated by the caller. */
export interface ContractToPrint {
  jsonText: string;
  paper: Paper;
  /** Print a contract that is not signed (yet): "Draft, not signed" on every page. */
  draft?: boolean;
}

/** The contract page refused the data it was handed (the caller should have validated it). */
export class ContractRefusedError extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(`the contract page refused the contract: ${errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message)).join("; ")}`);
    this.name = "ContractRefusedError";
  }
}

/**
 * Renders a signed contract PDF from the built site's /contract/ page: the data goes
 * in as text through the page's own `autonomyContract.show`, which sets every value
 * with textContent; the PDF then carries the JSON as an attachment and the
 * fingerprint in every footer and in its metadata, beside the hash of the wording
 * the page wrote the agreement with. Throws when the page refuses the contract or a
 * step times out.
 */
export async function renderContractPdf(session: PdfSession, contract: ContractToPrint): Promise<Uint8Array> {
  const parsed = parseContractJson(contract.jsonText);
  // Text that does not parse is refused by the page below, with the reason.
  const data = parsed.ok ? parsed.value : {};
  const names = PARTNERS.map((partner) => partnerName(data, partner));
  const printed = await session.withPage(async ({ page, siteUrl }) => {
    // A tab that already shows the contract page is used again: `show` replaces the
    // whole view, title and footer, and skipping the reload saves about 90 ms a
    // contract when a practice prints many (the session tests prove nothing of one
    // contract reaches the next).
    const contractUrl = `${siteUrl}/contract/`;
    const loaded = page.url() === contractUrl && (await page.evaluate(() => globalThis.autonomyContract !== undefined));
    if (!loaded) {
      await page.goto(contractUrl, { waitUntil: "domcontentloaded", timeout: session.timeouts.load });
      await page.waitForFunction(() => globalThis.autonomyContract !== undefined, { timeout: session.timeouts.ready });
    }
    const shown = await withTimeout(
      page.evaluate((text, draft) => globalThis.autonomyContract!.show(text, { draft }), contract.jsonText, contract.draft === true) as Promise<ShowResult>,
      session.timeouts.ready,
      "showing the contract",
    );
    if (!shown.ok) throw new ContractRefusedError(shown.errors);
    await page.waitForFunction(() => document.documentElement.dataset.contractReady === "true", { timeout: session.timeouts.ready });
    await loadPrintFonts(page, session.timeouts.ready);
    const title = await page.title();
    const bytes = await page.pdf({
      format: PAPERS[contract.paper],
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: session.timeouts.print,
    });
    return { bytes, title, fingerprint: shown.fingerprint, wording: shown.wording };
  });
  return finishContractPdf(printed.bytes, {
    jsonText: contract.jsonText,
    fingerprint: printed.fingerprint,
    wording: printed.wording,
    title: contract.draft ? `${DRAFT_MARK}: ${printed.title}` : printed.title,
    names,
    draft: contract.draft === true,
  });
}
