/**
 * @module
 * The tests' D1 (`env.DB`) wrapped to count its round trips: each batch, and each statement run
 * alone (`run`, `first`, `all`, `raw`), with the same results as the real one.
 */
import { env } from "cloudflare:workers";

/**
 * The real database, counting its round trips.
 *
 * @example
 * const { db, roundTrips } = countingDb();
 * await findQuiz(db, id);
 * roundTrips(); // 1
 */
export function countingDb(): { db: D1Database; roundTrips: () => number } {
  let count = 0;
  const counted = (statement: D1PreparedStatement): D1PreparedStatement => {
    for (const method of ["run", "first", "all", "raw"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          count++;
          return original(...args);
        },
      });
    }
    const bind = statement.bind.bind(statement);
    Object.defineProperty(statement, "bind", {
      value: (...values: unknown[]) => counted(bind(...values)),
    });
    return statement;
  };
  const db = new Proxy(env.DB, {
    get(target, property) {
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          count++;
          return target.batch(statements);
        };
      }
      if (property === "prepare") return (sql: string) => counted(target.prepare(sql));
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, roundTrips: () => count };
}
