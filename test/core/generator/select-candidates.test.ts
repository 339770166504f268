import { describe, expect, it } from "vitest";
import type { Candidate, CandidateAnswer } from "../../../src/core/generator/candidate";
import {
  type RankedCandidate,
  selectCandidates,
} from "../../../src/core/generator/select-candidates";

interface Options {
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
  return { candidate, answerKey: options.answerKey ?? `phrase:${prompt}` };
}

function prompts(selected: RankedCandidate[]): string[] {
  return selected.map((item) => item.candidate.prompt);
}

const truth: CandidateAnswer = { kind: "truth", value: true };
const phrase: CandidateAnswer = { kind: "phrase", text: "x" };

describe("selectCandidates", () => {
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

  it("asks about one entity at most twice", () => {
    const items = ["Q1", "Q2", "Q3", "Q4"].map((prompt, index) =>
      ranked(prompt, { answerKey: "person:Johanna Rolland", template: `t${index}` }),
    );
    expect(selectCandidates(items, 10, new Map())).toHaveLength(2);
  });

  it("does not ask for the same answer twice from the same sentence", () => {
    const items = [
      ranked("Qui a inauguré la ligne 6 ?", {
        answerKey: "person:Johanna Rolland",
        sentenceStart: 0,
      }),
      ranked("Complétez : « …… a inauguré la ligne 6. »", {
        answerKey: "person:Johanna Rolland",
        sentenceStart: 0,
        template: "gap-fill",
      }),
      ranked("Qui est la maire de Nantes ?", {
        answerKey: "person:Johanna Rolland",
        sentenceStart: 200,
        template: "role",
      }),
    ];
    expect(prompts(selectCandidates(items, 10, new Map()))).toEqual([
      "Qui a inauguré la ligne 6 ?",
      "Qui est la maire de Nantes ?",
    ]);
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

  it("is deterministic: the same candidates give the same selection", () => {
    const items = Array.from({ length: 12 }, (_, index) =>
      ranked(`Q${index}`, { template: `t${index % 3}`, reliability: 0.5 + (index % 4) / 10 }),
    );
    expect(prompts(selectCandidates(items, 6, new Map()))).toEqual(
      prompts(selectCandidates([...items], 6, new Map())),
    );
  });
});
