import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Person } from "../../../src/core/french/entities";
import { answerForms } from "../../../src/core/generator/answer-forms";
import { buildQuestion } from "../../../src/core/generator/build-question";
import type { Candidate, CandidateAnswer } from "../../../src/core/generator/candidate";

// A council vote with five people, so that a person keeps three distractors when the prompt
// names one of the others.
const analysis = analyseArticle(
  parseArticle(
    [
      "Nantes : le budget voté",
      "La maire de Nantes, Johanna Rolland, a présenté le budget lundi 3 octobre. Le conseil a voté le projet par 45 voix contre 12. Mme Zoé Martin, Mme Élise Morin, M. Paul Durand et M. Bertrand Affilé ont voté pour.",
      "Le 03/10/2022 à 21h00",
    ].join("\n\n"),
  ),
);
const [first, second] = analysis.sentences;
if (!first || !second) throw new Error("the article has two sentences");

function person(name: string): Person {
  const found = analysis.people.find((p) => p.name === name);
  if (!found) throw new Error(`no person ${name}`);
  return found;
}

function candidate(answer: CandidateAnswer, choice: boolean, sentence = first): Candidate {
  return {
    template: "test",
    prompt: "Qui a présenté le budget ?",
    answer,
    sentence: sentence ?? { text: "", start: 0, end: 0 },
    reliability: 0.9,
    topic: "test",
    choice,
  };
}

function build(answer: CandidateAnswer, choice: boolean, id = "q1") {
  return buildQuestion(candidate(answer, choice), answerForms(answer, analysis), analysis, id);
}

describe("buildQuestion", () => {
  it("offers a person among the others, sorted alphabetically, with the right id on the right text", () => {
    const question = build({ kind: "person", person: person("Johanna Rolland") }, true, "q4");
    expect(question.type).toBe("single_choice");
    if (question.type !== "single_choice") return;
    expect(question.id).toBe("q4");
    expect(question.kind).toBe("person");
    expect(question.options).toEqual([
      { id: "a", text: "Élise Morin" },
      { id: "b", text: "Johanna Rolland" },
      { id: "c", text: "Paul Durand" },
      { id: "d", text: "Zoé Martin" },
    ]);
    expect(question.answer).toBe("b");
  });

  it("puts the right option wherever the alphabet puts it, whoever is asked", () => {
    for (const someone of analysis.people) {
      const question = build({ kind: "person", person: someone }, true);
      if (question.type !== "single_choice") throw new Error("expected a choice question");
      const right = question.options.find((option) => option.id === question.answer);
      expect(right?.text).toBe(someone.name);
      const texts = question.options.map((option) => option.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("leaves out a wrong option that the prompt itself names", () => {
    const answer: CandidateAnswer = { kind: "person", person: person("Johanna Rolland") };
    const named = {
      ...candidate(answer, true),
      prompt: "Qui a présenté le budget avant Zoé Martin ?",
    };
    const question = buildQuestion(named, answerForms(answer, analysis), analysis, "q1");
    if (question.type !== "single_choice") throw new Error("expected a choice question");
    expect(question.options.map((option) => option.text)).not.toContain("Zoé Martin");
    expect(question.options.map((option) => option.text)).toContain("Johanna Rolland");
  });

  it("asks an open question when fewer than three wrong options are left", () => {
    const answer: CandidateAnswer = { kind: "person", person: person("Johanna Rolland") };
    const named = {
      ...candidate(answer, true),
      prompt: "Qui a présenté le budget avant Zoé Martin et Paul Durand ?",
    };
    const question = buildQuestion(named, answerForms(answer, analysis), analysis, "q1");
    expect(question.type).toBe("short_answer");
  });

  it("gives the sentence that justifies the answer as evidence", () => {
    const question = build({ kind: "person", person: person("Johanna Rolland") }, true);
    expect(question.evidence).toEqual({ text: first.text, start: first.start, end: first.end });
    expect(analysis.body.slice(question.evidence.start, question.evidence.end)).toBe(
      question.evidence.text,
    );
    expect(question.prompt).toBe("Qui a présenté le budget ?");
  });

  it("asks for a short answer, with accepted and rejected forms, when choice is not allowed", () => {
    const question = build({ kind: "person", person: person("Johanna Rolland") }, false);
    expect(question).toMatchObject({
      type: "short_answer",
      kind: "person",
      answer: "Johanna Rolland",
      accepted: ["Johanna Rolland", "Rolland"],
    });
    if (question.type !== "short_answer") return;
    expect(question.rejected).toContain("Zoé Martin");
    expect(question).not.toHaveProperty("date");
    expect(question).not.toHaveProperty("value");
  });

  it("asks for a short answer when fewer than two distractors exist", () => {
    // A date has no distractors; a place alone in its article has none either.
    const [date] = analysis.dates;
    if (!date) throw new Error("no date");
    const question = build({ kind: "date", date }, true);
    expect(question).toMatchObject({
      type: "short_answer",
      kind: "date",
      answer: "lundi 3 octobre",
      date: "2022-10-03",
    });
    const nantes = analysis.places.find((place) => place.name === "Nantes");
    if (!nantes) throw new Error("no Nantes");
    // Built-in cities make up for the article's lack of other places.
    expect(build({ kind: "place", place: nantes }, true).type).toBe("single_choice");
  });

  it("asks for a short answer about a person when the article names only one other", () => {
    const duo = analyseArticle(
      parseArticle(
        "Procès\n\nLa présidente du tribunal, Hélène Marchand, a condamné Gérard Poulain à deux ans de prison.",
      ),
    );
    const [judge] = duo.people;
    if (!judge) throw new Error("no person");
    expect(duo.people).toHaveLength(2);
    const answer: CandidateAnswer = { kind: "person", person: judge };
    const question = buildQuestion(
      candidate(answer, true, duo.sentences[0]),
      answerForms(answer, duo),
      duo,
      "q1",
    );
    expect(question).toMatchObject({ type: "short_answer", answer: "Hélène Marchand" });
  });

  it("keeps the value of a number answer given as a short answer", () => {
    const quantity = analysis.quantities.find((q) => q.unit === "voix");
    if (!quantity) throw new Error("no quantity");
    const question = build({ kind: "number", quantity }, false);
    expect(question).toMatchObject({ type: "short_answer", answer: "45 voix", value: 45 });
  });

  it("offers nearby numbers for a number answer given as a choice", () => {
    const quantity = analysis.quantities.find((q) => q.unit === "voix");
    if (!quantity) throw new Error("no quantity");
    const question = build({ kind: "number", quantity }, true);
    if (question.type !== "single_choice") throw new Error("expected a choice question");
    expect(question.options.find((o) => o.id === question.answer)?.text).toBe("45 voix");
    expect(question.options).toHaveLength(4);
  });

  it("turns a statement into a true/false question", () => {
    const question = build({ kind: "truth", value: false }, false);
    expect(question).toMatchObject({ type: "true_false", kind: "phrase", answer: false });
    expect(build({ kind: "truth", value: true }, true)).toMatchObject({
      type: "true_false",
      answer: true,
    });
  });
});

describe("buildQuestion on a gap after an elision", () => {
  it("offers only places that read after `d'` (a vowel sound), and none after `de`", () => {
    const algeria = analyseArticle(
      parseArticle(
        [
          "Oran : une station de dessalement",
          "La station d'Oran alimentera la ville. Le ministre s'est ensuite rendu à Alger, à Annaba, à Constantine, à Blida et à Tlemcen.",
        ].join("\n\n"),
      ),
    );
    const oran = algeria.places.find((place) => place.name === "Oran");
    const [sentence] = algeria.sentences;
    if (!oran || !sentence) throw new Error("the article names Oran");
    const gap: Candidate = {
      template: "gap-fill",
      prompt: "Complétez : « La station d'…… alimentera la ville. »",
      answer: { kind: "place", place: oran },
      sentence,
      reliability: 0.5,
      topic: "test",
      choice: true,
    };
    const question = buildQuestion(gap, answerForms(gap.answer, algeria), algeria, "q1");
    const texts = question.type === "single_choice" ? question.options.map((o) => o.text) : [];
    expect(texts.length === 0 || texts.every((text) => /^[AEIOUÉ]/u.test(text))).toBe(true);
    expect(texts).not.toContain("Constantine");
  });

  it("offers no total as small as the part before it (`1 800 des quelque …… ouvriers`)", () => {
    const story = analyseArticle(
      parseArticle(
        [
          "Grève aux plantations",
          "Depuis jeudi, près de 1 800 des quelque 2 600 ouvriers des plantations observent un arrêt de travail.",
        ].join("\n\n"),
      ),
    );
    const quantity = story.quantities.find((q) => q.value === 2600);
    if (!quantity || !story.sentences[0]) throw new Error("no total");
    const gap: Candidate = {
      template: "gap-fill",
      prompt:
        "Complétez : « Depuis jeudi, près de 1 800 des quelque …… observent un arrêt de travail. »",
      answer: { kind: "number", quantity },
      sentence: story.sentences[0],
      reliability: 0.5,
      topic: "gap",
      choice: true,
    };
    const question = buildQuestion(gap, answerForms(gap.answer, story), story, "q1");
    const options = question.type === "single_choice" ? question.options.map((o) => o.text) : [];
    for (const option of options) {
      expect(Number(option.replace(/\D/gu, "")), option).toBeGreaterThan(1800);
    }
  });
});
