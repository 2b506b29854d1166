/** How long three Shift presses may take, as in the GOV.UK component. */
export const SHIFT_WINDOW_MS = 5000;
/** How many presses of Shift leave the page. */
export const SHIFT_PRESSES = 3;
/** The longest the hidden page waits for its last save before it goes. */
export const LAST_SAVE_MS = 250;

/** What leaving needs. */
export interface ExitOptions {
  document: Document;
  window: Window;
  /**
   * Runs first, once the page is hidden: shuts the lock, so nothing readable stays in
   * this page. A promise it returns (the last save, sealed) is waited for, at most
   * LAST_SAVE_MS: the page is already hidden, and leaving never waits longer.
   */
  beforeLeave?: () => unknown;
}

/** The history entries this document made, each stamped with its depth: going back over them leaves none to return to. */
interface ExitStamp {
  exitDocument: string;
  exitDepth: number;
}

/**
 * "Exit this page" (issue 15, after the GOV.UK Design System's component): the
 * control, and Shift pressed three times within five seconds, hide the page at
 * once, shut the lock, and replace this page in the tab's history with the neutral
 * destination the link already points to (data/site.json "exitTo"), so Back does not
 * come here. The fragment views this page added to the history (the workbook's steps)
 * are gone back over first, since each would return to it. Nothing goes with the
 * person: the link is the destination alone, and no referrer is sent.
 */
export function startExitThisPage({ document, window, beforeLeave }: ExitOptions): { leave(): void } {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-exit-this-page]")];
  const destination = links[0]?.href;
  if (!destination) throw new Error("the page has no Exit this page link");
  // Only tells this document's entries from others': no secret (and randomUUID needs a secure context).
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const stampOf = (state: unknown): ExitStamp | undefined => {
    const found = state as Partial<ExitStamp> | null;
    return found?.exitDocument === id && typeof found.exitDepth === "number" ? (found as ExitStamp) : undefined;
  };
  const stamp = (depth: number) => window.history.replaceState({ ...(window.history.state ?? {}), exitDocument: id, exitDepth: depth }, "");
  let depth = 0;
  stamp(0);
  // A new fragment entry has no stamp of this document yet; one gone back or forward to has.
  const track = () => {
    const found = stampOf(window.history.state);
    if (found) depth = found.exitDepth;
    else stamp(++depth);
  };
  window.addEventListener("hashchange", track);
  window.addEventListener("popstate", track);

  let leaving = false;
  function leave(): void {
    if (leaving) return;
    leaving = true;
    document.documentElement.toggleAttribute("data-exiting", true);
    document.title = "Loading";
    let last: unknown;
    try {
      last = beforeLeave?.();
    } finally {
      void Promise.race([Promise.resolve(last).catch(() => undefined), new Promise((resolve) => window.setTimeout(resolve, LAST_SAVE_MS))]).then(go);
    }
    function go(): void {
      let gone = false;
      if (depth > 0) {
        window.addEventListener("popstate", replace, { once: true });
        window.history.go(-depth);
        // Should the browser not report going back, leave anyway.
        window.setTimeout(replace, 400);
      } else replace();
      function replace(): void {
        if (gone) return;
        gone = true;
        window.location.replace(destination as string);
      }
    }
  }

  for (const link of links) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      leave();
    });
  }
  watchShiftPresses(document, window, leave);
  // Without a lock there is nothing to shut; a page shown again from the back-forward cache is shown again as it was left: hidden, until it reloads.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && leaving) window.location.reload();
  });
  return { leave };
}

/**
 * Counts presses of Shift alone: three within five seconds leave. Any other key, or
 * the time running out, starts the count again. Each press is said to a screen
 * reader ("Shift, press 2 more times to exit"), as GOV.UK's component does.
 */
function watchShiftPresses(document: Document, window: Window, leave: () => void): void {
  const live = document.querySelector<HTMLElement>("[data-exit-announcement]");
  let presses = 0;
  let timer: number | undefined;
  const reset = () => {
    presses = 0;
    window.clearTimeout(timer);
    if (live) live.textContent = "";
  };
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift") {
      if (presses) reset();
      return;
    }
    if (event.repeat) return;
    presses++;
    window.clearTimeout(timer);
    if (presses >= SHIFT_PRESSES) {
      reset();
      leave();
      return;
    }
    const left = SHIFT_PRESSES - presses;
    if (live) live.textContent = `Shift, press ${left} more ${left === 1 ? "time" : "times"} to exit.`;
    timer = window.setTimeout(reset, SHIFT_WINDOW_MS);
  });
}
