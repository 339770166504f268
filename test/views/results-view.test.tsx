import { describe, expect, it } from "vitest";
import { markSheet } from "../../src/core/marking/mark-sheet";
import { toStudentView } from "../../src/core/quiz/to-student-view";
import { describeGiven, ResultsView } from "../../src/views/results-view";
import { sampleQuiz } from "../core/quiz/sample-quiz";

const quiz = toStudentView(sampleQuiz);
const [shortAnswer, singleChoice, trueFalse] = quiz.questions as [
  (typeof quiz.questions)[number],
  (typeof quiz.questions)[number],
  (typeof quiz.questions)[number],
];

describe("describeGiven", () => {
  it("shows answers as the student saw them", () => {
    expect(describeGiven(shortAnswer, "jambon")).toBe("jambon");
    expect(describeGiven(singleChoice, "b")).toBe("Rabat");
    expect(describeGiven(trueFalse, false)).toBe("Faux");
    expect(describeGiven(trueFalse, "vrai")).toBe("Vrai");
  });

  it("says nothing for unanswered questions", () => {
    expect(describeGiven(shortAnswer, null)).toBeUndefined();
    expect(describeGiven(shortAnswer, " ")).toBeUndefined();
  });
});

describe("ResultsView", () => {
  it("shows the score, each verdict, expected answers for wrong ones and evidence links", async () => {
    const sheet = markSheet(sampleQuiz, { q1: "Jambon", q2: "a" });
    const html = String(await (<ResultsView quiz={quiz} sheet={sheet} />).toString());
    expect(html).toContain('<p class="score">1 / 3</p>');
    expect(html).toContain('<li class="result result-right" id="result-q1">');
    expect(html).toContain('<li class="result result-wrong" id="result-q2">');
    expect(html).toContain("✓</span> Juste");
    expect(html).toContain("✗</span> Faux");
    expect(html).toContain('Réponse attendue : <span class="answer-text">Rabat</span>');
    expect(html).toContain('<span class="answer-text answer-none">sans réponse</span>');
    expect(html).toContain('<a href="#evidence-q2">Voir dans l&#39;article');
    expect(html).toContain('<a class="button" href="/quizzes/sample">Recommencer</a>');
    // Right answers need no correction.
    expect(html.match(/Réponse attendue/g)).toHaveLength(2);
  });

  it("shows the right spelling beside a near miss accepted, and only then", async () => {
    const nearMiss = markSheet(sampleQuiz, { q1: "Jan Jambom" });
    const html = String(await (<ResultsView quiz={quiz} sheet={nearMiss} />).toString());
    expect(html).toContain('<li class="result result-right" id="result-q1">');
    expect(html).toContain(
      '<p class="result-spelling">Accepté — orthographe : <span class="answer-text">Jan Jambon</span></p>',
    );
    const written = markSheet(sampleQuiz, { q1: "M. Jambon" });
    const plain = String(await (<ResultsView quiz={quiz} sheet={written} />).toString());
    expect(plain).toContain('<li class="result result-right" id="result-q1">');
    expect(plain).not.toContain("result-spelling");
  });
});
