import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { generateQuiz } from "../../../src/core/generator/generate-quiz";
import seedText from "../../../src/content/seed-article.fr.txt";

describe("generateQuiz on the seed", () => {
  const quiz = generateQuiz(parseArticle(seedText), { id: "seed" });

  it("dumps", () => {
    for (const q of quiz.questions) {
      const answer = q.type === "single_choice" ? `${q.options.map((o) => o.text).join(" | ")} => ${q.answer}` : q.type === "short_answer" ? `${q.answer} [${q.accepted.join(" / ")}]` : q.answer;
      console.log(`${q.id} ${q.type} ${q.kind}: ${q.prompt} -> ${answer}`);
    }
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
  });
});
