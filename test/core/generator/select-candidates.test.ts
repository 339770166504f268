import { describe, expect, it } from "vitest";
import type { Candidate, CandidateAnswer } from "../../../src/core/generator/candidate";
import {
  type RankedCandidate,
  selectCandidates,
} from "../../../src/core/generator/select-candidates";

interface Options {
  forms?: string[];
  template?: string;
  reliability?: number;
  topic?: string;
  answerKey?: string;
  sentenceStart?: number;
  answer?: CandidateAnswer;
}

let counter = 0;

function ranked(prompt: string, options: Options = {}): RankedCandidate {
  counter += 1;
  const start = options.sentenceStart ?? counter * 100;
  const candidate: Candidate = {
    template: options.template ?? "agent",
    prompt,
    answer: options.answer ?? { kind: "phrase", text: prompt },
    sentence: { text: "Phrase.", start, end: start + 7 },
    reliability: options.reliability ?? 0.8,
    topic: options.topic ?? `topic:${prompt}`,
    choice: false,
  };
  return {
    candidate,
    answerKey: options.answerKey ?? `phrase:${prompt}`,
    ...(options.forms ? { forms: options.forms } : {}),
  };
}

function prompts(selected: RankedCandidate[]): string[] {
  return selected.map((item) => item.candidate.prompt);
}

const truth: CandidateAnswer = { kind: "truth", value: true };
const phrase: CandidateAnswer = { kind: "phrase", text: "x" };

describe("selectCandidates", () => {
  it("keeps one of two questions that ask one thing but for determiners and a count in words (round 167: Ouadane)", () => {
    const selected = selectCandidates(
      [
        ranked("Qu'a achevé une équipe de techniciens ?", { answer: phrase }),
        ranked("Qu'a achevé l'équipe de six techniciens ?", { answer: phrase }),
        ranked("Qu'a achevé l'équipe de 2024 ?", { answer: phrase }),
      ],
      10,
      new Map(),
    );
    expect(prompts(selected)).toHaveLength(2);
    expect(prompts(selected)).toContain("Qu'a achevé l'équipe de 2024 ?");
  });

  it("keeps one of two shares of a sentence that add up to the whole (round 135)", () => {
    const share = (value: number): CandidateAnswer => ({
      kind: "number",
      quantity: { value, unit: "%", text: `${value} %`, start: value, end: value + 4 },
    });
    const items = [
      ranked("Dans quelle proportion l'État a-t-il financé le bâtiment ?", {
        sentenceStart: 0,
        template: "t1",
        answer: share(70),
        answerKey: "number:70",
      }),
      ranked("Dans quelle proportion l'ONG a-t-elle financé le bâtiment ?", {
        sentenceStart: 0,
        template: "t2",
        answer: share(30),
        answerKey: "number:30",
      }),
      ranked("Quelle part des élèves a réussi ?", {
        sentenceStart: 0,
        template: "t3",
        answer: share(40),
        answerKey: "number:40",
      }),
    ];
    const selected = prompts(selectCandidates(items, 3, new Map()));
    expect(selected).toHaveLength(2);
    expect(selected).toContain("Quelle part des élèves a réussi ?");
  });

  it("picks at most `count` candidates, the most reliable first", () => {
    const items = [
      ranked("A", { reliability: 0.5, template: "t1" }),
      ranked("B", { reliability: 0.9, template: "t2" }),
      ranked("C", { reliability: 0.7, template: "t3" }),
      ranked("D", { reliability: 0.6, template: "t4" }),
    ];
    const selected = selectCandidates(items, 2, new Map());
    expect(selected).toHaveLength(2);
    expect(prompts(selected)[0]).toBe("B");
  });

  it("keeps one of two questions on a sentence when a prompt holds the other's phrase answer", () => {
    const why = ranked("Grâce à quoi les Olympiens ont-ils égalisé ?", {
      sentenceStart: 5000,
      forms: ["grace a un penalty transforme par leur capitaine"],
      reliability: 0.95,
      template: "why",
    });
    const who = {
      ...ranked("Qui a transformé le penalty ?", { sentenceStart: 5000, template: "agent" }),
      normalPrompt: " qui a transforme le penalty ",
    };
    const elsewhere = {
      ...ranked("Qui a transformé le penalty ?", { sentenceStart: 6000, template: "agent2" }),
      normalPrompt: " qui a transforme le penalty ",
    };
    expect(prompts(selectCandidates([why, who], 10, new Map()))).toEqual([
      "Grâce à quoi les Olympiens ont-ils égalisé ?",
    ]);
    // On another sentence, the word is no answer of the same fact.
    expect(prompts(selectCandidates([why, elsewhere], 10, new Map()))).toHaveLength(2);
  });

  it("returns every candidate when there are fewer than asked, and nothing for nothing", () => {
    const items = [ranked("A"), ranked("B", { template: "other" })];
    expect(prompts(selectCandidates(items, 10, new Map())).sort()).toEqual(["A", "B"]);
    expect(selectCandidates([], 10, new Map())).toEqual([]);
    expect(selectCandidates(items, 0, new Map())).toEqual([]);
  });

  it("never picks two candidates on the same topic", () => {
    const items = [
      ranked("Qui est la maire de Nantes ?", { topic: "holder:maire", reliability: 0.8 }),
      ranked("Quelle fonction occupe Johanna Rolland ?", {
        topic: "holder:maire",
        reliability: 0.75,
      }),
      ranked("Johanna Rolland est la maire.", { topic: "holder:maire", reliability: 0.6 }),
    ];
    expect(prompts(selectCandidates(items, 10, new Map()))).toEqual([
      "Qui est la maire de Nantes ?",
    ]);
  });

  it("asks for one answer once, whatever the sentence", () => {
    const items = [
      ranked("Qui a inauguré la ligne 6 ?", {
        answerKey: "person:Johanna Rolland",
        sentenceStart: 0,
      }),
      ranked("Qui est la maire de Nantes ?", {
        answerKey: "person:Johanna Rolland",
        sentenceStart: 200,
        template: "role",
      }),
    ];
    expect(prompts(selectCandidates(items, 10, new Map()))).toEqual([
      "Qui a inauguré la ligne 6 ?",
    ]);
  });

  it("never keeps a question whose prompt holds another question's answer", () => {
    const items = [
      ranked("Qui a inauguré la ligne 6 ?", {
        answerKey: "person:Johanna Rolland",
        forms: ["johanna rolland", "rolland"],
        reliability: 0.9,
      }),
      ranked("Quand Johanna Rolland a-t-elle inauguré la ligne 6 ?", {
        answerKey: "date:2024-9-21",
        forms: ["samedi 21 septembre"],
        template: "clause-when",
        reliability: 0.8,
      }),
      ranked("Combien de stations dessert la ligne ?", {
        answerKey: "number:18",
        forms: ["18 stations"],
        template: "how-many",
        reliability: 0.7,
      }),
    ];
    expect(prompts(selectCandidates(items, 10, new Map()))).toEqual([
      "Qui a inauguré la ligne 6 ?",
      "Combien de stations dessert la ligne ?",
    ]);
  });

  it("keeps gap-fills to 30 % of the quiz and questions on one sentence to two", () => {
    const gaps = Array.from({ length: 8 }, (_, index) =>
      ranked(`Complétez ${index}`, { template: "gap-fill", reliability: 0.9 }),
    );
    const sameSentence = Array.from({ length: 4 }, (_, index) =>
      ranked(`Q${index}`, { template: `t${index}`, sentenceStart: 5000, reliability: 0.5 }),
    );
    const selected = selectCandidates([...gaps, ...sameSentence], 10, new Map());
    // Three gap-fills fit 30 % of ten, but only two questions stand beside them: one stays.
    expect(selected.filter((item) => item.candidate.template === "gap-fill")).toHaveLength(1);
    expect(selected.filter((item) => item.candidate.sentence.start === 5000)).toHaveLength(2);
    const others = Array.from({ length: 7 }, (_, index) =>
      ranked(`W${index}`, { template: `w${index}`, sentenceStart: 100 * (index + 1) }),
    );
    const full = selectCandidates([...gaps, ...others], 10, new Map());
    expect(full).toHaveLength(10);
    expect(full.filter((item) => item.candidate.template === "gap-fill")).toHaveLength(3);
  });

  it("leaves what an acronym stands for to the alternatives (news prints it beside the acronym)", () => {
    const items = ["ONU", "UE", "FAO"].map((acronym) =>
      ranked(`Que signifie le sigle ${acronym} ?`, { template: "acronym" }),
    );
    expect(selectCandidates(items, 10, new Map())).toHaveLength(0);
    expect(selectCandidates(items, 10, new Map(), { maxPerTemplate: {} })).toHaveLength(3);
  });

  it("prefers a new template and a new kind of answer to a more reliable repeat", () => {
    const items = [
      ranked("A1", { template: "agent", reliability: 0.9, answer: phrase }),
      ranked("A2", { template: "agent", reliability: 0.9, answer: phrase }),
      ranked("B", { template: "swap", reliability: 0.6, answer: truth }),
    ];
    expect(prompts(selectCandidates(items, 2, new Map()))).toEqual(["A1", "B"]);
  });

  it("prefers another sentence of the article to a second question on the same one", () => {
    const items = [
      ranked("A", { template: "t1", sentenceStart: 0, reliability: 0.8 }),
      ranked("B", { template: "t2", sentenceStart: 0, reliability: 0.8 }),
      ranked("C", { template: "t3", sentenceStart: 500, reliability: 0.7 }),
    ];
    expect(prompts(selectCandidates(items, 2, new Map()))).toEqual(["A", "C"]);
  });

  it("prefers the entity that matters most in the article, by its weight", () => {
    const items = [
      ranked("Qui a marqué ?", { answerKey: "person:Moses Simon", template: "t1" }),
      ranked("Qui a arbitré ?", { answerKey: "person:Clément Turpin", template: "t2" }),
    ];
    const weights = new Map([
      ["person:Moses Simon", 0.1],
      ["person:Clément Turpin", 0.5],
    ]);
    expect(prompts(selectCandidates(items, 1, weights))).toEqual(["Qui a arbitré ?"]);
    expect(prompts(selectCandidates(items, 1, new Map()))).toEqual(["Qui a marqué ?"]);
  });

  it("drops a low-value blank before one on a figure when a short quiz has too many", () => {
    const figure = ranked("Complétez : figure", { template: "gap-fill", reliability: 0.5 });
    const name = { ...ranked("Complétez : nom", { template: "gap-fill", reliability: 0.9 }) };
    const lowName = { ...name, lowValue: true };
    const why = ranked("Pourquoi ?", { reliability: 0.95 });
    const selected = selectCandidates([lowName, figure, why], 10, new Map());
    expect(prompts(selected)).toEqual(expect.arrayContaining(["Pourquoi ?", "Complétez : figure"]));
    expect(prompts(selected)).not.toContain("Complétez : nom");
  });

  it("leaves low-value questions out of ten, but to fill a quiz up to five", () => {
    const low = (name: string) => ({ ...ranked(name, { reliability: 0.95 }), lowValue: true });
    const worthy = Array.from({ length: 8 }, (_, index) => ranked(`Pourquoi ${index} ?`));
    const weekdays = Array.from({ length: 6 }, (_, index) => low(`Quel jour ${index} ?`));
    const full = selectCandidates([...weekdays, ...worthy], 10, new Map());
    expect(full).toHaveLength(8);
    expect(full.filter((item) => item.lowValue)).toHaveLength(0);
    // Past ten questions asked, they may stand: the teacher asked to comb the article.
    const long = selectCandidates([...weekdays, ...worthy], 14, new Map());
    expect(long.filter((item) => item.lowValue)).toHaveLength(4);
    // With one question of worth, low-value ones make up the quiz to five, no more.
    const short = selectCandidates([...weekdays, ...worthy.slice(0, 1)], 10, new Map());
    expect(short).toHaveLength(5);
    expect(short.filter((item) => item.lowValue)).toHaveLength(4);
    // The alternatives take them all.
    const alternatives = selectCandidates(weekdays, 6, new Map(), { maxLowValue: 6 });
    expect(alternatives).toHaveLength(6);
  });

  it("fills a short quiz with a low-value question the headline does not answer first", () => {
    const worthy = ranked("Pourquoi ?", { reliability: 0.95 });
    const printed = {
      ...ranked("Qui a battu le Lierse ?", { reliability: 0.95 }),
      lowValue: true,
      inHeadline: true,
    };
    const other = {
      ...ranked("Qui a transformé le penalty ?", { reliability: 0.6 }),
      lowValue: true,
    };
    const third = { ...ranked("Quel jour ?", { reliability: 0.5 }), lowValue: true };
    const fourth = { ...ranked("Où ?", { reliability: 0.5 }), lowValue: true };
    const fifth = { ...ranked("Combien de buts ?", { reliability: 0.5 }), lowValue: true };
    const quiz = prompts(
      selectCandidates([printed, worthy, other, third, fourth, fifth], 10, new Map()),
    );
    expect(quiz).toEqual(
      expect.arrayContaining(["Pourquoi ?", "Qui a transformé le penalty ?", "Quel jour ?"]),
    );
    expect(quiz).not.toContain("Qui a battu le Lierse ?");
    // Still a question of the last resort: a quiz is filled with it rather than left short.
    expect(prompts(selectCandidates([printed, worthy], 10, new Map()))).toContain(
      "Qui a battu le Lierse ?",
    );
  });

  it("keeps the low-value blank a long quiz's first pass took when it fills up to five", () => {
    const blank = (name: string) => ({
      ...ranked(`Complétez : ${name}`, { template: "gap-fill", reliability: 0.9 }),
      lowValue: true,
    });
    const other = { ...ranked("Qui a parlé ?", { reliability: 0.5 }), lowValue: true };
    const quiz = selectCandidates([blank("a"), blank("b"), other], 20, new Map());
    expect(quiz).toHaveLength(2);
    expect(prompts(quiz)).toContain("Qui a parlé ?");
  });

  it("never keeps two questions one of whose answers holds the other's", () => {
    const what = ranked("Qu'a débloqué le gouvernement ?", {
      forms: ["un fonds d urgence de 5 milliards d ariary"],
      reliability: 0.9,
    });
    const amount = ranked("Quel est le montant du fonds d'urgence ?", {
      forms: ["5 milliards d ariary"],
      reliability: 0.85,
    });
    const other = ranked("Combien de personnes ont été tuées ?", { forms: ["11 personnes"] });
    expect(prompts(selectCandidates([what, amount, other], 10, new Map()))).toEqual([
      "Qu'a débloqué le gouvernement ?",
      "Combien de personnes ont été tuées ?",
    ]);
    // One answer keyed as an organisation and as a phrase (`Unifor`) is asked once.
    const union = ranked("Quel syndicat représente les travailleurs ?", { forms: ["unifor"] });
    const same = ranked("Quel syndicat a réclamé une inspection ?", {
      forms: ["unifor"],
      answerKey: "phrase:unifor",
    });
    expect(selectCandidates([union, same], 10, new Map())).toHaveLength(1);
    // A decimal figure (`3,5 %`, read `3 5`) is short but still stands in a longer answer.
    const why = ranked("Pourquoi un amendement ?", {
      forms: ["pour rendre le plafond de 3 5 applicable"],
      reliability: 0.95,
    });
    const rate = ranked("Complétez : plafond", { forms: ["3 5"], reliability: 0.9 });
    expect(prompts(selectCandidates([why, rate], 10, new Map()))).toEqual([
      "Pourquoi un amendement ?",
    ]);
  });

  it("is deterministic: the same candidates give the same selection", () => {
    const items = Array.from({ length: 12 }, (_, index) =>
      ranked(`Q${index}`, { template: `t${index % 3}`, reliability: 0.5 + (index % 4) / 10 }),
    );
    expect(prompts(selectCandidates(items, 6, new Map()))).toEqual(
      prompts(selectCandidates([...items], 6, new Map())),
    );
  });
});
