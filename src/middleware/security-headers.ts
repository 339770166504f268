/**
 * @module
 * Security headers on every response the Worker makes, with Hono's `secureHeaders`.
 *
 * The HTML pages send their own Content-Security-Policy (src/pages/layout.tsx: same-origin
 * scripts, styles and images, nothing inline), which is kept. Every other response (JSON,
 * problem details, CSV, downloads) gets a policy that allows nothing: none of them is meant to
 * run or load anything, so a response that a browser is tricked into rendering can do no harm.
 * No page has an inline script; one that ever needs it should take a nonce from secureHeaders'
 * `NONCE` rather than 'unsafe-inline'. The static files in public/ are served without running
 * the Worker: public/_headers gives them the same headers (a test compares the two).
 */
import { secureHeaders } from "hono/secure-headers";

/** For everything that is not a page: load nothing, run nothing, be framed by nobody. */
const NOTHING_ALLOWED = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * The middleware, for every route: `app.use(securityHeaders)`. Headers a route set itself
 * (the pages' policy and referrer policy, downloads' `X-Content-Type-Options`) are left alone.
 *
 * @example
 * app.use(securityHeaders);
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: NOTHING_ALLOWED,
  // Keep what a route chose, such as the pages' own Content-Security-Policy.
  overwrite: false,
  // frame-ancestors 'none' says the same to browsers that read the policy.
  xFrameOptions: "DENY",
  // As the pages: the path of a quiz may go to the same origin only.
  referrerPolicy: "same-origin",
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
});
