/**
 * `Idempotency-Key` on POST /api/quizzes/:id/submissions: a retried sheet is stored once and
 * answered as the first time; a reused key with another request is refused (422), a key still
 * being handled is busy (409); D1 failures leave nothing half-written and the key free.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { hashRequest, STALE_CLAIM_MS } from "../../src/hand-in";
import app from "../../src/index";
import { findQuiz } from "../../src/quiz-catalog";
import { countSubmissions } from "../../src/storage/submission-store";
import { countingDb } from "../counting-db";
import { expectProblem } from "../expect-problem";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const URL = `http://ardoise.test/api/quizzes/${QUIZ_ID}/submissions`;

interface Sheet {
  answers: Record<string, string | boolean>;
  student?: string;
}

function submit(sheet: Sheet | string, key?: string, url = URL) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (key !== undefined) headers["Idempotency-Key"] = key;
  const body = typeof sheet === "string" ? sheet : JSON.stringify(sheet);
  return exports.default.fetch(new Request(url, { method: "POST", headers, body }));
}

/** Submissions stored under this student name: each test uses its own. */
async function storedFor(student: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE student = ?")
    .bind(student)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function keyRow(key: string) {
  return env.DB.prepare("SELECT * FROM idempotency_keys WHERE idempotency_key = ?")
    .bind(key)
    .first<{ state: string; submission_id: string | null; response: string | null }>();
}

/** The real database, but `batch` fails `failures` times with a transient error first. */
function flakyBatch(failures: number): D1Database {
  let left = failures;
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === "batch" && left > 0) {
        return () => {
          left--;
          return Promise.reject(new Error("D1_ERROR: Network connection lost."));
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function submitWith(db: D1Database, sheet: Sheet, key: string) {
  return app.request(
    `/api/quizzes/${QUIZ_ID}/submissions`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": key },
      body: JSON.stringify(sheet),
    },
    { ...env, DB: db },
  );
}

describe("Idempotency-Key on submissions", () => {
  it("a retried sheet gets the first 201 and body back, and is stored once", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: { q1: "a" }, student: "Retry Once" };
    const first = await submit(sheet, key);
    expect(first.status).toBe(201);
    const body = await first.text();
    expect(first.headers.get("Idempotency-Replayed")).toBeNull();

    for (let retry = 0; retry < 3; retry++) {
      const again = await submit(sheet, key);
      expect(again.status).toBe(201);
      expect(again.headers.get("Content-Type")).toBe("application/json");
      expect(again.headers.get("Idempotency-Replayed")).toBe("true");
      expect(await again.text()).toBe(body);
    }
    expect(await storedFor("Retry Once")).toBe(1);
    const row = await keyRow(key);
    expect(row).toMatchObject({ state: "done", response: body });
    expect(row?.submission_id).toBe(JSON.parse(body).id);
  });

  it("a keyed sheet costs one D1 round trip (claim and sheet in one batch), a retry two", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: { q1: "a" }, student: "One Round Trip" };
    const first = countingDb();
    const response = await submitWith(first.db, sheet, key);
    expect(response.status).toBe(201);
    expect(first.roundTrips()).toBe(1);
    const retry = countingDb();
    const again = await submitWith(retry.db, sheet, key);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await again.text()).toBe(await response.text());
    // The batch, which writes nothing, and the read of the stored response.
    expect(retry.roundTrips()).toBe(2);
    expect(await storedFor("One Round Trip")).toBe(1);
    expect(await keyRow(key)).toMatchObject({ state: "done" });
  });

  it("the order of the answers and spaces around the name do not make another request", async () => {
    const key = crypto.randomUUID();
    const quiz = await findQuiz(env.DB, QUIZ_ID);
    const answers = (quiz?.questions ?? []).map((question): [string, string | boolean] => [
      question.id,
      question.type === "single_choice"
        ? (question.options[0]?.id ?? "")
        : question.type === "true_false"
          ? true
          : "Bruxelles",
    ]);
    expect(answers.length).toBeGreaterThan(2);
    const first = await submit(
      { answers: Object.fromEntries(answers), student: "Same Sheet" },
      key,
    );
    expect(first.status).toBe(201);
    const again = await submit(
      { answers: Object.fromEntries(answers.reverse()), student: " Same Sheet " },
      key,
    );
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(await first.text());
    expect(await storedFor("Same Sheet")).toBe(1);
  });

  it("the same key with other answers, another name or another quiz → 422, nothing stored", async () => {
    const key = crypto.randomUUID();
    expect((await submit({ answers: { q1: "a" }, student: "Key Owner" }, key)).status).toBe(201);
    const before = await countSubmissions(env.DB, QUIZ_ID);
    await expectProblem(
      await submit({ answers: { q1: "b" }, student: "Key Owner" }, key),
      422,
      "/problems/idempotency-key-reused",
    );
    await expectProblem(
      await submit({ answers: { q1: "a" }, student: "Someone Else" }, key),
      422,
      "/problems/idempotency-key-reused",
    );
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
    expect(await storedFor("Key Owner")).toBe(1);
  });

  it("while the first request is still running → 409 with Retry-After", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: {}, student: "Still Running" };
    await env.DB.prepare(
      `INSERT INTO idempotency_keys
         (idempotency_key, quiz_id, request_hash, state, claim, claimed_at, created_at)
       VALUES (?1, ?2, ?3, 'running', 'another-request', ?4, ?4)`,
    )
      .bind(key, QUIZ_ID, await hashRequest(sheet), new Date().toISOString())
      .run();
    const response = await submit(sheet, key);
    expect(response.headers.get("Retry-After")).toBe("1");
    await expectProblem(response, 409, "/problems/idempotency-key-in-use");
    expect(await storedFor("Still Running")).toBe(0);
  });

  it("a claim left by a request that died is taken over once stale: stored once", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: {}, student: "Died Midway" };
    const long_ago = new Date(Date.now() - STALE_CLAIM_MS - 1000).toISOString();
    await env.DB.prepare(
      `INSERT INTO idempotency_keys
         (idempotency_key, quiz_id, request_hash, state, claim, claimed_at, created_at)
       VALUES (?1, ?2, ?3, 'running', 'dead-request', ?4, ?4)`,
    )
      .bind(key, QUIZ_ID, await hashRequest(sheet), long_ago)
      .run();
    const response = await submit(sheet, key);
    expect(response.status).toBe(201);
    expect((await submit(sheet, key)).status).toBe(201);
    expect(await storedFor("Died Midway")).toBe(1);
  });

  it("5 requests with one key at once → exactly one submission, every 201 the same", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: { q1: "a" }, student: "Five At Once" };
    const responses = await Promise.all(Array.from({ length: 5 }, () => submit(sheet, key)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses).toContain(201);
    const bodies = new Set<string>();
    for (const response of responses) {
      if (response.status === 201) bodies.add(await response.text());
    }
    // The busy ones, retried, get the same answer.
    for (const response of responses) {
      if (response.status === 409) bodies.add(await (await submit(sheet, key)).text());
    }
    expect(bodies.size).toBe(1);
    expect(await storedFor("Five At Once")).toBe(1);
  });

  it("a transient D1 error on the batch is retried once: stored once", async () => {
    const key = crypto.randomUUID();
    const response = await submitWith(flakyBatch(1), { answers: {}, student: "Flaky Once" }, key);
    expect(response.status).toBe(201);
    expect(await storedFor("Flaky Once")).toBe(1);
  });

  it("D1 down for the batch → 503, nothing written, the key free for the client's retry", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const key = crypto.randomUUID();
    const sheet = { answers: {}, student: "Down Then Up" };
    const down = await submitWith(flakyBatch(2), sheet, key);
    expect(down.headers.get("Retry-After")).toBe("2");
    await expectProblem(down, 503, "/problems/storage-unavailable");
    expect(await storedFor("Down Then Up")).toBe(0);
    expect(await keyRow(key)).toBeNull();
    log.mockRestore();

    const retry = await submit(sheet, key);
    expect(retry.status).toBe(201);
    expect(await storedFor("Down Then Up")).toBe(1);
  });

  it("a refused sheet does not take the key: the corrected sheet goes through with it", async () => {
    const key = crypto.randomUUID();
    const refused = await submit({ answers: { q999: "x" }, student: "Fix And Resend" }, key);
    expect(refused.status).toBe(400);
    expect(await keyRow(key)).toBeNull();
    expect((await submit({ answers: {}, student: "Fix And Resend" }, key)).status).toBe(201);
  });

  it.each([
    ["too long", "k".repeat(256)],
    ["with a space inside", "two words"],
    ["with a tab inside", "a\tb"],
    ["empty", ""],
  ])("a key %s → 400, nothing stored", async (_, key) => {
    const before = await countSubmissions(env.DB, QUIZ_ID);
    await expectProblem(
      await submit({ answers: {} }, key),
      400,
      "/problems/invalid-idempotency-key",
    );
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
  });

  it("accepts a quoted key (as the IETF draft writes it) as the same key", async () => {
    const key = crypto.randomUUID();
    const sheet = { answers: {}, student: "Quoted Key" };
    const first = await submit(sheet, `"${key}"`);
    const again = await submit(sheet, key);
    expect(await again.text()).toBe(await first.text());
    expect(await storedFor("Quoted Key")).toBe(1);
  });
});
