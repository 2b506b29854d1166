import type { DeviceLock } from "./device-lock.ts";
import type { SealedStore } from "./sealed-store.ts";

/** What locking a page needs. */
export interface PageLockOptions {
  window: Window;
  lock: DeviceLock;
  store: SealedStore;
  /** The locked screen (layouts/partials/lock-screen.njk); its `data-idle-lock-minutes` is data/site.json's setting. */
  screen: HTMLElement;
  /** Opens the page on its stored answers: at once with no lock, or once unlocked. */
  open(): void;
  /** Saves what is waiting before the page locks; false when it could not be saved. */
  flush(): Promise<boolean>;
  /** Clears everything after a forgotten passphrase, and says so on the page. */
  clearEverything(): Promise<void> | void;
  /** Says the stored answers could not be opened with this lock (damaged, or sealed with another key). */
  unreadable(): void;
}

/** A page's lock, once started. */
export interface PageLock {
  /** Saves, then locks: the page reloads, so nothing of the answers stays in its memory. */
  lockNow(): Promise<void>;
  /** Drops the key at once (Exit this page): whatever comes next, the page is locked. */
  shut(): void;
  /** Starts watching for a period without use (after a lock is set). */
  watch(): void;
}

/**
 * Runs a page under the optional lock (issue 15). With no passphrase set, the page
 * opens at once. With one, it opens on the locked screen, and only the right
 * passphrase puts the answers in memory; it locks again after data/site.json's
 * period without use, on "Lock now", on "Exit this page", when another tab sets or
 * changes the passphrase (this page's key would then seal what no one could open),
 * and when the browser shows it again from the back-forward cache. Locking reloads
 * the page: only a fresh page is sure to hold nothing of the answers.
 */
export function startPageLock(options: PageLockOptions): PageLock {
  const { window, lock, store } = options;
  const minutes = Number(options.screen.dataset.idleLockMinutes);
  const period = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 10 * 60_000;
  let idle: { stop(): void } | undefined;

  const reload = () => {
    lock.forget();
    store.forget();
    window.location.reload();
  };
  const page: PageLock = {
    async lockNow() {
      if (!(await options.flush())) return;
      idle?.stop();
      reload();
    },
    shut() {
      idle?.stop();
      lock.forget();
      store.forget();
    },
    watch() {
      idle?.stop();
      if (lock.isSet()) void import("./idle-lock.ts").then(({ watchIdle }) => {
        idle?.stop();
        if (lock.isSet()) idle = watchIdle(window, period, () => void page.lockNow());
      });
    },
  };

  window.addEventListener("storage", (event) => {
    if (event.key === lock.key && event.newValue !== null) reload();
    else if (event.key === lock.key || event.key === null) page.shut();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && lock.isSet()) reload();
  });

  if (!lock.isSet()) {
    options.open();
    return page;
  }
  // The locked screen's code is loaded only where a lock is set; the page stays hidden meanwhile.
  options.screen.ownerDocument.documentElement.toggleAttribute("data-locked", true);
  void import("./lock-screen.ts").then(({ showLockScreen }) => showLockScreen({
    screen: options.screen,
    lock,
    clearEverything: options.clearEverything,
    async unlocked() {
      if (lock.isSet() && (await store.prepare()) === "unreadable") {
        options.unreadable();
        return;
      }
      options.open();
      page.watch();
    },
  }));
  return page;
}
