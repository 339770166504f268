/**
 * @module
 * A diagnostic for the figures of the routes that use D1: bare Hono with a local D1, answering
 * with one D1 round trip and nothing else (no validation, no marking, no idempotency). `GET /`
 * reads one row by its key (as a created quiz's revision is read); `POST /` runs one INSERT;
 * `POST /batch` runs a batch of two INSERTs (a row and its marks, as a submission's). Measured
 * next to bare Hono, each is the most a route that makes one such round trip can do in this
 * harness.
 */
import { Hono } from "hono";

const app = new Hono<{ Bindings: { DB: D1Database } }>();

const insertSheet = (db: D1Database, id: string, body: string) =>
  db.prepare("INSERT INTO sheets (id, body) VALUES (?1, ?2)").bind(id, body);

app.get("/", async (c) => {
  const row = await c.env.DB.prepare("SELECT id, body FROM sheets WHERE id = ?1")
    .bind("seed")
    .first();
  return c.json(row);
});

app.post("/", async (c) => {
  const id = crypto.randomUUID();
  await insertSheet(c.env.DB, id, await c.req.text()).run();
  return c.json({ id }, 201);
});

app.post("/batch", async (c) => {
  const id = crypto.randomUUID();
  await c.env.DB.batch([
    insertSheet(c.env.DB, id, await c.req.text()),
    c.env.DB.prepare("INSERT INTO marks (sheet_id, mark) VALUES (?1, ?2)").bind(id, 1),
  ]);
  return c.json({ id }, 201);
});

export default app;
