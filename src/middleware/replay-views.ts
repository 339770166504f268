/**
 * @module
 * The views of shipped quizzes answered from memory. A shipped quiz changes only with a release,
 * so once the whole chain (routes, security headers, caching headers) has answered a plain GET
 * for one of its views, that answer's headers and bytes are kept per isolate and the next GET
 * of the same path gets them at once, from a middleware mounted before every other: a request
 * that costs a map lookup and one `new Response`. The answer stays the chain's own: its headers
 * are those the chain sent (security headers included), the JSON the same bytes and ETag, a
 * page the same bytes with a new form key (cached-views.ts). `If-None-Match` naming the ETag
 * gets a 304 with the ETag and `Cache-Control` only (RFC 9110, 15.4.5; the browser keeps the
 * headers of the response it revalidates, security headers included).
 *
 * Only GETs without `Authorization` (which makes responses private, http-cache.ts), only
 * responses 200, and only what the route offered with {@link keepForReplay}: the catalog's
 * shipped quizzes, not created ones (a teacher may change those at any time).
 *
 * The Worker's entry asks {@link replayShippedView} before Hono routes anything (no context, no
 * middleware chain): a replayed answer then costs a string slice, a map lookup and one
 * `new Response`, given a `Headers` object built once, which the runtime copies as it is (an
 * array of pairs is converted and checked pair by pair on every response: ~5 % fewer requests
 * a second in the bench, test/bench/headers-cost.ts).
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { FormKeyTemplate } from "../cached-views";
import { ifNoneMatchHas, type Prerendered } from "./http-cache";

/** What a route may offer for replay: a prerendered view (the JSON), or a page to fill. */
export type Replayable = { view: Prerendered; cacheControl: string } | { page: FormKeyTemplate };

type Replay = (ifNoneMatch: string | undefined) => Response;

/**
 * More paths than there are shipped views (a few quizzes, two views each, and spellings of
 * their paths): beyond this, nothing more is kept.
 */
export const MAX_REPLAYED_PATHS = 64;

const offered = new WeakMap<Context, Replayable>();
const replays = new Map<string, Replay>();

/**
 * Offers this request's response for replay (see the module's comment); kept only if the
 * response is a 200 to a GET without `Authorization`.
 *
 * @example
 * if (version.shipped) keepForReplay(c, { view, cacheControl: CACHE_SHIPPED });
 */
export function keepForReplay(c: Context, replayable: Replayable): void {
  offered.set(c, replayable);
}

/**
 * The middleware, mounted first: `app.use(replayShippedViews)`.
 *
 * @example
 * app.use(replayShippedViews);
 * app.use(securityHeaders);
 */
export const replayShippedViews = createMiddleware(async (c, next) => {
  if (c.req.method !== "GET" || c.req.header("Authorization") !== undefined) return next();
  const path = c.req.path;
  const replay = replays.get(path);
  if (replay) return replay(c.req.header("If-None-Match"));
  await next();
  const replayable = offered.get(c);
  if (!replayable || c.res.status !== 200 || replays.size >= MAX_REPLAYED_PATHS) return;
  replays.set(path, toReplay(replayable, new Headers(c.res.headers)));
});

/**
 * The answer from memory to a plain GET of a view kept here, before any routing; `undefined`
 * when there is none, and the app answers. Paths with percent-escapes are left to the app (the
 * middleware matches them by Hono's decoded path).
 *
 * @example
 * fetch: (request, env, ctx) => replayShippedView(request) ?? app.fetch(request, env, ctx)
 */
export function replayShippedView(request: Request): Response | undefined {
  if (replays.size === 0 || request.method !== "GET") return undefined;
  const replay = replays.get(rawPath(request.url));
  if (!replay || request.headers.has("Authorization")) return undefined;
  return replay(request.headers.get("If-None-Match") ?? undefined);
}

/** The path of an absolute URL, without query or fragment, as sent ("" if escaped). */
function rawPath(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  let end = start;
  while (end < url.length) {
    const code = url.charCodeAt(end);
    if (code === 63 /* ? */ || code === 35 /* # */) break;
    // An escape: Hono's path would be decoded; not the same key.
    if (code === 37 /* % */) return "";
    end++;
  }
  return url.slice(start, end);
}

/** `headers` are never changed: each `new Response` gets a copy. */
function toReplay(replayable: Replayable, headers: Headers): Replay {
  if ("page" in replayable) {
    const { page } = replayable;
    return () => new Response(page.fill(), { status: 200, headers });
  }
  const { view, cacheControl } = replayable;
  const body: Uint8Array<ArrayBuffer> = new Uint8Array(view.body);
  const notModified = new Headers([
    ["ETag", view.etag],
    ["Cache-Control", cacheControl],
  ]);
  return (ifNoneMatch) =>
    ifNoneMatchHas(ifNoneMatch, view.etag)
      ? new Response(null, { status: 304, headers: notModified })
      : new Response(body, { status: 200, headers });
}
