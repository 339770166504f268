/**
 * @module
 * How every edit of a created quiz is stored: load, apply, refuse what would change what
 * students already saw, regrade the stored sheets after a key edit, store the new revision in
 * one batch, and retry when another edit or a new sheet got there first.
 */
import type { Context } from "hono";
import { toKeyView } from "../core/quiz/to-key-view";
import type { QuizDraft } from "../core/review/quiz-draft";
import { type Regrade, regradeSheets } from "../core/review/regrade";
import {
  changesTheKey,
  changesWhatStudentsSaw,
  type ReviewRefusal,
  type ReviewResult,
} from "../core/review/review-quiz";
import { sameValue } from "../core/review/same-value";
import { invalidInput, type ProblemResponse, problem } from "../problem";
import type { ReviewedQuiz } from "../quiz-catalog";
import { commitRevision, RevisionConflict } from "../storage/quiz-revision-store";
import { loadStoredQuiz, type StoredQuiz } from "../storage/quiz-store";
import { loadSheets } from "../storage/regrade-store";
import { countSubmissions } from "../storage/submission-store";

const NO_REGRADE: Regrade = { regraded: 0, changes: [], changedMarks: 0 };

/** How many times an edit is tried again after losing a race with another edit or a sheet. */
const ATTEMPTS = 3;

/**
 * The quiz as the review routes answer it: the key view, plus whether students can see it and
 * its revision number.
 *
 * @example
 * c.json(reviewView(stored)); // { id, title, …, questions: [...], published: false, revision: 3 }
 */
export function reviewView(stored: Pick<StoredQuiz, "quiz" | "published" | "revision">) {
  return { ...toKeyView(stored.quiz), published: stored.published, revision: stored.revision };
}

/** What a stored edit gives the route: the new version, and the regrade when there was one. */
export interface Revised {
  stored: StoredQuiz;
  regrade: Regrade;
}

/** Path to copy a quiz, for the messages that send the teacher there. */
function copyPath(id: string): string {
  return `POST /api/quizzes/${id}/copy`;
}

/**
 * Refuses an edit of a shipped quiz (409), pointing to the copy.
 *
 * @example
 * if (reviewed.shipped) return shippedQuizRefusal(c, reviewed.quiz.id);
 */
export function shippedQuizRefusal(c: Context, id: string): ProblemResponse {
  return problem(c, {
    type: "/problems/shipped-quiz",
    title: "Shipped quizzes cannot be edited",
    status: 409,
    detail: `"${id}" ships with Ardoise and cannot be changed. Copy it with ${copyPath(id)} (a new draft with the same questions) and edit the copy.`,
  });
}

function refusal(c: Context, quizId: string, refused: ReviewRefusal): ProblemResponse {
  switch (refused.kind) {
    case "unknown-question":
      return problem(c, {
        type: "/problems/question-not-found",
        title: "Question not found",
        status: 404,
        detail: `Quiz "${quizId}" has no question "${refused.id}"; GET /api/quizzes/${quizId}/key lists them.`,
      });
    case "unknown-alternative":
      return invalidInput(c, [
        {
          path: "alternativeId",
          message: `There is no alternative "${refused.id}" (it may have been used already); GET /api/quizzes/${quizId}/alternatives lists them.`,
        },
      ]);
    case "not-short-answer":
      return invalidInput(c, [
        {
          path: "answer",
          message: `${refused.id} is not a short-answer question: only those have accepted forms. Change which answer is right with PATCH /api/quizzes/${quizId}/questions/${refused.id} { answer }.`,
        },
      ]);
    case "invalid":
      return invalidInput(c, refused.errors);
  }
}

/**
 * Applies `edit` to the stored quiz and stores the result as a new revision (with its regrade),
 * or answers the refusal: 404/400 from the edit, 409 when students have answered and the edit
 * changes what they saw, 409 when other edits kept winning the race.
 *
 * @example
 * const revised = await reviseQuiz(c, reviewed, (draft) => deleteQuestion(draft, "q3"));
 * if (revised instanceof Response) return revised;
 * return c.json(reviewView(revised.stored));
 */
export async function reviseQuiz<E extends { Bindings: Env }>(
  c: Context<E>,
  reviewed: ReviewedQuiz,
  edit: (draft: QuizDraft) => ReviewResult,
): Promise<ProblemResponse | Revised> {
  const db = c.env.DB;
  const id = reviewed.quiz.id;
  if (reviewed.shipped) return shippedQuizRefusal(c, id);
  let base: StoredQuiz | undefined = reviewed;
  for (let attempt = 0; attempt < ATTEMPTS && base; attempt++) {
    const result = edit(base);
    if ("refused" in result) return refusal(c, id, result.refused);
    const { draft: next, change } = result;
    // Nothing to change (the answer was accepted already…): no revision, no regrade.
    if (sameValue({ ...next, revision: 0 }, { ...base, revision: 0 })) {
      return { stored: base, regrade: NO_REGRADE };
    }
    let sheets = await countSubmissions(db, id);
    if (sheets > 0 && changesWhatStudentsSaw(base, next)) {
      return answeredQuizRefusal(c, id, sheets);
    }
    let regrade = NO_REGRADE;
    if (sheets > 0 && changesTheKey(base, next)) {
      const stored = await loadSheets(db, id);
      sheets = stored.length;
      regrade = regradeSheets(next.quiz, stored);
    }
    try {
      const at = new Date().toISOString();
      const revision = await commitRevision(db, {
        quizId: id,
        base,
        next,
        change,
        sheets,
        ...(regrade.regraded > 0 ? { regrade } : {}),
        at,
      });
      return { stored: { ...next, revision }, regrade };
    } catch (error) {
      if (!(error instanceof RevisionConflict)) throw error;
      base = await loadStoredQuiz(db, id);
    }
  }
  if (!base) {
    return problem(c, {
      type: "/problems/quiz-not-found",
      title: "Quiz not found",
      status: 404,
      detail: `Quiz "${id}" was deleted while this change was being made.`,
    });
  }
  return problem(c, {
    type: "/problems/edit-conflict",
    title: "The quiz is being changed elsewhere",
    status: 409,
    detail:
      "Other changes to this quiz, or new answer sheets, kept arriving while this one was being stored; nothing was changed. Load the quiz again and retry.",
  });
}

function answeredQuizRefusal(c: Context, id: string, sheets: number): ProblemResponse {
  const students = sheets === 1 ? "A student has" : `${sheets} students have`;
  return problem(c, {
    type: "/problems/quiz-answered",
    title: "Students have answered this quiz",
    status: 409,
    detail: `${students} already answered this quiz, so what they saw (prompts, options, types, order and set of questions) stays as it was; only the key (answer, accepted forms) can change, and changing it regrades their sheets. To change the rest, copy the quiz with ${copyPath(id)} and edit the copy.`,
  });
}
