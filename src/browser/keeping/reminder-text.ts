import type { Platform } from "./keeping-words.ts";

/** The reminder's words, by what the browser may do and whether a copy was ever saved. */
export function reminderText(platform: Platform, persistent: boolean, lastFileCopy: number | undefined): string {
  const since = lastFileCopy === undefined ? "Your answers have never been saved to a file." : "Your answers have changed since you last saved a copy to a file.";
  const risk = platform.safari && !platform.installed
    ? "Safari deletes what a site keeps once it has not been visited for 7 days."
    : persistent
      ? "This browser keeps them, but only here."
      : "This browser may clear them when it needs space.";
  const home = platform.phone && !platform.installed
    ? platform.apple
      ? " You can also add this site to your Home Screen (in Safari, tap Share, then Add to Home Screen), so your phone keeps it."
      : " You can also add this site to your home screen (in your browser's menu, choose Add to Home screen or Install app), so your phone keeps it."
    : "";
  return `${since} ${risk} A file is a copy no browser can clear.${home}`;
}
