/** Runs a save a short while after the last change, and at once when the page is left. */
export interface Autosave {
  schedule(): void;
  /** Saves now if a save is waiting. */
  flush(): void;
  cancel(): void;
}

/**
 * Debounces saving: typing schedules a save `delay` ms after the last keystroke
 * (the budget is 500 ms), so storage is written once per pause rather than
 * once per key. A waiting save runs at once when the page is hidden or closed.
 */
export function createAutosave(save: () => void, delay: number, target: Window = window): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save();
  };
  target.addEventListener("pagehide", flush);
  target.document.addEventListener("visibilitychange", () => {
    if (target.document.visibilityState === "hidden") flush();
  });
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save();
      }, delay);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
