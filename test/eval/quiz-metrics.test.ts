import { describe, expect, it } from "vitest";
import { evidenceOf, shortAnswer, singleChoice, trueFalse } from "./question-fixtures";
import {
  copiedTrueStatements,
  crowdedSentences,
  giveAways,
  questionForm,
  quizMetrics,
  repeatedAnswers,
  sentenceTells,
} from "./quiz-metrics";

describe("questionForm", () => {
  it("classifies from the prompt's first words", () => {
    const form = (prompt: string) => questionForm({ type: "short_answer", prompt });
    expect(form("Qui a signé l'accord ?")).toBe("who");
    expect(form("Qui est le ministre de la Santé ?")).toBe("role");
    expect(form("Quelle fonction occupe Jean Dupont ?")).toBe("role");
    expect(form("Que signifie le sigle ONU ?")).toBe("acronym");
    expect(form("Qu'a annoncé le gouvernement ?")).toBe("what");
    expect(form("Quel jour la station a-t-elle ouvert ?")).toBe("when");
    expect(form("En quelle année le club a-t-il été fondé ?")).toBe("when");
    expect(form("Où le sommet s'est-il tenu ?")).toBe("where");
    expect(form("Dans quelle ville le sommet s'est-il tenu ?")).toBe("where");
    expect(form("Combien de salariés l'usine emploie-t-elle ?")).toBe("how many");
    expect(form("Pourquoi la route est-elle fermée ?")).toBe("why");
    expect(form("Complétez : « Le maire …… a parlé. »")).toBe("gap-fill");
    expect(form("Le maire a parlé ?")).toBe("other");
    expect(questionForm({ type: "true_false", prompt: "Qui a signé ?" })).toBe("true-false");
  });
});

describe("quiz-level measures", () => {
  const sentence = "Le ministre Kamel Bensalem a inauguré mardi à Oran une station de 12 pompes.";
  const other = "La station alimentera 1,2 million d'habitants.";

  it("giveAways: an answer standing in another prompt or statement, not a bare small number", () => {
    const quiz = [
      shortAnswer("q1", "Qui a inauguré la station ?", "Kamel Bensalem", sentence, {
        accepted: ["Bensalem"],
      }),
      trueFalse("q2", "Bensalem a inauguré la station.", true, sentence),
      shortAnswer("q3", "Combien de pompes compte la station ?", "12", sentence),
      shortAnswer("q4", "Où la station de 12 pompes a-t-elle été inaugurée ?", "Oran", sentence),
    ];
    expect(giveAways(quiz).map((finding) => finding.questionId)).toEqual(["q1"]);
    expect(giveAways(quiz.slice(2))).toEqual([]);
  });

  it("sentenceTells: a prompt on the same sentence holding a word of a phrase answer", () => {
    const match =
      "Les Olympiens ont égalisé grâce à un penalty transformé par leur capitaine, Rodrigue Ngaïkoura.";
    const why = shortAnswer(
      "q1",
      "Grâce à quoi les Olympiens ont-ils égalisé ?",
      "grâce à un penalty transformé par leur capitaine",
      match,
    );
    const who = shortAnswer("q2", "Qui a transformé le penalty ?", "Rodrigue Ngaïkoura", match, {
      kind: "person",
    });
    const elsewhere = { ...who, evidence: evidenceOf(other, match.length + 1) };
    expect(sentenceTells([why, who]).map((finding) => finding.questionId)).toEqual(["q1"]);
    expect(sentenceTells([why, elsewhere])).toEqual([]);
  });

  it("giveAways: a count given by its next ordinal in another prompt (`8 classes`, `une 9e classe`)", () => {
    const school = "L'école accueille 8 classes. Une 9e classe est envisagée.";
    const quiz = [
      shortAnswer("q1", "Combien de classes l'école accueille-t-elle ?", "8 classes", school),
      shortAnswer("q2", "Qui a dit qu'une 9e classe est envisagée ?", "Paul Riou", school),
    ];
    expect(giveAways(quiz).map((finding) => finding.questionId)).toEqual(["q1"]);
    expect(giveAways(quiz.slice(0, 1))).toEqual([]);
  });

  it("giveAways: a count another prompt writes in words (`quatre-vingt-cinq personnes`)", () => {
    const sentence = "Marévia emploie quatre-vingt-cinq (85) personnes et en embauchera 150.";
    const quiz = [
      shortAnswer("q1", "Combien de personnes Marévia emploie-t-elle ?", "85 personnes", sentence, {
        kind: "number",
      }),
      shortAnswer(
        "q2",
        "Complétez : « Marévia, qui emploie quatre-vingt-cinq personnes, en embauchera …… »",
        "150",
        sentence,
        { kind: "number" },
      ),
    ];
    expect(giveAways(quiz).map((finding) => finding.questionId)).toEqual(["q1"]);
  });

  it("repeatedAnswers: the same answer asked twice, by any accepted form", () => {
    const quiz = [
      shortAnswer("q1", "Qui a inauguré la station ?", "Kamel Bensalem", sentence, {
        accepted: ["Bensalem"],
      }),
      singleChoice("q2", "Qui est le ministre ?", ["Bensalem", "Ali Saïdi", "Omar Tazi"], sentence),
      shortAnswer("q3", "Où ?", "Oran", sentence),
    ];
    expect(repeatedAnswers(quiz).map((finding) => finding.questionId)).toEqual(["q2"]);
    expect(repeatedAnswers([quiz[0], quiz[2]].filter((q) => q !== undefined))).toEqual([]);
  });

  it("crowdedSentences: each question beyond 2 from one sentence", () => {
    const quiz = ["q1", "q2", "q3", "q4"].map((id) => shortAnswer(id, "Qui ?", id, sentence));
    expect(crowdedSentences(quiz).map((finding) => finding.questionId)).toEqual(["q3", "q4"]);
    expect(crowdedSentences(quiz.slice(0, 2))).toEqual([]);
  });

  it("copiedTrueStatements: keyed true and word for word the article", () => {
    const body = `${sentence}\n\n${other}`;
    const start = body.indexOf(other);
    expect(
      copiedTrueStatements([trueFalse("q1", other, true, other, start)], body).map(
        (f) => f.questionId,
      ),
    ).toEqual(["q1"]);
    expect(copiedTrueStatements([trueFalse("q1", other, false, other, start)], body)).toEqual([]);
    expect(
      copiedTrueStatements(
        [trueFalse("q1", "Kamel Bensalem est le ministre de l'Hydraulique.", true, sentence)],
        body,
      ),
    ).toEqual([]);
  });

  it("quizMetrics: counts forms and gap-fills", () => {
    const metrics = quizMetrics(
      [
        shortAnswer("q1", "Qui a inauguré la station ?", "Kamel Bensalem", sentence),
        shortAnswer("q2", "Complétez : « … à …… une station … »", "Oran", sentence),
        trueFalse("q3", "La station alimentera deux millions d'habitants.", false, other),
      ],
      `${sentence}\n\n${other}`,
    );
    expect(metrics.questions).toBe(3);
    expect(metrics.gapFills).toBe(1);
    expect(metrics.byForm).toMatchObject({ who: 1, "gap-fill": 1, "true-false": 1, what: 0 });
  });
});
