/**
 * @module
 * Deep equality of JSON values, whatever the order of their keys.
 */

/**
 * Whether two JSON values are equal: same arrays in the same order, same objects whatever the
 * order of their keys (an edited question is rebuilt, its keys in another order).
 *
 * @example
 * sameValue({ a: 1, b: [true] }, { b: [true], a: 1 }); // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, entry]) => entry !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : inner,
  );
}
