/**
 * @module
 * The load and fault tests (`npm run test:load`, and the last step of `npm test`), run with tsx
 * against `wrangler dev` on 127.0.0.1 with a temporary D1:
 *
 * 1. throughput: N new sheets, C at a time → every one 201, and as many rows stored;
 * 2. same key: each sheet sent 5 times at once with one Idempotency-Key → stored once;
 * 3. kill: SIGKILL the server mid-run, restart it on the same state, retry what was not
 *    acknowledged → every sheet stored exactly once, acknowledged answers unchanged;
 * 4. classes: A assignments × S students handing in through their join codes within a time,
 *    a live view open on one → every sheet stored once in its own assignment, counts right,
 *    the live view caught up (test/load/classes.ts).
 *
 * Small sizes by default (CI: a couple of minutes at most); `--full` (or LOAD_FULL=1) for
 * 1,000 submissions at 20 connections and 30 classes × 30 students within a minute. Prints the figures, exits 1 if a check fails.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DevServer, migrate, queryD1, startDevServer } from "../dev-server";
import { classesAtOnce } from "./classes";
import { type Sheet, sendSheet, sheetMaker } from "./client";
import { killAndRestart } from "./kill-restart";
import { sameKeyAtOnce } from "./same-key";
import { throughput } from "./throughput";

const full = process.argv.includes("--full") || process.env.LOAD_FULL === "1";
const SIZES = full
  ? { submissions: 1000, connections: 20, sameKeySheets: 100, killSheets: 600, killAfter: 200 }
  : { submissions: 200, connections: 10, sameKeySheets: 20, killSheets: 150, killAfter: 50 };
const CLASSES = full
  ? { assignments: 30, students: 30, withinSeconds: 60, connections: 30 }
  : { assignments: 4, students: 8, withinSeconds: 6, connections: 8 };
/** Beyond this, something hangs: stop everything and fail. */
const DEADLINE_MS = full ? 15 * 60_000 : 170_000;

const root = process.cwd();
const persistTo = mkdtempSync(join(tmpdir(), "ardoise-load-"));
const token = crypto.randomUUID();
const run = Date.now().toString(36);
const servers = new Set<DevServer>();
const failures: string[] = [];

function check(ok: boolean, message: string): void {
  if (!ok) failures.push(message);
}

async function cleanUp(): Promise<void> {
  await Promise.all([...servers].map((server) => server.stop()));
  servers.clear();
  rmSync(persistTo, { recursive: true, force: true });
}

const deadline = setTimeout(() => {
  console.error(`Load tests still running after ${DEADLINE_MS / 1000} s: stopping.`);
  void cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Load tests (${full ? "full" : "CI"} size): ${JSON.stringify(SIZES)}`);
  await migrate(root, persistTo);
  let server = await startDevServer(root, persistTo, token);
  servers.add(server);
  console.log(`wrangler dev ready on ${server.url} in ${Math.round(server.startupMs)} ms`);

  const makeSheet = await sheetMaker(server.url, token);
  const sheets = (prefix: string, count: number): Sheet[] =>
    Array.from({ length: count }, (_, i) => makeSheet(`${prefix}-${run}-${i}`));

  // Warm-up, not counted: the first requests compile and generate the shipped quiz.
  for (const sheet of sheets("w", 5)) await sendSheet(server.url, sheet);

  const load = await throughput(server.url, sheets("t", SIZES.submissions), SIZES.connections);
  console.log(
    `1. ${SIZES.submissions} submissions at ${SIZES.connections} connections:`,
    JSON.stringify(load.figures),
  );
  check(load.errors === 0, `throughput: ${load.errors} requests not answered 201`);

  const sameKey = await sameKeyAtOnce(server.url, sheets("s", SIZES.sameKeySheets), 5);
  console.log(
    `2. ${SIZES.sameKeySheets} sheets × 5 at once, one key each:`,
    JSON.stringify(sameKey),
  );
  check(sameKey.unacknowledged === 0, `same key: ${sameKey.unacknowledged} sheets never got 201`);
  check(
    sameKey.differingBodies === 0,
    `same key: ${sameKey.differingBodies} sheets got two answers`,
  );

  const classes = await classesAtOnce(server.url, token, makeSheet, run, CLASSES);
  console.log(
    `4. ${CLASSES.assignments} classes × ${CLASSES.students} students within ${CLASSES.withinSeconds} s, live view open:`,
    JSON.stringify({ ...classes.figures, live: classes.live }),
  );
  check(classes.errors === 0, `classes: ${classes.errors} sheets not answered 201`);
  check(classes.wrongCounts === 0, `classes: ${classes.wrongCounts} assignments miscounted`);
  check(
    classes.live.lastCount === CLASSES.students,
    `classes: the live view shows ${classes.live.lastCount} sheets, not ${CLASSES.students}`,
  );

  const restart = async () => {
    const next = await startDevServer(root, persistTo, token);
    servers.add(next);
    return next;
  };
  const killSheets = sheets("k", SIZES.killSheets);
  const fault = await killAndRestart(
    server,
    restart,
    killSheets,
    SIZES.connections,
    SIZES.killAfter,
  );
  servers.delete(server);
  server = fault.server;
  const { server: _, ...faultFigures } = fault;
  console.log(
    `3. kill after ${SIZES.killAfter} acknowledged, restart, retry:`,
    JSON.stringify(faultFigures),
  );
  check(fault.unacknowledged === 0, `kill: ${fault.unacknowledged} sheets never acknowledged`);
  check(
    fault.changedReplays === 0,
    `kill: ${fault.changedReplays} acknowledged sheets answered differently`,
  );

  await server.stop();
  servers.delete(server);

  // Straight from the local D1, the server stopped: how many times each sheet is stored.
  const rows = await queryD1<{ student: string; n: number }>(
    root,
    persistTo,
    `SELECT student, COUNT(*) AS n FROM submissions WHERE student LIKE '%-${run}-%' GROUP BY student`,
  );
  const stored = new Map(rows.map((row) => [row.student, row.n]));
  const storedWith = (prefix: string) =>
    rows.filter((row) => row.student.startsWith(`${prefix}-`)).reduce((sum, row) => sum + row.n, 0);
  const twice = rows.filter((row) => row.n > 1).map((row) => row.student);
  check(twice.length === 0, `stored more than once: ${twice.slice(0, 5).join(", ")}`);

  const throughputStored = storedWith("t");
  console.log(
    `   throughput: stored ${throughputStored} = acknowledged ${load.acknowledged.length}`,
  );
  check(throughputStored === load.acknowledged.length, "throughput: stored ≠ acknowledged");
  check(
    load.acknowledged.every((student) => stored.get(student) === 1),
    "throughput: an acknowledged sheet is missing",
  );

  const sameKeyStored = storedWith("s");
  console.log(`   same key: stored ${sameKeyStored} for ${SIZES.sameKeySheets} sheets`);
  check(sameKeyStored === SIZES.sameKeySheets, "same key: stored ≠ number of sheets");

  const killStored = storedWith("k");
  console.log(`   kill: stored ${killStored} for ${SIZES.killSheets} sheets, all acknowledged`);
  check(killStored === SIZES.killSheets, "kill: stored ≠ number of sheets");
  check(
    killSheets.every((sheet) => stored.get(sheet.student) === 1),
    "kill: a sheet is missing or doubled",
  );

  // Every class sheet once, in its own assignment: the student name says which one.
  const classRows = await queryD1<{ student: string; assignment_id: string; n: number }>(
    root,
    persistTo,
    `SELECT student, assignment_id, COUNT(*) AS n FROM submissions
     WHERE student LIKE 'c-${run}-%' GROUP BY student, assignment_id`,
  );
  const misplaced = classRows.filter((row) => {
    const index = Number(row.student.split("-")[2]);
    return row.n !== 1 || classes.assignmentIds[index] !== row.assignment_id;
  });
  console.log(
    `   classes: stored ${classRows.length} for ${CLASSES.assignments * CLASSES.students} sheets, ${misplaced.length} misplaced or doubled`,
  );
  check(classRows.length === CLASSES.assignments * CLASSES.students, "classes: stored ≠ sheets");
  check(misplaced.length === 0, "classes: a sheet is doubled or in another assignment");

  console.log(`Load tests done in ${Math.round((performance.now() - started) / 1000)} s`);
}

main()
  .catch((error) => {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(async () => {
    clearTimeout(deadline);
    await cleanUp();
    if (failures.length > 0) {
      console.error(`Load tests FAILED:\n- ${failures.join("\n- ")}`);
      process.exit(1);
    }
    console.log("Load tests passed.");
  });
