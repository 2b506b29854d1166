/** A day, for the reminder: answers unsaved to a file for this long are worth a word. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a copy was last saved to a file, in plain words: "never", "today", "yesterday", "3 days ago". */
export function lastCopyInWords(lastFileCopy: number | undefined, now: number, language = "en"): string {
  if (lastFileCopy === undefined) return "never";
  const midnight = (time: number) => {
    const day = new Date(time);
    return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  };
  const days = Math.round((midnight(now) - midnight(lastFileCopy)) / DAY_MS);
  return new Intl.RelativeTimeFormat(language, { numeric: "auto" }).format(-Math.max(0, days), "day");
}

/** The bar's line: whether the answers are kept only here, and the last file copy. */
export function keepingStatus(kept: "persistent" | "may-clear", lastCopy: string): string {
  // Two wordings of nearly one length: the line changes once typing starts, and must not move the page.
  const where = kept === "persistent" ? "Kept only in this browser, which agreed to keep it" : "Kept only in this browser, which may clear it";
  return `${where}. Last saved to a file: ${lastCopy}.`;
}

/** Where the browser is: Safari (which clears a site's storage after 7 days unused), a phone, an iPhone or iPad, installed on the home screen. */
export interface Platform {
  safari: boolean;
  phone: boolean;
  apple: boolean;
  installed: boolean;
}

/** Reads the platform from the browser: every browser on an iPhone or iPad is Safari underneath. */
export function detectPlatform(window: Window): Platform {
  const agent = window.navigator.userAgent;
  const apple = /iPhone|iPad|iPod/.test(agent) || (/Macintosh/.test(agent) && window.navigator.maxTouchPoints > 1);
  const safari = apple || (/Safari\//.test(agent) && !/Chrome\/|Chromium\/|Edg\/|Android/.test(agent));
  const phone = apple || /Android|Mobi/.test(agent) || window.matchMedia("(pointer: coarse) and (max-width: 48rem)").matches;
  const installed = window.matchMedia("(display-mode: standalone)").matches || (window.navigator as { standalone?: boolean }).standalone === true;
  return { safari, phone, apple, installed };
}
