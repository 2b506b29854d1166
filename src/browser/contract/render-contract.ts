import type { ContractDocument } from "./document-types.ts";
import { element } from "../element.ts";
import { renderAgreementView } from "./render-agreement-view.ts";
import { renderSchedule } from "./render-schedule.ts";
import { renderRenewal } from "./render-renewal.ts";
import { renderSigning } from "./render-signing.ts";
import { typedText } from "./typed-text.ts";
import { MAP_SECTION_ID } from "./map-section-id.ts";

/**
 * Renders a contract document as DOM, with text nodes only: every answer, name and
 * title is inserted as text, so what a person typed can never become markup. It
 * reads as a signed agreement: the title, the agreement in numbered sentences, the
 * closing promise, the signatures; then the map of where the two differ (when given:
 * renderDifferenceMap) and the schedule of every answer in full. The headings start
 * at h2, under the page's own h1.
 */
export function renderContract(doc: ContractDocument, map?: HTMLElement): HTMLElement {
  return element("article", {
    className: "contract-document",
    attributes: { "aria-labelledby": "contract-title" },
    children: [
      element("header", {
        className: "contract-head",
        children: [
          element("h2", {
            className: "contract-title",
            attributes: { id: "contract-title" },
            children: [`${doc.name} between `, typedText(doc.partners.a, "contract-name"), " and ", typedText(doc.partners.b, "contract-name")],
          }),
        ],
      }),
      ...(doc.complete
        ? []
        : [
            element("p", {
              className: "contract-note contract-incomplete",
              children: ["Some answers are still missing, so the sentences that need them are not here yet. Each one appears as soon as its answers are written in the workbook; the schedule below shows what is left."],
            }),
          ]),
      ...renderAgreementView(doc.agreement),
      ...(doc.signing ? [renderSigning(doc.signing, doc.dates.review)] : []),
      ...(doc.renewal ? [renderRenewal(doc.renewal)] : []),
      ...(map ? [renderMapSection(map)] : []),
      renderSchedule(doc),
    ],
  });
}

/** The map's own section, which the guide's step on mismatched moments links to (`/contract/#where-you-differ`). */
function renderMapSection(map: HTMLElement): HTMLElement {
  return element("section", {
    className: "contract-map",
    attributes: { id: MAP_SECTION_ID, "aria-labelledby": `${MAP_SECTION_ID}-title` },
    children: [
      element("h3", { attributes: { id: `${MAP_SECTION_ID}-title` }, children: ["Where you meet and where you differ"] }),
      element("p", { className: "contract-note", children: ["A picture of your answers side by side: the time alone each of you wants, what recharges you, how soon you come back after asking for space against how long the other can wait, and your week. Differences are not problems; they are what your agreement is for."] }),
      map,
    ],
  });
}
