import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { findForeignLanguage } from "../../../src/core/article/find-foreign-language";
import culture from "../../eval/corpus/culture.fr.txt";
import economy from "../../eval/corpus/economy.fr.txt";
import international from "../../eval/corpus/international.fr.txt";
import justice from "../../eval/corpus/justice.fr.txt";
import local from "../../eval/corpus/local.fr.txt";
import politics from "../../eval/corpus/politics.fr.txt";
import science from "../../eval/corpus/science.fr.txt";
import sport from "../../eval/corpus/sport.fr.txt";
import { PARAGRAPHS } from "./language-samples";

/** Each paragraph alone, then every run of two and three, then all six: 220–1,700 characters. */
function textsOf(paragraphs: readonly string[]): string[] {
  const texts: string[] = [];
  for (const size of [1, 2, 3, paragraphs.length]) {
    for (let start = 0; start + size <= paragraphs.length; start++) {
      texts.push(paragraphs.slice(start, start + size).join("\n\n"));
    }
  }
  return texts;
}

const FOREIGN = [
  ["en", "anglais"],
  ["es", "espagnol"],
  ["it", "italien"],
  ["de", "allemand"],
  ["pt", "portugais"],
] as const;

describe("findForeignLanguage", () => {
  it.each(FOREIGN)("names %s (%s) in every text written in it, short or long", (code, name) => {
    const texts = textsOf(PARAGRAPHS[code]);
    expect(texts).toHaveLength(16);
    for (const text of texts) expect(findForeignLanguage(text), text).toEqual({ code, name });
  });

  it("names an Arabic-script text by its script, in French", () => {
    const arabic =
      "وافق المجلس البلدي لمدينة فاس يوم الثلاثاء على مشروع لبناء ألفي مسكن بأسعار معقولة " +
      "في موقع مصنع قديم، وقال رئيس المجلس إن الأسر الأولى ستتمكن من الانتقال في ربيع 2027.";
    expect(findForeignLanguage(arabic)).toEqual({ code: "Arab", name: "alphabet arabe" });
  });

  it("names by its script a text whose script's languages it does not tell apart", () => {
    const russian =
      "Городской совет Москвы во вторник одобрил план строительства двух тысяч доступных " +
      "квартир на месте бывшего металлургического завода. Мэр заявил, что первые семьи " +
      "смогут переехать весной 2027 года, а работы начнутся уже этим летом.";
    expect(findForeignLanguage(russian)).toEqual({ code: "Cyrl", name: "alphabet cyrillique" });
    // A French paragraph beside it still makes the text French.
    expect(findForeignLanguage(`${russian}\n\n${PARAGRAPHS.fr[0]}`)).toBe(undefined);
  });

  it("accepts French: our paragraphs, alone or joined, even quoting English", () => {
    for (const text of textsOf(PARAGRAPHS.fr))
      expect(findForeignLanguage(text), text).toBe(undefined);
  });

  it("accepts whole French articles: the shipped one and the evaluation corpus", () => {
    const articles = [
      seedText,
      culture,
      economy,
      international,
      justice,
      local,
      politics,
      science,
      sport,
    ];
    for (const article of articles) expect(findForeignLanguage(article)).toBe(undefined);
  });

  it.each(FOREIGN)("accepts a mixed text: a paragraph in %s and one in French", (code) => {
    PARAGRAPHS[code].forEach((paragraph, index) => {
      const french = PARAGRAPHS.fr[index] ?? "";
      expect(findForeignLanguage(`${paragraph}\n\n${french}`)).toBe(undefined);
      expect(findForeignLanguage(`${french}\n\n${paragraph}`)).toBe(undefined);
    });
  });

  it("accepts what it cannot tell: scores and names, digits", () => {
    const scores =
      "Ligue 1, 12e journée : PSG 3-1 Lyon, Marseille 2-2 Monaco, Lille 1-0 Nantes, " +
      "Rennes 0-0 Nice, Lens 2-1 Brest, Toulouse 1-1 Reims, Montpellier 0-3 Strasbourg, " +
      "Le Havre 1-2 Lorient, Auxerre 2-0 Angers.";
    expect(findForeignLanguage(scores)).toBe(undefined);
    expect(findForeignLanguage("2016 – 2017 – 2018 : 12 / 14 / 16 ; 3,5 % ; 1 200 000 €")).toBe(
      undefined,
    );
  });

  it("reads no more than the first 2,048 characters", () => {
    const english = textsOf(PARAGRAPHS.en).at(-1) ?? "";
    const french = "Le conseil municipal a voté. ".repeat(2000);
    expect(findForeignLanguage(`${english}\n\n${english}\n\n${french}`)?.code).toBe("en");
  });
});
