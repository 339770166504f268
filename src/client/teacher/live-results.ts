/**
 * @module
 * An assignment's results, live: the server-sent events of GET /api/assignments/:id/live, read
 * with fetch through the typed client (reconnecting as EventSource would), shown as they
 * come: copies, mean and median, the latest sheets, each question's rate and the class sheet.
 */
import { dateTime } from "./assignments";
import { byId, clear, element, find } from "./dom";
import { showRates, showStats } from "./quiz-results";
import type { AssignmentResults, TeacherPage } from "./teacher-context";

/** How long to wait before following again a stream that ended or dropped, as EventSource. */
const RECONNECT_MS = 1000;

/** Wires the live part of the assignment panel. */
export function liveResults(
  page: TeacherPage,
  assignment: () => { gone(): void; showClosed(closed: boolean): void },
) {
  const state = byId("live-state");
  const recent = byId("live-recent");
  const rates = find(document, "#live-rates tbody");
  const sheetHead = find(document, "#class-sheet thead");
  const sheetBody = find(document, "#class-sheet tbody");
  /** The assignment followed and its stream's controller. */
  let following: { id: string; controller: AbortController } | null = null;

  function stop(): void {
    following?.controller.abort();
    following = null;
  }

  /** Follows an assignment's stream, and again a second after it ends or drops. */
  async function follow(id: string): Promise<void> {
    const controller = new AbortController();
    following = { id, controller };
    state.textContent = "· connexion…";
    try {
      const response = await page.api.assignments[":id"].live.$get(
        { param: { id } },
        { headers: { Accept: "text/event-stream" }, init: { signal: controller.signal } },
      );
      if (response.status === 401) {
        page.signOut();
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      state.textContent = "· en direct";
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          onEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      if (controller.signal.aborted) return;
    }
    if (controller.signal.aborted || following?.controller !== controller) return;
    state.textContent = "· reconnexion…";
    window.setTimeout(() => {
      if (following?.controller === controller) follow(id);
    }, RECONNECT_MS);
  }

  /** One event of the stream: `results` (the figures) or `deleted`. */
  function onEvent(block: string): void {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (event === "deleted") {
      assignment().gone();
      return;
    }
    if (event !== "results" || data.length === 0) return;
    let results: AssignmentResults;
    try {
      results = JSON.parse(data.join("\n"));
    } catch {
      // A garbled event: the next one brings the figures again.
      return;
    }
    show(results);
  }

  function show(results: AssignmentResults): void {
    showStats("live", results);
    byId("assignment-state").setAttribute("data-closed", String(results.closed));
    assignment().showClosed(results.closed);
    clear(recent);
    for (const sheet of results.recent) {
      recent.append(
        element(
          "li",
          {},
          `${sheet.student ?? "Anonyme"} · ${sheet.score} / ${sheet.maxScore} · ${dateTime.format(new Date(sheet.createdAt))}`,
        ),
      );
    }
    if (results.recent.length === 0) {
      recent.append(element("li", {}, "Aucune copie pour l'instant."));
    }
    showRates(rates, results.questions);
    showClassSheet(results);
  }

  /** One row per student, sorted by name (as the server sends them): the class sheet. */
  function showClassSheet(results: AssignmentResults): void {
    clear(sheetHead);
    clear(sheetBody);
    const header = element("tr");
    header.append(
      element("th", { scope: "col" }, "Élève"),
      element("th", { scope: "col" }, "Note"),
    );
    results.questions.forEach((question, index) => {
      header.append(element("th", { scope: "col", title: question.prompt }, `Q${index + 1}`));
    });
    header.append(element("th", { scope: "col" }, "Rendu"));
    sheetHead.append(header);
    for (const student of results.students) {
      const row = element("tr");
      row.append(
        element("th", { scope: "row" }, student.name),
        element("td", { class: "rate" }, `${student.score} / ${student.maxScore}`),
      );
      for (const mark of student.marks) {
        const cell = element("td", { class: mark.correct ? "mark-right" : "mark-wrong" });
        cell.append(
          element("span", { "aria-hidden": "true" }, mark.correct ? "✓" : "✗"),
          element("span", { class: "visually-hidden" }, mark.correct ? "juste" : "faux"),
        );
        row.append(cell);
      }
      row.append(element("td", {}, dateTime.format(new Date(student.submittedAt))));
      sheetBody.append(row);
    }
  }

  return {
    follow,
    stop,
    /** Empties the figures of the assignment shown before. */
    clear(): void {
      clear(recent);
      clear(rates);
      clear(sheetHead);
      clear(sheetBody);
    },
  };
}
