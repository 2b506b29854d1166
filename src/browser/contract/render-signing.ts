import { GRID, strokesToSvgPath } from "../signature/strokes.ts";
import type { Signing, SignatureView } from "./document-types.ts";
import { element, svgElement } from "../element.ts";
import { typedText } from "./typed-text.ts";
import { visibleControlsText } from "./visible-controls.ts";

/** The pen of a printed signature, in grid units: about 2.5 mm on a signature 9 cm wide. */
const PRINT_PEN = "8";

/**
 * Renders the signing block: each partner's signature (drawn, typed, or a line to
 * sign on), the date, whether the signature covers the contract as it stands, the
 * witness or therapist, and the contract's version code, with its full value folded
 * away for checking later. The block is meant to print as one piece.
 */
export function renderSigning(signing: Signing, reviewDate: string | undefined): HTMLElement {
  const agreement = `By signing, we agree to what this contract says, and to look at it again together${reviewDate ? ` on ${reviewDate}` : ""}.`;
  return element("section", {
    className: "contract-section contract-signing",
    attributes: { id: "contract-signing", "aria-labelledby": "contract-signing-title" },
    children: [
      element("h3", { attributes: { id: "contract-signing-title" }, children: [signing.heading] }),
      element("p", { className: "contract-agreement", children: [agreement] }),
      element("div", { className: "contract-signatures", children: signing.signatures.map(renderSignature) }),
      renderWitness(signing.witness),
      renderVersion(signing),
    ],
  });
}

function renderSignature(view: SignatureView): HTMLElement {
  const titleId = `contract-signature-${view.partner}`;
  return element("section", {
    className: `contract-signature contract-signature-${view.status}`,
    attributes: { "aria-labelledby": titleId, "data-signature": view.partner },
    children: [
      element("h4", { attributes: { id: titleId }, children: [typedText(view.partnerName, "contract-name")] }),
      element("div", { className: "contract-sign-line", children: markOf(view) }),
      element("dl", {
        className: "contract-fields",
        children: [
          detail("Name as signed", view.signedName),
          detail("Date signed", view.date),
        ],
      }),
      element("p", {
        className: `contract-status contract-status-${view.status}`,
        attributes: { "data-status": view.status },
        children: [view.statusText],
      }),
    ],
  });
}

/** What stands on the signature line: the drawing, the typed name, or nothing yet. */
function markOf(view: SignatureView): Node[] {
  const name = view.signedName ?? view.partnerName;
  if (view.method === "Drawn" && view.strokes) {
    const path = svgElement("path", {
      attributes: {
        d: strokesToSvgPath(view.strokes),
        fill: "none",
        stroke: "currentColor",
        "stroke-width": PRINT_PEN,
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
      },
    });
    return [
      svgElement("svg", {
        className: "contract-drawn-signature",
        attributes: { viewBox: `0 0 ${GRID.width} ${GRID.height}`, role: "img", "aria-label": `Signature of ${visibleControlsText(name)}`, focusable: "false" },
        children: [path],
      }),
    ];
  }
  if (view.method === "Typed" && view.signedName) {
    return [
      element("p", {
        className: "contract-typed-signature",
        children: [typedText(view.signedName, "contract-typed-name"), " ", element("span", { className: "contract-typed-note", children: ["(typed signature)"] })],
      }),
    ];
  }
  return [];
}

function renderWitness(witness: Signing["witness"]): HTMLElement {
  const children: Node[] = [element("h4", { attributes: { id: "contract-witness-title" }, children: [witness.title] })];
  if (witness.name) {
    children.push(element("dl", { className: "contract-fields", children: [detail("Name", witness.name), ...(witness.role ? [detail("Role", witness.role)] : [])] }));
  } else {
    // No one is named: leave lines for a witness or therapist to sign on paper.
    children.push(
      element("p", { className: "contract-note", children: ["If someone was there when you agreed, they can sign here on paper."] }),
      element("dl", { className: "contract-fields contract-paper-lines", children: [detail("Name", undefined), detail("Signature", undefined), detail("Date", undefined)] }),
    );
  }
  return element("section", { className: "contract-witness", attributes: { "aria-labelledby": "contract-witness-title" }, children });
}

/**
 * The version code people compare ("bf70 ae7f"), and the full fingerprint folded
 * into a "for checking later" detail: printed copies carry it in every page's footer.
 */
function renderVersion(signing: Signing): HTMLElement {
  const groups = signing.fingerprintGroups.flatMap((group, index) => [
    ...(index > 0 ? [" "] : []),
    element("span", { className: "contract-fingerprint-group", children: [group] }),
  ]);
  return element("section", {
    className: "contract-version",
    attributes: { "aria-labelledby": "contract-version-title" },
    children: [
      element("h4", { attributes: { id: "contract-version-title" }, children: ["Version code"] }),
      element("p", { className: "contract-version-code", attributes: { "data-version-code": signing.versionCode }, children: [signing.versionCode] }),
      element("p", {
        className: "contract-note",
        children: ["Each signature records the version code of what was signed. If any answer changes, the code changes too, and the contract needs signing again."],
      }),
      element("details", {
        className: "contract-fingerprint",
        children: [
          element("summary", { children: ["For checking later"] }),
          element("p", { className: "contract-note", children: ["The full code of this version. Every page of a printed or saved copy carries it at the foot, so anyone can check later that nothing in the copy was changed."] }),
          element("p", { className: "contract-fingerprint-value", attributes: { "data-fingerprint": signing.fingerprint }, children: groups }),
        ],
      }),
    ],
  });
}

/** A question and answer of the signing block; no answer leaves a line to write on. */
function detail(term: string, value: string | undefined): HTMLElement {
  return element("div", {
    className: "contract-field",
    children: [
      element("dt", { children: [term] }),
      element("dd", { children: [value ? typedText(value) : element("span", { className: "contract-blank contract-blank-empty" })] }),
    ],
  });
}
