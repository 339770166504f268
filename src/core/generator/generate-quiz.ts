/**
 * @module
 * TEMPORARY STUB — being replaced by the real generator (owned by the lead developer).
 */
import type { Article } from "../article/article";
import type { Quiz } from "../quiz/quiz";

export interface GenerateQuizOptions {
  id: string;
  title?: string;
  questionCount?: number;
}

export function generateQuiz(article: Article, options: GenerateQuizOptions): Quiz {
  const body = article.paragraphs.join("\n\n");
  const end = body.indexOf(".") + 1;
  return {
    id: options.id,
    title: options.title ?? article.title,
    language: "fr",
    article,
    questions: [
      {
        id: "q1",
        type: "short_answer",
        kind: "phrase",
        prompt: "Stub question ?",
        answer: body.slice(0, 5),
        accepted: [body.slice(0, 5)],
        rejected: [],
        evidence: { text: body.slice(0, end), start: 0, end },
      },
    ],
  };
}
