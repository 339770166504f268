/**
 * @module
 * A quiz's class results in the detail section: copies, mean and median, the bar chart (the
 * server's SVG, shown as a data: image, which the pages' CSP allows), the right-answer rate of
 * each question with its commonest wrong answers, and « Accepter cette réponse ».
 */
import { formatRate } from "../../views/format-rate";
import { succeeded } from "./api-client";
import { byId, clear, element, find, plural } from "./dom";
import { say, sayRefusal } from "./messages";
import type { QuizResults, ReviewedQuestion, TeacherPage } from "./teacher-context";

/** The figures of the statistics boxes: copies, mean and median. */
interface Stats {
  submissions: number;
  meanScore: number | null;
  medianScore: number | null;
  maxScore: number;
}

/** A question's line of the rates tables; `commonWrong` only in a quiz's results. */
interface QuestionRate {
  questionId: string;
  prompt: string;
  correctRate: number | null;
  commonWrong?: { answer: string; count: number }[];
}

const scoreFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** Copies, mean and median into `#<prefix>-submissions`, `-mean` and `-median`. */
export function showStats(prefix: string, results: Stats): void {
  const score = (value: number | null) =>
    value === null ? "—" : `${scoreFormat.format(value)} / ${results.maxScore}`;
  byId(`${prefix}-submissions`).textContent = String(results.submissions);
  byId(`${prefix}-mean`).textContent = score(results.meanScore);
  byId(`${prefix}-median`).textContent = score(results.medianScore);
}

/**
 * One row per question: number, prompt, right-answer rate; with `commonWrongCell`, the
 * commonest wrong answers too (the quiz's results, not a class's).
 */
export function showRates(
  body: HTMLElement,
  questions: readonly QuestionRate[],
  commonWrongCell?: (question: QuestionRate, index: number) => HTMLElement,
): void {
  clear(body);
  questions.forEach((question, index) => {
    const row = element("tr", { "data-question-id": question.questionId });
    row.append(
      element("th", { scope: "row" }, `Q${index + 1}`),
      element("td", {}, question.prompt),
      element("td", { class: "rate" }, formatRate(question.correctRate)),
    );
    if (commonWrongCell) row.append(commonWrongCell(question, index));
    body.append(row);
  });
}

/** Wires the results of the quiz shown; returns what the other parts call. */
export function quizResults(page: TeacherPage) {
  const chartBox = byId("chart-box");
  const ratesBody = find(document, "#rates tbody");

  byId("refresh").addEventListener("click", () => {
    const current = page.detail.current();
    if (current) load(current.id).then(() => say("Résultats actualisés."));
  });

  async function load(id: string): Promise<void> {
    const param = { id };
    const [results, chart] = await Promise.all([
      page.request(() => page.api.quizzes[":id"].results.$get({ param, query: { limit: "1" } })),
      page.request(() => page.api.quizzes[":id"]["results.svg"].$get({ param })),
    ]);
    if (!results || !chart || page.detail.current()?.id !== id) return;
    if (!succeeded(results) || !succeeded(chart)) {
      await sayRefusal(
        "Les résultats n'ont pas pu être chargés",
        succeeded(results) ? chart : results,
      );
      return;
    }
    show(await results.json(), await chart.text());
  }

  function show(results: QuizResults, svg: string): void {
    showStats("stat", results);
    clear(chartBox);
    chartBox.append(
      element("img", {
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        alt:
          results.submissions === 0
            ? "Diagramme en barres vide : aucune copie rendue pour l'instant."
            : "Diagramme en barres des taux de bonnes réponses par question, détaillés dans le tableau qui suit.",
        class: "chart-image",
      }),
    );
    showRates(ratesBody, results.questions, commonWrongCell);
  }

  /** The commonest wrong answers; a short answer's can be accepted from here. */
  function commonWrongCell(stats: QuestionRate, index: number): HTMLElement {
    const cell = element("td", { class: "common-wrong" });
    const wrongs = stats.commonWrong ?? [];
    if (wrongs.length === 0) {
      cell.textContent = "—";
      return cell;
    }
    const review = page.review.current();
    const question = review?.quiz.questions.find((entry) => entry.id === stats.questionId);
    const list = element("ul");
    for (const wrong of wrongs) {
      const item = element("li", {}, `« ${wrong.answer} » (${wrong.count})`);
      if (question?.type === "short_answer" && review && !review.shipped) {
        const button = element(
          "button",
          { type: "button", class: "button button-secondary button-small" },
          "Accepter cette réponse",
        );
        button.append(
          element(
            "span",
            { class: "visually-hidden" },
            ` : « ${wrong.answer} », question ${index + 1}`,
          ),
        );
        button.addEventListener("click", () =>
          acceptAnswer(review.quiz.id, question, wrong.answer),
        );
        item.append(" ", button);
      }
      list.append(item);
    }
    cell.append(list);
    return cell;
  }

  async function acceptAnswer(id: string, question: ReviewedQuestion, answer: string) {
    const regraded = await page.change(() =>
      page.api.quizzes[":id"].questions[":questionId"].accepted.$post({
        param: { id, questionId: question.id },
        json: { answer },
      }),
    );
    if (!regraded) return;
    page.review.show(regraded.quiz);
    await load(id);
    say(
      `Réponse « ${answer} » acceptée : ${plural(regraded.regraded, "copie")} recorrigée(s), ${plural(regraded.changed.sheets, "note")} de copie modifiée(s).`,
    );
  }

  return {
    load,
    reset(): void {
      clear(ratesBody);
      clear(chartBox);
    },
  };
}
