import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { LIMIT_PERIOD_SECONDS } from "../../src/middleware/teacher-auth-limiter";
import { inOneWindow, WINDOW_TIMEOUT_MS } from "../rate-limit-window";

const KEY_URL = "http://ardoise.test/api/quizzes/belgique-maroc-dsiti-2016/key";
/** Addresses of this file only (TEST-NET-3): the limiter's counts outlive a test. */
let nextHost = 1;
function newClient(): string {
  return `203.0.113.${nextHost++}`;
}

function getKey(client: string, token?: string) {
  const headers: Record<string, string> = { "CF-Connecting-IP": client };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return exports.default.fetch(new Request(KEY_URL, { headers }));
}

async function expectTooMany(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get("Retry-After")).toBe(String(LIMIT_PERIOD_SECONDS));
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  const problem = await response.json<{ status: number; detail: string }>();
  expect(problem.status).toBe(429);
  expect(problem.detail).toMatch(/wait \d+ seconds/);
}

describe("teacher token attempts, rate-limited per client IP (TEACHER_AUTH_LIMITER)", () => {
  it(
    "answers 401 to the first 10 wrong tokens, then 429 with Retry-After",
    async () => {
      const client = newClient();
      await inOneWindow(LIMIT_PERIOD_SECONDS);
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await getKey(client, `guess-${attempt}`);
        expect(response.status, `attempt ${attempt}`).toBe(401);
      }
      await expectTooMany(await getKey(client, "guess-11"));
    },
    WINDOW_TIMEOUT_MS,
  );

  it(
    "refuses a blocked client even the right token, so that a right guess does not show",
    async () => {
      const client = newClient();
      await inOneWindow(LIMIT_PERIOD_SECONDS);
      for (let attempt = 1; attempt <= 11; attempt++) await getKey(client, `guess-${attempt}`);
      await expectTooMany(await getKey(client, env.TEACHER_TOKEN));
      await expectTooMany(await getKey(client));
    },
    WINDOW_TIMEOUT_MS,
  );

  it(
    "counts per client: another address is not blocked",
    async () => {
      const blocked = newClient();
      await inOneWindow(LIMIT_PERIOD_SECONDS);
      for (let attempt = 1; attempt <= 11; attempt++) await getKey(blocked, `guess-${attempt}`);
      expect((await getKey(newClient(), env.TEACHER_TOKEN)).status).toBe(200);
      expect((await getKey(newClient(), "wrong")).status).toBe(401);
    },
    WINDOW_TIMEOUT_MS,
  );

  it("counts only failures: a teacher's many right requests are never limited", async () => {
    const client = newClient();
    for (let request = 1; request <= 25; request++) {
      expect((await getKey(client, env.TEACHER_TOKEN)).status).toBe(200);
    }
  });

  it("does not count requests without a token (no guess was made)", async () => {
    const client = newClient();
    for (let request = 1; request <= 15; request++) {
      expect((await getKey(client)).status).toBe(401);
    }
    expect((await getKey(client, env.TEACHER_TOKEN)).status).toBe(200);
  });
});
