/** What counts as use of the page. */
const ACTIVITY = ["pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"] as const;

/**
 * Calls `onIdle` once the page has gone `periodMs` without use. Time is read from
 * the clock at each check, not counted by timers, so a phone that slept, or a tab
 * the browser throttled in the background, locks as soon as it is looked at again.
 */
export function watchIdle(window: Window, periodMs: number, onIdle: () => void): { stop(): void } {
  let last = Date.now();
  let timer: number | undefined;
  let stopped = false;
  const check = () => {
    if (stopped) return;
    const left = last + periodMs - Date.now();
    if (left <= 0) {
      stop();
      onIdle();
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(check, Math.min(left + 50, 30_000));
  };
  const used = () => {
    last = Date.now();
  };
  const shown = () => {
    if (window.document.visibilityState === "visible") check();
  };
  for (const name of ACTIVITY) window.addEventListener(name, used, { capture: true, passive: true });
  window.document.addEventListener("visibilitychange", shown);
  function stop() {
    stopped = true;
    window.clearTimeout(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, used, { capture: true });
    window.document.removeEventListener("visibilitychange", shown);
  }
  check();
  return { stop };
}
