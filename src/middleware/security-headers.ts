/**
 * @module
 * Security headers on every response the Worker makes, with Hono's `secureHeaders`.
 *
 * The HTML pages send their own Content-Security-Policy (src/views/layout.tsx: same-origin
 * scripts, styles and images, nothing inline), which is kept. Every other response (JSON,
 * problem details, CSV, downloads) gets a policy that allows nothing: none of them is meant to
 * run or load anything, so a response that a browser is tricked into rendering can do no harm.
 * No page has an inline script; one that ever needs it should take a nonce from secureHeaders'
 * `NONCE` rather than 'unsafe-inline'. The static files in public/ are served without running
 * the Worker: public/_headers gives them the same headers (a test compares the two).
 *
 * Sent on every answer: Content-Security-Policy, Strict-Transport-Security,
 * X-Content-Type-Options, Cross-Origin-Resource-Policy. Sent on every answer but JSON (pages,
 * CSV, XML, downloads, static files): Referrer-Policy, Cross-Origin-Opener-Policy and
 * Permissions-Policy, which act on documents only — the referrer of the requests a document
 * makes, the browsing context group of a top-level document, the features a document may use.
 * A JSON answer is never a document that runs or loads anything (its policy allows nothing and
 * nosniff keeps it JSON); the OWASP REST Security Cheat Sheet ("Security Headers") lists these
 * as meant for HTML answers, and the JSON answers are the hot paths, where each header costs
 * (BENCHMARKS.md).
 * Not sent, each for a reason (OWASP Secure Headers Project, MDN; BENCHMARKS.md, "The legacy
 * security headers", has the sources), since every header costs on every answer:
 * - X-XSS-Protection: deprecated (OWASP: set it to 0 or not at all); no current browser has
 *   the XSS filter it drove, and the policy above is what stops scripts.
 * - X-Download-Options: Internet Explorer 8's; downloads say `Content-Disposition: attachment`.
 * - X-Frame-Options: `frame-ancestors 'none'` is in every policy above, and a browser that reads
 *   both should ignore X-Frame-Options (CSP: frame-ancestors obsoletes it); only retired IE
 *   needs it.
 * - X-Permitted-Cross-Domain-Policies: for Flash and Acrobat policy files; no route serves one.
 * - X-DNS-Prefetch-Control: no standard, Chromium only, and no page links to another host.
 * - Origin-Agent-Cluster: a hint for documents, already Chromium's default, not a protection.
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** For everything that is not a page: load nothing, run nothing, be framed by nobody. */
const NOTHING_ALLOWED = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

const setSecurityHeaders = secureHeaders({
  contentSecurityPolicy: NOTHING_ALLOWED,
  // Keep what a route chose, such as the pages' own Content-Security-Policy.
  overwrite: false,
  // Legacy headers, not sent (see the module's comment).
  xXssProtection: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xDnsPrefetchControl: false,
  originAgentCluster: false,
  // As the pages: the path of a quiz may go to the same origin only.
  // For documents only: set below, on every answer but JSON.
  referrerPolicy: false,
  crossOriginOpenerPolicy: false,
});

/**
 * What acts on documents only (see the module's comment), as the pages set it too: the path of
 * a quiz goes to the same origin only.
 */
const DOCUMENT_HEADERS: readonly [string, string][] = [
  ["Referrer-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
];

/** `application/json` and `application/<anything>+json` (problem details), any parameters. */
const JSON_CONTENT_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The middleware, for every route: `app.use(securityHeaders)`. The document-only headers go on
 * every answer that is not JSON. Headers a route set itself
 * (the pages' policy and referrer policy, downloads' `X-Content-Type-Options`) are left alone.
 * A 304 Not Modified keeps only its validators and caching headers, as RFC 9110 (15.4.5) asks:
 * it has no body, and the browser keeps the headers of the response it revalidates, these
 * security headers included.
 *
 * @example
 * app.use(securityHeaders);
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await setSecurityHeaders(c, next);
  if (c.res.status !== 304) {
    if (JSON_CONTENT_TYPE.test(c.res.headers.get("Content-Type") ?? "")) return;
    for (const [name, value] of DOCUMENT_HEADERS) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    return;
  }
  const kept = [...c.res.headers].filter(([name]) => NOT_MODIFIED_HEADERS.has(name));
  // Unset first: Hono's setter would carry the old response's headers over to the new one.
  c.res = undefined as unknown as Response;
  c.res = new Response(null, { status: 304, headers: kept });
};

/** What a 304 sends (RFC 9110, 15.4.5), Vary and Expires included should a route set them. */
const NOT_MODIFIED_HEADERS = new Set([
  "cache-control",
  "content-location",
  "date",
  "etag",
  "expires",
  "vary",
]);
