import type { Partner } from "../../layout/contract-names.ts";
import { element } from "../element.ts";
import { joinReadably } from "../contract/format-answer.ts";
import { typedText } from "../contract/typed-text.ts";
import { describeWhen } from "./describe-when.ts";
import { hoursSummary } from "./draw-hours.ts";
import { itemLabel } from "./item-label.ts";
import type { MapData, MapSpaceTurn } from "./map-data.ts";
import { mapFormats } from "./map-formats.ts";

const MISSING = "not answered yet";

/** A table cell: text, or several lines of it; a person's text in its own direction. */
type Cell = string | string[] | HTMLElement;

/**
 * The map in words, as two real tables a screen reader can walk: where the two
 * partners' needs meet and differ (a row per question, a column per partner and one
 * for the two of them), and their week (a row per item of the grid, with its mark,
 * when it happens and how long). Everything the picture shortens is here in full.
 */
export function mapTables(data: MapData, language: string, idPrefix: string): HTMLTableElement[] {
  const { number } = mapFormats(language);
  const { hours, restoring, space } = data;
  // Names go into the table's sentences marked, to become isolated spans (cellContent).
  const names: Record<Partner, string> = { a: named(data.names.a), b: named(data.names.b) };
  const each = (value: (partner: Partner) => Cell): [Cell, Cell] => [value("a"), value("b")];
  const rhythmSame = data.rhythm.a && data.rhythm.b ? (data.rhythm.a === data.rhythm.b ? "The same rhythm" : "Different rhythms") : "";
  const turnWords = (turn: MapSpaceTurn) =>
    turn.back === undefined || turn.wait === undefined ? "" : turn.gap > 0 ? `A gap to talk about: ${names[turn.away]} is back later than ${names[turn.waiting]} can comfortably wait` : `Fits: ${names[turn.away]} is back before the wait gets hard`;
  const spaceRow = (turn: MapSpaceTurn): [string, Cell, Cell, Cell] => {
    const back = turn.back === undefined ? MISSING : `Back within ${lower(space.scale[turn.back] as string)}`;
    const wait = turn.wait === undefined ? MISSING : `Can comfortably wait ${lower(space.scale[turn.wait] as string)}`;
    const cells: Record<Partner, string> = { [turn.away]: back, [turn.waiting]: wait } as Record<Partner, string>;
    return [`When ${names[turn.away]} asks for space`, cells.a, cells.b, turnWords(turn)];
  };
  const own = data.week.items.filter((item) => item.kind === "own");
  const rows: [string, Cell, Cell, Cell][] = [
    ["Hours alone a week", ...each((partner) => (hours.values[partner] === undefined ? MISSING : `${number.format(hours.values[partner] as number)} hours`)), hoursSummary(data, language, named)],
    ["Rhythm", ...each((partner) => data.rhythm[partner] ?? MISSING), rhythmSame],
    [
      "What recharges them",
      ...each((partner) => (restoring.answered[partner] ? [...restoring.both, ...restoring.only[partner]] : MISSING)),
      restoring.answered.a && restoring.answered.b ? (restoring.both.length ? `Both: ${joinReadably(restoring.both)}` : "Nothing in common yet") : "",
    ],
    ["Also, in their own words", ...each((partner) => restoring.own[partner] ?? "—"), ""],
    ...space.turns.map(spaceRow),
    ["Own time each week", ...each((partner) => describeWhen(own.find((item) => item.partner === partner) ?? { kind: "own", mark: "", label: "", days: [], everyOtherWeek: false }, language)), ""],
  ];
  const differences = table(
    `${idPrefix}-needs`,
    "Where your needs meet and differ, in words",
    ["", data.names.a, data.names.b, "Between you"],
    rows.map(([question, ...cells]) => [question, ...cells]),
  );
  const week = table(
    `${idPrefix}-week`,
    "Your week, together and apart",
    ["What", "Mark on the grid", "When"],
    data.week.items.map((item) => [itemLabel(item, data.names), item.mark, describeWhen(item, language)]),
  );
  return [differences, week];
}

function table(id: string, caption: string, heads: string[], rows: Cell[][]): HTMLTableElement {
  return element("table", {
    className: "map-table",
    attributes: { id },
    children: [
      element("caption", { children: [caption] }),
      element("thead", { children: [element("tr", { children: heads.map((head, index) => element("th", { attributes: { scope: "col" }, children: index ? [typedText(head, "map-name")] : head ? [head] : [element("span", { className: "visually-hidden", children: ["Question"] })] })) })] }),
      element("tbody", {
        children: rows.map(([head, ...cells]) =>
          element("tr", {
            children: [
              element("th", { attributes: { scope: "row" }, children: [cellContent(head as Cell)] }),
              // The column's name goes with each cell, for the phone's layout where the row stacks (layouts/css/map.css).
              ...cells.map((cell, index) => element("td", { attributes: { "data-label": heads[index + 1] ?? "" }, children: [cellContent(cell)] })),
            ],
          }),
        ),
      }),
    ],
  });
}

/** Private-use marks around a name inside one of the table's own sentences. */
const NAME = /\ue000([^\ue001]*)\ue001/g;

/** A name, marked for a sentence of the table. */
function named(name: string): string {
  return `\ue000${name.replace(/[\ue000\ue001]/g, "")}\ue001`;
}

/**
 * A cell's content: a list of lines, an element made already (a label with a name
 * in it), one of the table's sentences (its names isolated as typed text, the
 * sentence in the page's direction: "ليلى حداد wants 3.5 hours more" stays English),
 * or typed text in its own direction.
 */
function cellContent(cell: Cell): HTMLElement {
  if (cell instanceof HTMLElement) return cell;
  if (Array.isArray(cell)) return element("ul", { className: "map-cell-list", children: cell.map((line) => element("li", { children: [typedText(line, "map-cell-text")] })) });
  if (!cell.includes("\ue000")) return typedText(cell, "map-cell-text");
  const parts = cell.split(NAME).map((part, index) => (index % 2 ? typedText(part, "map-name") : part));
  return element("span", { className: "map-cell-text", children: parts });
}

function lower(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
