/**
 * @module
 * Entity defects (issue 10): a common word taken as a person's name, a place or an organisation
 * offered as a person.
 */

import { CITIES } from "../../src/core/french/lexicon/cities";
import { isCommonWord, isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { COUNTRIES } from "../../src/core/french/lexicon/countries";
import { classifyAnswer } from "./classify-answer";
import { answerTexts, escapeRegExp, type QuestionCheck, wordsOf } from "./defect-check";

const TITLE = /^(?:M|Mme|Mlle|Me|Dr|Pr)$/u;
/** Prepositions that put a name in a place (`à` is left out: it also introduces people). */
const PLACE_BEFORE =
  "(?:en|au|aux|dans|vers|depuis|près de|ville de|commune de|province de|région de|wilaya de|canton de|district de)";
const KNOWN_PLACES: ReadonlySet<string> = new Set([...CITIES, ...COUNTRIES.keys()]);

export const ENTITY_CHECKS: Record<string, QuestionCheck> = {
  "person-common-word": {
    description:
      "person answer or option whose first word is a French function word, or a common word not followed by a name (Quant, Certaines, Outre, C'est, Etat)",
    find: (question) => {
      if (question.kind !== "person") return [];
      return answerTexts(question).flatMap((text) => {
        const words = wordsOf(text);
        const at = TITLE.test(words[0] ?? "") ? 1 : 0;
        const [first = "", second = ""] = words.slice(at);
        const bare = second === "" || !/^\p{Lu}/u.test(second);
        return isFunctionWord(first) || (bare && isCommonWord(first))
          ? [`« ${text} » starts with the common word « ${first} »`]
          : [];
      });
    },
  },
  "person-option-place": {
    description: "a person option that is a place or an organisation of the article",
    find: (question, body) => {
      if (question.kind !== "person" || question.type !== "single_choice") return [];
      return question.options
        .map((option) => option.text)
        .filter((text) => isPlace(text, body) || classifyAnswer(text) === "organisation")
        .map((text) => `« ${text} » is a place or an organisation`);
    },
  },
};

/** A known city or country, or a name the article only writes after `en`, `au`, `dans`… */
function isPlace(text: string, body: string): boolean {
  if (KNOWN_PLACES.has(text)) return true;
  const name = escapeRegExp(text);
  const all = body.match(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "gu"))?.length ?? 0;
  const afterPlaceWord =
    body.match(new RegExp(`(?<!\\p{L})${PLACE_BEFORE}\\s+${name}(?!\\p{L})`, "giu"))?.length ?? 0;
  return all > 0 && afterPlaceWord === all;
}
