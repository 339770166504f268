/**
 * @module
 * Which methods an address answers to, from the app's own routes: so that a request with the
 * wrong method is told 405 and what would work (`Allow`), rather than 404 as if nothing were there.
 */

/** A route as `app.routes` lists it. */
export interface RouteEntry {
  method: string;
  path: string;
}

/** Hono's `:name`, `:name{regex}` and `*` as a regular expression over a whole path. */
function patternOf(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => {
      if (segment === "*") return ".*";
      if (segment.startsWith(":")) {
        const constraint = /\{(.+)\}\??$/.exec(segment)?.[1];
        return constraint ? `(?:${constraint})` : "[^/]+";
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods of the routes (not middleware, which answer `ALL`) that match `path`, sorted;
 * `HEAD` with `GET`. Empty when no route has this address.
 *
 * @example
 * allowedMethods(app.routes, "/quizzes/abc"); // ["GET", "HEAD", "POST"]
 * allowedMethods(app.routes, "/nowhere"); // []
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  // Only on a miss (404s are rare): no need to keep the compiled patterns.
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || !patternOf(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  return [...methods].sort();
}
