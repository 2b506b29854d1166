import { SERVICE_WORKER_POLICY } from "../browser/service-worker-protocol.ts";

/**
 * The Content-Security-Policy of each kind of page, as data. Guide pages run no
 * script at all; the workbook and the contract run only the site's own bundled
 * scripts, and Trusted Types forbid every HTML string sink, so text a person typed
 * can never become markup (their one policy only vouches for the service worker's
 * URL). Nothing anywhere is loaded from another origin. `connect-src 'self'` is there
 * for tools that read the site's robots.txt from inside a page (Lighthouse does,
 * and a page that forbids it scores under 100 for SEO): it reaches only the site's
 * own static files, and no script of the site sends anything (the workbook tests
 * count the requests while a person types: none). `form-action 'none'` keeps the
 * workbook's answers out of a URL even if its script never ran and someone pressed Enter.
 * The service worker has a policy of its own: it may fetch files of the site.
 */
const POLICIES = {
  guide: {
    "default-src": ["'none'"],
    "connect-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "img-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  },
  app: {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "connect-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "img-src": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "require-trusted-types-for": ["'script'"],
    "trusted-types": [SERVICE_WORKER_POLICY],
  },
  worker: {
    "default-src": ["'none'"],
    "connect-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/**
 * Directives browsers obey only in a header (a `<meta>` policy ignores them, and
 * says so in the console): no page may be framed by anyone, which stops clickjacking.
 */
const HEADER_ONLY = { "frame-ancestors": ["'none'"] } as const;

export type PolicyName = keyof typeof POLICIES;

/** The names of the policies of pages (not the worker's). */
export const PAGE_POLICIES = ["guide", "app"] as const satisfies readonly PolicyName[];

const serialise = (policy: Record<string, readonly string[]>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");

function policyOf(name: PolicyName): Record<string, readonly string[]> {
  const policy = POLICIES[name];
  if (!policy) throw new Error(`unknown Content-Security-Policy "${String(name)}": use ${Object.keys(POLICIES).join(", ")}`);
  return policy;
}

/** Serialises a named policy for a `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicy(name: PolicyName = "guide"): string {
  return serialise(policyOf(name));
}

/** The same policy as a response header: the `<meta>` one plus what only a header can say. */
export function contentSecurityPolicyHeader(name: PolicyName): string {
  return serialise({ ...policyOf(name), ...HEADER_ONLY });
}

/** Which named page policy a `<meta>` policy is, or undefined when it is none of them. */
export function pagePolicyNamed(metaPolicy: string): PolicyName | undefined {
  return PAGE_POLICIES.find((name) => contentSecurityPolicy(name) === metaPolicy.trim());
}
