/**
 * @module
 * The query parameters of a paged list (`?limit=&cursor=`), the same on every list: the
 * quizzes and a quiz's recent sheets.
 */
import * as v from "valibot";

/** The most rows a page may hold. */
export const MAX_PAGE_LIMIT = 100;

const CURSOR_MESSAGE =
  "cursor must be the nextCursor of a previous page, as given; leave it out for the first page.";

/**
 * `?limit=1..100`, optional: a whole number of rows. The route applies `defaultLimit` when it
 * is left out (here it only words the messages: a default would show in the OpenAPI document
 * as a string).
 *
 * @example
 * v.object({ limit: pageLimit(20, "recent submissions") });
 */
export function pageLimit(defaultLimit: number, rows: string) {
  const message = `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT} (default ${defaultLimit}).`;
  return v.optional(
    v.pipe(
      v.string(message),
      v.description(`How many ${rows}: 1 to ${MAX_PAGE_LIMIT}, default ${defaultLimit}.`),
      v.regex(/^\d{1,3}$/, message),
      v.transform(Number),
      v.minValue(1, message),
      v.maxValue(MAX_PAGE_LIMIT, message),
    ),
  );
}

/**
 * `?cursor=…`, optional: a position `decode` accepts, refused (400) otherwise.
 *
 * @example
 * v.object({ cursor: pageCursor(decodeResultsCursor) });
 */
export function pageCursor<Position>(decode: (cursor: string) => Position | undefined) {
  return v.optional(
    v.pipe(
      v.string(CURSOR_MESSAGE),
      v.description("The `nextCursor` of the previous page; none for the first page."),
      v.rawTransform(({ dataset, addIssue, NEVER }) => {
        const position = decode(dataset.value);
        if (position !== undefined) return position;
        addIssue({ message: CURSOR_MESSAGE });
        return NEVER;
      }),
    ),
  );
}
