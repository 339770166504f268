/**
 * @module
 * A small hand-made quiz with one question of each type, for tests of the quiz views.
 */
import type { Quiz } from "../../../src/core/quiz/quiz";

const body = "Jan Jambon est ministre. Il était à Rabat mardi.";

export const sampleQuiz: Quiz = {
  id: "sample",
  title: "Exemple",
  language: "fr",
  article: {
    title: "Un ministre à Rabat",
    caption: "Jan Jambon.",
    published: "2016-03-01T13:33",
    paragraphs: [body],
  },
  questions: [
    {
      id: "q1",
      type: "short_answer",
      kind: "person",
      prompt: "Qui est ministre ?",
      answer: "Jan Jambon",
      accepted: ["Jan Jambon", "Jambon"],
      rejected: ["Charles Michel"],
      evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
    },
    {
      id: "q2",
      type: "single_choice",
      kind: "place",
      prompt: "Où était-il mardi ?",
      options: [
        { id: "a", text: "Bruxelles" },
        { id: "b", text: "Rabat" },
        { id: "c", text: "Paris" },
      ],
      answer: "b",
      evidence: { text: "Il était à Rabat mardi.", start: 25, end: 48 },
    },
    {
      id: "q3",
      type: "true_false",
      kind: "phrase",
      prompt: "Jan Jambon est ministre.",
      answer: true,
      evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
    },
  ],
};
