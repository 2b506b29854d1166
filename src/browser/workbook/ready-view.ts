import { checkSignatures } from "../../contract/check-signatures.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import { formatDate } from "../../contract/format-date.ts";
import { partnerNames } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import { versionCode } from "../../contract/version-code.ts";
import { COUPLE, PARTNERS, REVIEW_DATE, SIGNATURE_PARTS, signaturePath } from "../../layout/contract-names.ts";
import { element } from "../element.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What "your contract is ready" needs from the page. */
export interface ReadyViewOptions {
  state: WorkbookState;
  view: HTMLElement;
  /** What stands between the answers and a complete contract. */
  errors: () => FieldError[];
  language?: string;
}

/** "Your contract is ready": shown each time the view opens. */
export interface ReadyView {
  show(focus: boolean): Promise<void>;
}

/**
 * The GOV.UK confirmation page: once the contract is complete and both signatures
 * cover it as it is, a panel says so (who signed, when, its version code) and what
 * to do next follows (see it as a document, save it to a file, the review date).
 * Reached before that, it says what is still to do, with links to do it.
 */
export function createReadyView({ state, view, errors, language = "en" }: ReadyViewOptions): ReadyView {
  const title = view.querySelector<HTMLElement>("[data-ready-title]");
  const summary = view.querySelector<HTMLElement>("[data-ready-summary]");
  const next = view.querySelector<HTMLElement>("[data-ready-next]");
  const review = view.querySelector<HTMLElement>("[data-ready-review]");
  const panel = view.querySelector<HTMLElement>("[data-ready-panel]");
  if (!title || !summary || !next || !review || !panel) throw new Error("the ready view is missing its parts");
  return {
    async show(focus) {
      const data = state.data;
      const missing = errors().filter((error) => !error.path.startsWith("signatures."));
      const { fingerprint, errors: outdated } = await checkSignatures(data);
      const unsigned = PARTNERS.filter((partner) => !getAt(data, parsePath(`${signaturePath(partner)}.${SIGNATURE_PARTS.fingerprint}`)));
      const names = partnerNames(data);
      const ready = missing.length === 0 && outdated.length === 0 && unsigned.length === 0;
      panel.classList.toggle("is-not-ready", !ready);
      next.hidden = !ready;
      if (ready) {
        const dates = [...new Set(PARTNERS.map((partner) => getAt(data, parsePath(`${signaturePath(partner)}.${SIGNATURE_PARTS.date}`))).filter((date): date is string => typeof date === "string"))];
        title.textContent = "Your contract is ready";
        summary.replaceChildren(
          `Signed by ${PARTNERS.map((partner) => names[partner]).join(" and ")}${dates.length ? ` on ${dates.map((date) => formatDate(date, language)).join(" and ")}` : ""}. Version code `,
          element("strong", { className: "version-code", children: [versionCode(fingerprint)] }),
          ".",
        );
        const date = getAt(data, parsePath(`${COUPLE}.${REVIEW_DATE}`));
        review.textContent = typeof date === "string" ? formatDate(date, language) : "the date you chose";
      } else {
        title.textContent = "Your contract is not ready yet";
        const todo = missing.length
          ? { text: `${missing.length} answer${missing.length === 1 ? " is" : "s are"} still missing or need${missing.length === 1 ? "s" : ""} changing.`, href: "#check", link: "Check your answers" }
          : { text: outdated.length ? "Answers changed after signing: sign again, both of you." : `Still to sign: ${unsigned.map((partner) => names[partner]).join(" and ")}.`, href: "#signing", link: "Go to signing" };
        summary.replaceChildren(`${todo.text} `, element("a", { attributes: { href: todo.href }, children: [todo.link] }));
      }
      if (focus) title.focus();
    },
  };
}
