/**
 * @module
 * The history of a quiz's changes (« Historique »): who changed what, when, and the sheets
 * regraded by it.
 */
import type { InferResponseType } from "hono/client";
import type { Api } from "./api-client";
import { byId, clear, element, plural } from "./dom";
import type { TeacherPage } from "./teacher-context";

type Revision = InferResponseType<
  Api["quizzes"][":id"]["revisions"]["$get"],
  200
>["revisions"][number];

/** The changes' names, in French. */
const ACTIONS: Record<string, string> = {
  create: "Quiz créé",
  copy: "Quiz copié",
  edit: "Question modifiée",
  delete: "Question supprimée",
  add: "Question ajoutée",
  move: "Ordre des questions changé",
  swap: "Question remplacée par une autre proposition",
  accept: "Réponse acceptée",
  publish: "Quiz publié",
};

const when = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium" });

/** Wires the history; `load` fills it for a quiz (the one still under review). */
export function quizHistory(page: TeacherPage) {
  return {
    async load(id: string): Promise<void> {
      const response = await page.request(() =>
        page.api.quizzes[":id"].revisions.$get({ param: { id } }),
      );
      if (!response?.ok || page.review.current()?.quiz.id !== id) return;
      const { revisions } = await response.json();
      const list = byId("history-list");
      clear(list);
      if (revisions.length === 0) {
        list.append(element("li", {}, "Aucune modification enregistrée."));
      }
      for (const entry of revisions) {
        const item = element("li");
        const what = `${ACTIONS[entry.action] ?? entry.action}${entry.questionId ? ` (${entry.questionId})` : ""}`;
        item.append(element("strong", {}, `${when.format(new Date(entry.at))} · ${what}`));
        const changes = describeChange(entry);
        if (changes.length > 0) {
          const details = element("ul");
          for (const change of changes) details.append(element("li", {}, change));
          item.append(details);
        }
        list.append(item);
      }
    },
  };
}

/** What a change did, a line per thing changed. */
function describeChange(entry: Revision): string[] {
  const lines: string[] = [];
  // The stored before and after are JSON of a question (or of a swap); read loosely.
  const before = entry.before as QuestionLike | null | undefined;
  const after = entry.after as (QuestionLike & { question?: QuestionLike }) | null | undefined;
  const regrade = entry.regrade as { regraded: number; changedMarks: number } | null | undefined;
  if (entry.action === "edit" || entry.action === "accept") {
    if (before?.prompt !== after?.prompt) {
      lines.push(`Énoncé : « ${before?.prompt} » → « ${after?.prompt} »`);
    }
    if (JSON.stringify(before?.answer) !== JSON.stringify(after?.answer)) {
      lines.push(`Réponse : ${JSON.stringify(before?.answer)} → ${JSON.stringify(after?.answer)}`);
    }
    if (JSON.stringify(before?.accepted) !== JSON.stringify(after?.accepted)) {
      lines.push(`Formes acceptées : ${(after?.accepted ?? []).join(" ; ")}`);
    }
  } else if (entry.action === "swap") {
    lines.push(`Avant : « ${before?.prompt} » — après : « ${after?.question?.prompt} »`);
  } else if (entry.action === "delete") {
    lines.push(`« ${before?.prompt} »`);
  } else if (entry.action === "add") {
    lines.push(`« ${after?.prompt} »`);
  }
  if (regrade) {
    lines.push(
      `${plural(regrade.regraded, "copie")} recorrigée(s), ${plural(regrade.changedMarks, "note")} modifiée(s).`,
    );
  }
  return lines;
}

/** The fields of a question a change may show. */
interface QuestionLike {
  prompt?: string;
  answer?: unknown;
  accepted?: string[];
}
