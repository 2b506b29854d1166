import type { Partner } from "../../layout/contract-names.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import type { Turn } from "../../layout/section-turns.ts";
import { firstTurn, isPartnerTurn, parseFragment, stopIndex, VIEWS, workbookStops, type Route, type Stop } from "./workbook-stops.ts";

/** What the router needs from the page. */
export interface ViewRouterOptions {
  document: Document;
  window: Window;
  layout: ContractLayout;
  /** The partners' names as they are now, for the turns' labels. */
  names: () => Readonly<Record<Partner, string>>;
  /**
   * Runs once a view is shown (the check and ready views fill in there). Returns true
   * when it moved focus itself; otherwise focus goes to the view's heading.
   */
  onShow?: (view: string, focus: boolean) => boolean | Promise<boolean>;
  /** Runs before another view is shown: what belonged to the last one (an error summary) goes. */
  onLeave?: () => void;
  /** Shows an element that is folded away (a list item shown as one line) before it takes focus. */
  reveal?: (target: Element) => void;
}

/** The view shown now, and whose turn it is. */
export interface Shown {
  view: string;
  turn?: Turn;
}

/** Shows one view of the workbook at a time, by the URL's fragment. */
export interface ViewRouter {
  /** Shows the view the URL names now, and follows the fragment from then on. */
  start(): Promise<void>;
  /** Goes to a fragment (`step-3`, `step-3/b`, `f-couple-a-name`), as a link would: the back button returns. */
  go(fragment: string): void;
  current(): Shown;
  /** Keeps to one partner's turns (a person filling in their own answers), or to both again with undefined. */
  setPartner(partner: Partner | undefined): void;
  /** Writes the previous and next links again (the partners' names changed). */
  refresh(): void;
}

/**
 * Routing by URL fragment, which works on any static host, offline and under a path
 * prefix: `#overview` (or none) is the task list; a section's id (`#about-you`,
 * `#step-1` … `#step-7`, `#signing`), `#check` and `#ready` open their view; a
 * step both partners answer has a turn each (`#step-1/a`, `#step-1/b`, then
 * `#step-1/together`), and its plain id opens its first; a question's id
 * (`#f-spaceWords-b-reply`) opens the view and turn that hold it and focuses it.
 * Every view is in the page; the others are hidden. The back button follows the
 * views (hashchange), and focus moves to what was opened, as on a new page.
 */
export function createViewRouter({ document, window, layout, names, onShow, onLeave, reveal }: ViewRouterOptions): ViewRouter {
  const everyStop = workbookStops(layout);
  let partner: Partner | undefined;
  let stops = everyStop;
  let shown: Shown = { view: VIEWS.overview };
  const views = new Map(Array.from(document.querySelectorAll<HTMLElement>("[data-view]"), (view) => [view.dataset.view as string, view]));
  const baseTitle = document.title;
  let showing = 0;

  const label = (stop: Stop | undefined): string => {
    if (!stop) return "all steps";
    if (stop.turn !== undefined) {
      const whose = isPartnerTurn(stop.turn) ? `${names()[stop.turn]}’s answers` : "the two of you together";
      // Another step's turn names the step too.
      return stop.view === shown.view ? whose : `step ${stop.section?.step ?? ""}, ${whose}`.replace(/^step , /, "");
    }
    if (stop.view === VIEWS.check) return "check your answers";
    if (stop.view === VIEWS.ready) return "what to do next";
    const title = document.getElementById(`${stop.view}-title`)?.textContent?.trim() ?? stop.view;
    return stop.section?.step !== undefined ? `step ${stop.section.step}, ${title}` : title;
  };
  const titleOf = (view: string, turn?: Turn): string => {
    if (view === VIEWS.overview) return baseTitle;
    const heading = views.get(view)?.querySelector("[data-view-heading]")?.textContent?.trim() ?? view;
    const turnLabel = turn === undefined ? "" : isPartnerTurn(turn) ? `, ${names()[turn]}’s answers` : ", together";
    return `${heading}${turnLabel} · ${baseTitle}`;
  };

  /**
   * Writes the current view's "Continue" and "Back": where they lead, and what they say.
   * Each view has its own (render-form.ts, layouts/workbook.njk); in the form's views,
   * "Continue" is the form's submit button, carrying its fragment in data-href. They are
   * updated in place: one may have focus (an answer's change event, as focus moves to
   * "Continue", refreshes them), and an element replaced would drop it.
   */
  const writePager = () => {
    const pager = views.get(shown.view)?.querySelector<HTMLElement>(":scope > [data-pager]");
    const at = shown.view === VIEWS.overview ? -1 : stopIndex(stops, shown.view, shown.turn);
    if (!pager || at === -1) return;
    const previous = stops[at - 1];
    const next = stops[at + 1];
    const forward = pager.querySelector<HTMLElement>("[data-pager-next]");
    const back = pager.querySelector<HTMLAnchorElement>("[data-pager-previous]");
    if (forward) {
      forward.hidden = next === undefined;
      const href = `#${next?.fragment ?? ""}`;
      if (forward instanceof HTMLAnchorElement) forward.href = href;
      else forward.dataset.href = href;
      // The check view leads on with its own words.
      if (shown.view !== VIEWS.check && next) setText(forward, `Continue: ${label(next)}`);
    }
    if (back) {
      back.setAttribute("href", `#${previous?.fragment ?? VIEWS.overview}`);
      setText(back, `Back: ${label(previous)}`);
    }
    pager.hidden = false;
  };

  const resolve = (route: Route): Shown & { focusOn?: HTMLElement } => {
    if ("element" in route) {
      const target = document.getElementById(route.element);
      const view = target?.closest<HTMLElement>("[data-view]");
      if (!target || !view) return { view: VIEWS.overview };
      // A view off the way through (#renew) opens like any view, its heading focused.
      if (target === view) return { view: view.dataset.view as string };
      const turn = target.closest<HTMLElement>("[data-turn]")?.dataset.turn as Turn | undefined;
      return { view: view.dataset.view as string, ...(turn ? { turn } : {}), focusOn: target };
    }
    const turn = route.turn ?? firstTurn(stops, route.view);
    return { view: route.view, ...(turn ? { turn } : {}) };
  };

  const show = async (route: Route, focus: boolean) => {
    const call = ++showing;
    const next = resolve(route);
    const changed = next.view !== shown.view || next.turn !== shown.turn;
    if (changed) onLeave?.();
    shown = { view: next.view, ...(next.turn ? { turn: next.turn } : {}) };
    for (const [id, view] of views) view.hidden = id !== shown.view;
    const current = views.get(shown.view);
    for (const part of current?.querySelectorAll<HTMLElement>("[data-turn]") ?? []) part.hidden = part.dataset.turn !== shown.turn;
    for (const only of document.querySelectorAll<HTMLElement>("[data-overview-only]")) only.hidden = shown.view !== VIEWS.overview;
    document.querySelector("[data-bar-overview]")?.toggleAttribute("aria-current", shown.view === VIEWS.overview);
    document.title = titleOf(shown.view, shown.turn);
    writePager();
    const handled = (await onShow?.(shown.view, focus && !next.focusOn)) ?? false;
    // A later navigation has taken over while this one waited.
    if (call !== showing) return;
    if (focus) moveFocus(next.focusOn, handled, current);
    // Says the view is shown and settled (focus moved, scrolled): tests and tools wait for it.
    document.documentElement.dataset.workbookView = shown.turn ? `${shown.view}/${shown.turn}` : shown.view;
  };

  const moveFocus = (target: HTMLElement | undefined, handled: boolean, current: HTMLElement | undefined) => {
    if (target) {
      reveal?.(target);
      return focusControl(target);
    }
    if (handled) return;
    const turnHeading = shown.turn !== undefined && shown.turn !== firstTurn(stops, shown.view)
      ? current?.querySelector<HTMLElement>(`[data-turn="${shown.turn}"] [data-turn-heading]`)
      : undefined;
    const heading = turnHeading ?? current?.querySelector<HTMLElement>("[data-view-heading]");
    if (shown.view === VIEWS.overview) window.scrollTo(0, 0);
    else current?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  };

  window.addEventListener("hashchange", () => void show(parseFragment(window.location.hash, everyStop), true));

  return {
    start: () => show(parseFragment(window.location.hash, everyStop), window.location.hash.length > 1),
    go(fragment) {
      if (window.location.hash === `#${fragment}`) void show(parseFragment(fragment, everyStop), true);
      else window.location.hash = fragment;
    },
    current: () => shown,
    setPartner(next) {
      partner = next;
      stops = workbookStops(layout, partner);
      writePager();
    },
    refresh: writePager,
  };
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * Focuses a question's control (or the first control of a group of them) and shows
 * its label too, below the sticky bar: the link was to the question, not to a box.
 */
function focusControl(target: HTMLElement): void {
  const control = target.matches("input:not([type=hidden]), textarea, button, select, canvas")
    ? target
    : (target.querySelector<HTMLElement>("input:not([type=hidden]), textarea, button, select") ?? target);
  control.focus({ preventScroll: true });
  const holder = target.closest("[data-field], [data-list], [data-signature]") ?? target;
  (holder.querySelector("legend:not(.visually-hidden), label, .field-label") ?? control).scrollIntoView({ block: "start" });
}
