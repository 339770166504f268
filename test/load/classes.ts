/**
 * @module
 * Classes at once: A assignments of the shipped quiz, S students each handing in a sheet
 * through `/api/join/<code>/submissions`, all within a given time, with the teacher's live view
 * (`/api/assignments/:id/live`) open on the first assignment. Checks that every sheet is
 * acknowledged, that each assignment's results count its own sheets, and that the live view
 * caught up with the last sheet of its class.
 */
import { type Outcome, pool, type Sheet, sendSheet, sleep, summarise } from "./client";

/** The sizes of a run. */
export interface ClassesSizes {
  assignments: number;
  students: number;
  /** Sheets are spread evenly over this many seconds. */
  withinSeconds: number;
  connections: number;
}

/** What the run measured and found. */
export interface ClassesOutcome {
  figures: ReturnType<typeof summarise>;
  /** Assignment id by index: the checks in D1 read them. */
  assignmentIds: string[];
  /** Sheets not answered 201. */
  errors: number;
  /** Assignments whose results count differs from the students who handed in. */
  wrongCounts: number;
  /** The live view's last count, and how long after the last 201 it showed it (ms). */
  live: { lastCount: number; caughtUpMs: number | null; events: number };
}

interface LiveView {
  count: number;
  countAt: number;
  events: number;
  stop: () => void;
}

/** Reads the live stream in the background, noting each `results` event's count and time. */
async function openLiveView(url: string, token: string, id: string): Promise<LiveView> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/assignments/${id}/live`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`live view: ${response.status}`);
  const view: LiveView = { count: -1, countAt: 0, events: 0, stop: () => controller.abort() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!block.includes("event: results") || !data) continue;
          view.count = (JSON.parse(data) as { submissions: number }).submissions;
          view.countAt = performance.now();
          view.events++;
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return view;
}

/**
 * Runs the classes scenario against `url`; `makeSheet` gives each student a marked-up sheet.
 *
 * @example
 * await classesAtOnce(url, token, makeSheet, "run1", { assignments: 30, students: 30,
 *   withinSeconds: 60, connections: 30 });
 */
export async function classesAtOnce(
  url: string,
  token: string,
  makeSheet: (student: string) => Sheet,
  run: string,
  sizes: ClassesSizes,
): Promise<ClassesOutcome> {
  const teacher = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const assignments: { id: string; joinCode: string }[] = [];
  for (let index = 0; index < sizes.assignments; index++) {
    const response = await fetch(`${url}/api/assignments`, {
      method: "POST",
      headers: teacher,
      body: JSON.stringify({
        quizId: "belgique-maroc-dsiti-2016",
        label: `Classe ${index + 1}`,
        feedback: index % 2 === 0 ? "immediate" : "after-close",
      }),
    });
    if (response.status !== 201) throw new Error(`assignment ${index}: ${response.status}`);
    assignments.push((await response.json()) as { id: string; joinCode: string });
  }
  const watched = assignments[0];
  if (!watched) throw new Error("no assignment");
  const live = await openLiveView(url, token, watched.id);

  // Student s of every class, then student s + 1…: the classes hand in side by side.
  const sheets: Sheet[] = [];
  for (let student = 0; student < sizes.students; student++) {
    assignments.forEach(({ joinCode }, index) => {
      const sheet = makeSheet(`c-${run}-${index}-${student}`);
      sheets.push({ ...sheet, path: `/api/join/${joinCode}/submissions` });
    });
  }
  const spacing = (sizes.withinSeconds * 1000) / sheets.length;
  const outcomes: Outcome[] = [];
  let lastWatchedAck = 0;
  const started = performance.now();
  await pool(sheets, sizes.connections, async (sheet, index) => {
    const due = started + index * spacing;
    if (due > performance.now()) await sleep(due - performance.now());
    const outcome = await sendSheet(url, sheet);
    outcomes.push(outcome);
    if (sheet.path?.includes(watched.joinCode) && outcome.status === 201) {
      lastWatchedAck = performance.now();
    }
  });
  const seconds = (performance.now() - started) / 1000;

  // The live view has a second to poll and a moment to send: give it 5 s at most.
  const waitUntil = performance.now() + 5000;
  while (live.count < sizes.students && performance.now() < waitUntil) await sleep(50);
  live.stop();

  let wrongCounts = 0;
  for (const { id } of assignments) {
    const response = await fetch(`${url}/api/assignments/${id}/results?limit=1`, {
      headers: teacher,
    });
    const { submissions } = (await response.json()) as { submissions: number };
    if (submissions !== sizes.students) wrongCounts++;
  }
  return {
    figures: summarise(outcomes, seconds),
    assignmentIds: assignments.map(({ id }) => id),
    errors: outcomes.filter((outcome) => outcome.status !== 201).length,
    wrongCounts,
    live: {
      lastCount: live.count,
      caughtUpMs:
        live.count === sizes.students
          ? Math.round(Math.max(0, live.countAt - lastWatchedAck))
          : null,
      events: live.events,
    },
  };
}
