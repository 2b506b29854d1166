/**
 * The Content-Security-Policy of each kind of page, as data. Guide pages run no
 * script at all; the workbook and the contract run only the site's own bundled
 * scripts, and Trusted Types forbid every HTML string sink, so text a person typed
 * can never become markup. Nothing anywhere is loaded from another origin and
 * nothing is sent anywhere (no connect-src). `frame-ancestors` is left out:
 * browsers ignore it in a `<meta>` policy.
 */
const POLICIES = {
  guide: {
    "default-src": ["'none'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  },
  app: {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "require-trusted-types-for": ["'script'"],
    "trusted-types": ["'none'"],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type PolicyName = keyof typeof POLICIES;

/** Serialises a named policy for a `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicy(name: PolicyName = "guide"): string {
  const policy = POLICIES[name];
  if (!policy) throw new Error(`unknown Content-Security-Policy "${String(name)}": use ${Object.keys(POLICIES).join(" or ")}`);
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}
