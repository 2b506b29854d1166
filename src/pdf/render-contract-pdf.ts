import { parseContractJson } from "../contract/parse-contract-json.ts";
import { partnerName, PARTNERS } from "../contract/partners.ts";
import { finishContractPdf } from "./finish-contract-pdf.ts";
import { PAPERS, type Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";
import { withTimeout } from "./pdf-timeouts.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { DRAFT_MARK } from "../browser/contract/print-footer.ts";
import { visibleControlsText } from "../browser/contract/visible-controls.ts";

/** A contract to print: its JSON text exactly as given, already validated by the caller. */
export interface ContractToPrint {
  jsonText: string;
  paper: Paper;
  /** Print a contract that is not signed (yet): "Draft, not signed" on every page. */
  draft?: boolean;
  /**
   * Load the print fonts for CJK and emoji (print-fonts-cjk-emoji.css, named by the
   * page's data-print-fonts) before showing it: true unless the caller knows none of
   * the contract's characters needs them (print-font-coverage.ts's usesAny). Their
   * 440 @font-face rules cost a cold print about 80 ms; a tab keeps them once loaded.
   */
  extraFonts?: boolean;
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
  // As the pages show them: a direction control in a name is written out in the metadata too.
  const names = PARTNERS.map((partner) => visibleControlsText(partnerName(data, partner)));
  const printed = await session.withPage(async ({ page, siteUrl }) => {
    // A tab that already shows the contract page (loaded ahead by the session, or by
    // the last contract) is used again: `show` replaces the whole view, title and
    // footer, and skipping the reload saves about 90 ms a contract when a practice
    // prints many (the session tests prove nothing of one contract reaches the next).
    const contractUrl = `${siteUrl}/contract/`;
    if (page.url() !== contractUrl) {
      await page.goto(contractUrl, { waitUntil: "domcontentloaded", timeout: session.timeouts.load });
      await loadPrintFonts(page, session.timeouts.ready);
    }
    // One call into the page: wait for its script, add the CJK and emoji print fonts
    // when the contract needs them, show the contract, then lay it out as paper and
    // wait for every font that layout asks for (the tab is in print media: page.pdf
    // would not wait for a font still loading, and would print that text in a fallback
    // font). Each round trip to Chromium costs a few ms a contract.
    const shown = await withTimeout(
      page.evaluate(
        async (text, draft, extraFonts) => {
          while (globalThis.autonomyContract === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
          const href = document.documentElement.dataset.printFonts;
          if (extraFonts && href && !document.querySelector("link[data-print-fonts]")) {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = href;
            link.dataset.printFonts = "";
            const loaded = new Promise((resolve) => {
              link.onload = resolve;
              link.onerror = resolve;
            });
            document.head.append(link);
            await loaded;
          }
          const result = await globalThis.autonomyContract.show(text, { draft });
          void document.body.offsetHeight;
          await document.fonts.ready;
          return { result, title: document.title, ready: document.documentElement.dataset.contractReady === "true" };
        },
        contract.jsonText,
        contract.draft === true,
        contract.extraFonts !== false,
      ),
      session.timeouts.ready,
      "showing the contract",
    );
    if (!shown.result.ok) throw new ContractRefusedError(shown.result.errors);
    if (!shown.ready) throw new Error("the contract page did not say the contract is ready to print");
    const bytes = await page.pdf({
      format: PAPERS[contract.paper],
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: session.timeouts.print,
    });
    return { bytes, title: shown.title, fingerprint: shown.result.fingerprint, wording: shown.result.wording };
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
