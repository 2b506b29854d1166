import type { Partner } from "../../layout/contract-names.ts";
import type { ContractLayout, Section } from "../../layout/layout-types.ts";
import { sectionTurns, type Turn } from "../../layout/section-turns.ts";

/** The workbook's views that are not a section of the contract; `renew` is off the way through too, opened by its link (the router shows it as an element's view). */
export const VIEWS = { overview: "overview", check: "check", ready: "ready", draft: "draft", merge: "merge", renew: "renew" } as const;

/** Views off the way, opened by their own links: saving one partner's draft, bringing two drafts together. */
const APART: readonly string[] = [VIEWS.draft, VIEWS.merge];

/** One stop on the way through the workbook: a view, or one turn of a step's view. */
export interface Stop {
  /** The view's id: a section's (`step-3`), `check` or `ready`. */
  view: string;
  /** Whose turn, in a step both partners answer. */
  turn?: Turn;
  /** The URL fragment that opens it, without "#": `step-3/b`; a view's first turn is also its plain id. */
  fragment: string;
  /** Its section, for a section's view. */
  section?: Section;
}

/**
 * The way through the workbook, in order: who you are, each step (a step both
 * partners answer once per partner's turn, then together), "check your answers",
 * signing, and "your contract is ready". The task list is the hub, not a stop. With
 * `partner`, only that partner's turns are on the way (a person filling in their own
 * answers alone); what the two answer together stays, and the way ends at saving
 * their draft: checking the whole and signing come once the two drafts are merged.
 */
export function workbookStops(layout: ContractLayout, partner?: Partner): Stop[] {
  const stops: Stop[] = [];
  for (const section of layout.sections) {
    if (section.role === "signing" && partner !== undefined) break;
    if (section.role === "signing") stops.push({ view: VIEWS.check, fragment: VIEWS.check });
    const turns = sectionTurns(section).filter((turn) => partner === undefined || turn === partner || !isPartnerTurn(turn));
    if (turns.length === 0) stops.push({ view: section.id, fragment: section.id, section });
    for (const turn of turns) stops.push({ view: section.id, turn, fragment: `${section.id}/${turn}`, section });
  }
  if (partner !== undefined) return [...stops, { view: VIEWS.draft, fragment: VIEWS.draft }];
  if (!stops.some((stop) => stop.view === VIEWS.check)) stops.push({ view: VIEWS.check, fragment: VIEWS.check });
  stops.push({ view: VIEWS.ready, fragment: VIEWS.ready });
  return stops;
}

/** Whether a turn is one partner's (rather than the two together). */
export function isPartnerTurn(turn: Turn): turn is Partner {
  return turn === "a" || turn === "b";
}

/** Where the URL's fragment leads: a view (and turn), or an element to focus inside a view. */
export type Route = { view: string; turn?: Turn } | { element: string };

/**
 * Reads a fragment (with or without "#") against every stop there is: empty is the
 * task list; a view's id opens that view (at its first turn on the way: see
 * firstTurn); `view/turn` opens that turn; anything else is an element's id (a
 * question's `f-…`), whose view the page finds.
 */
export function parseFragment(fragment: string, stops: readonly Stop[]): Route {
  let text = fragment.replace(/^#/, "");
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape is not one of ours: read it as it is.
  }
  if (text === "" || text === VIEWS.overview) return { view: VIEWS.overview };
  if (APART.includes(text)) return { view: text };
  const [view, turn] = text.split("/");
  const found = stops.filter((stop) => stop.view === view);
  if (found.length === 0) return { element: text };
  const exact = found.find((stop) => stop.turn !== undefined && stop.turn === turn);
  return exact ? { view: exact.view, turn: exact.turn as Turn } : { view: (found[0] as Stop).view };
}

/** The turn a view opens at when none is named: its first on the way (`stops` may be one partner's). */
export function firstTurn(stops: readonly Stop[], view: string): Turn | undefined {
  return stops.find((stop) => stop.view === view)?.turn;
}

/** The stop of a view and turn; a turn off the way (another partner's, when filtered) is still its view's. */
export function stopIndex(stops: readonly Stop[], view: string, turn?: Turn): number {
  const exact = stops.findIndex((stop) => stop.view === view && stop.turn === turn);
  return exact !== -1 ? exact : stops.findIndex((stop) => stop.view === view);
}
