import { partnerName } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import { formatAnswer } from "../contract/format-answer.ts";
import { element } from "../element.ts";
import { loadDifferenceMap } from "../map/load-difference-map.ts";
import { answerRows, type AnswerGroup, type AnswerRow } from "./answer-rows.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What "check your answers" needs from the page. */
export interface CheckViewOptions {
  layout: ContractLayout;
  state: WorkbookState;
  /** The view's element (section#check). */
  view: HTMLElement;
  /** What stands between the answers and a complete contract, signatures aside. */
  errors: () => FieldError[];
  /** Shows the problems in the error summary above the view, which takes focus. */
  showProblems: (errors: FieldError[]) => void;
}

/** "Check your answers": shown each time the view opens. */
export interface CheckView {
  /** Lists every answer as it is now and says whether the contract is complete; `focus` moves focus to the result. */
  show(focus: boolean): void;
}

/**
 * The GOV.UK "check your answers" page: every answer by step, partner by partner,
 * each with a "Change" link to its question (the link's fragment is the question's
 * id, which opens its view and focuses it). Above the list, the result of the check
 * takes focus: the problems in the error summary, or a panel that says every answer
 * is there and leads on to signing. Under the list, the map of where the two
 * partners differ, drawn from the answers as they are now.
 */
export function createCheckView({ layout, state, view, errors, showProblems }: CheckViewOptions): CheckView {
  const list = view.querySelector<HTMLElement>("[data-check-answers]");
  const result = view.querySelector<HTMLElement>("[data-check-result]");
  if (!list || !result) throw new Error("the check view is missing its list or its result");
  const map = view.querySelector<HTMLElement>("[data-check-map]");
  let drawing = 0;
  const titles = (id: string) => view.ownerDocument.getElementById(`${id}-title`)?.textContent?.trim();
  return {
    show(focus) {
      list.replaceChildren(...renderGroups(answerRows(layout, state.data, titles), state.data));
      if (map) {
        // The map's chunk loads on the first visit; a later visit that starts drawing first wins.
        const run = ++drawing;
        void loadDifferenceMap(layout, state.data, { language: view.ownerDocument.documentElement.lang || "en", id: "check-map" }).then((drawn) => {
          if (run === drawing) map.replaceChildren(drawn);
        });
      }
      const found = errors().filter((error) => !error.path.startsWith("signatures."));
      if (found.length) {
        result.hidden = true;
        showProblems(found);
        return;
      }
      result.replaceChildren(
        element("p", { className: "check-result-title", children: ["Every answer is there"] }),
        element("p", { children: ["Read them through together. When you both agree with every answer, sign your contract."] }),
        element("p", { children: [element("a", { className: "button", attributes: { href: "#signing" }, children: ["Continue to signing"] })] }),
      );
      result.hidden = false;
      if (focus) result.focus();
    },
  };
}

function renderGroups(groups: AnswerGroup[], data: Record<string, unknown>): Node[] {
  const nodes: Node[] = [];
  let section = "";
  for (const group of groups) {
    if (group.view !== section) {
      section = group.view;
      nodes.push(element("h3", { className: "check-section-title", children: [group.title] }));
    }
    if (group.part) nodes.push(element("h4", { className: "check-part-title", children: [group.part] }));
    nodes.push(element("dl", { className: "summary-list", children: group.rows.map((row) => renderRow(row, data)) }));
  }
  return nodes;
}

function renderRow(row: AnswerRow, data: Record<string, unknown>): HTMLElement {
  const shown = formatAnswer(row.node, row.value);
  const who = row.partner ? ` (${partnerName(data, row.partner)})` : "";
  const label = row.item ? `${row.item}: ${row.question}` : row.question;
  const answer = shown === undefined
    ? element("dd", { className: "summary-value is-empty", children: [row.required ? "Not answered yet" : "Not answered (optional)"] })
    : element("dd", { className: "summary-value", attributes: { dir: "auto" }, children: [shown] });
  const change = element("a", {
    attributes: { href: `#${row.target}` },
    children: [shown === undefined ? "Answer" : "Change", element("span", { className: "visually-hidden", children: [` ${label}${who}`] })],
  });
  return element("div", {
    className: "summary-row",
    children: [element("dt", { className: "summary-key", children: [label] }), answer, element("dd", { className: "summary-action", children: [change] })],
  });
}
