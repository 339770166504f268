/**
 * @module
 * True/false statements: a short sentence of the article as it is (true), or with a person, place
 * or organisation swapped for another of the same kind from the article (false).
 */
import type { ArticleAnalysis, Mention } from "../../french/entities";
import { COUNTRIES } from "../../french/lexicon/countries";
import type { Sentence } from "../../french/split-sentences";
import type { Candidate } from "../candidate";

const MAX_STATEMENT = 170;
/** Sentences that lean on the one before cannot stand alone. */
const DEPENDENT_START =
  /^(?:Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Cela|Celui|Celle|Et|Mais|Or|Donc|Puis|Ainsi|Alors|En effet|De plus|Lui|Leur)\b/u;

/**
 * Proposes one true/false statement per short, self-contained sentence that names an entity.
 *
 * @example
 * askSwapTrueFalse(analysis)[0]?.prompt; // "Le ministre s'est rendu à Bruxelles." (false)
 */
export function askSwapTrueFalse(analysis: ArticleAnalysis): Candidate[] {
  const groups: { names: string[]; mentions: Mention[] }[] = [
    namesAndMentions(
      analysis.people.map((p) => ({
        name: p.name,
        mentions: p.mentions.filter((m) => m.text === p.name),
      })),
    ),
    namesAndMentions(analysis.places),
    namesAndMentions(
      analysis.organisations.map((o) => ({
        name: o.acronym ?? o.name,
        mentions: o.mentions.filter((m) => m.text === (o.acronym ?? o.name)),
      })),
    ),
  ];
  const candidates: Candidate[] = [];
  for (const [index, sentence] of analysis.sentences.entries()) {
    if (sentence.text.length > MAX_STATEMENT || DEPENDENT_START.test(sentence.text)) continue;
    if (!/[.!]$/.test(sentence.text)) continue;
    const swap = findSwap(sentence, groups);
    if (!swap) continue;
    // Alternate true and false through the article, so the quiz stays the same for the same text.
    const truthful = index % 2 === 0;
    const statement = truthful
      ? sentence.text
      : `${sentence.text.slice(0, swap.mention.start - sentence.start)}${swap.other}${sentence.text.slice(swap.mention.end - sentence.start)}`;
    candidates.push({
      template: "swap-true-false",
      prompt: statement.replace(/!$/, "."),
      answer: { kind: "truth", value: truthful },
      sentence,
      reliability: 0.5,
      topic: `statement:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

function namesAndMentions(entities: { name: string; mentions: Mention[] }[]) {
  return { names: entities.map((e) => e.name), mentions: entities.flatMap((e) => e.mentions) };
}

/** The first entity of the sentence that has a same-kind stand-in absent from the sentence. */
function findSwap(sentence: Sentence, groups: { names: string[]; mentions: Mention[] }[]) {
  for (const group of groups) {
    for (const mention of group.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      const article = COUNTRIES.get(mention.text);
      const other = group.names.find(
        (name) =>
          name !== mention.text && !sentence.text.includes(name) && COUNTRIES.get(name) === article,
      );
      if (other) return { mention, other };
    }
  }
  return undefined;
}
