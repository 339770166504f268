/**
 * @module
 * The one assertion on an error response that the API tests share: RFC 9457 problem details, as
 * src/problem.ts sends them.
 */
import { expect } from "vitest";
import type { Problem } from "../src/problem";

/**
 * Expects `response` to be `application/problem+json` with this status (and `type`, when
 * given), a title and a detail a person can act on; gives the problem for further checks.
 *
 * @example
 * const problem = await expectProblem(await post("/api/quizzes", {}), 400);
 * expect(problem.errors?.[0]?.path).toBe("text");
 */
export async function expectProblem(
  response: Response,
  status: number,
  type?: string,
): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  const problem = await response.json<Problem>();
  expect(problem).toMatchObject({
    status,
    type: type ?? expect.any(String),
    title: expect.any(String),
  });
  expect(problem.detail.length).toBeGreaterThan(20);
  return problem;
}
