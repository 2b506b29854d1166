/**
 * True when a storage write failed for lack of space. Browsers disagree on the name:
 * Chromium and Safari throw a DOMException "QuotaExceededError" (legacy code 22),
 * old Firefox "NS_ERROR_DOM_QUOTA_REACHED" (code 1014); Safari's private mode used to
 * throw a quota error on every write, with a quota of zero.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}
