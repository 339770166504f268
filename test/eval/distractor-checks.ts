/**
 * @module
 * Distractor defects (issue 10): number options out of numeric order or in different units, and
 * options that are not well-formed phrases.
 */
import { findQuantities } from "../../src/core/french/find-quantities";
import { isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { nounGender } from "../../src/core/french/lexicon/noun-gender";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";
import { type QuestionCheck, wordsOf } from "./defect-check";
import { rightAnswer } from "./right-answer";

/** The number an option starts with: `1 200`, `14,4`, `300.000`, `2`. */
const LEADING_NUMBER = /^\D{0,12}?(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?/u;
const SCALE = /(?<!\p{L})(milliards?|millions?|mille)(?!\p{L})/iu;
const SCALES: Record<string, number> = { mille: 1e3, million: 1e6, milliard: 1e9 };
/** A past participle ending: `apportés`, `signée`. */
const PARTICIPLE = /\p{Ll}{2,}(?:é|ée|és|ées)$/u;

export const DISTRACTOR_CHECKS: Record<string, QuestionCheck> = {
  "options-across-comparison": {
    description:
      "a wrong option on the other side of what the answer is compared with (92 000 hl contre 112 000 → 120 000 hl offered)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const right = question.options.find((option) => option.id === question.answer)?.text ?? "";
      const value = optionValue(right);
      // `6.842 cas` in the article is `6 842 cas` among the options.
      const text = question.evidence.text
        .replace(/[\u00a0\u202f]/gu, " ")
        .replace(/(\d)\.(?=\d{3}(?!\d))/gu, "$1 ");
      // The comparison right after the answer, in its unit: `92 000 hectolitres …, contre …`.
      const at = text.indexOf(right.replace(/[\u00a0\u202f]/gu, " "));
      const unit = right.replace(/^[\d\s.,]+/u, "").trim();
      if (at < 0 || !unit) return [];
      const against =
        /^[^.;:!?«»]{0,60}?,?\s+contre\s+(?:(?:une|la|sa)\s+moyenne\s+(?:de\s+|d['’])|près de\s+|environ\s+)?(\d[\d\s]*(?:,\d+)?)\s+(\p{L}+)/u.exec(
          text.slice(at + right.length),
        );
      // `contre 5 560 l'année précédente`: a figure written bare has the answer's unit.
      const bare = /^(?:l|en|un|une|lors|au|il)$/u.test(against?.[2] ?? "");
      if (against && !bare && !unit.startsWith(against[2] ?? "")) return [];
      const compared = against ? optionValue(against[1] ?? "") : undefined;
      if (value === undefined || compared === undefined || compared === value) return [];
      // Only a figure of the answer's scale (`112 000` for `92 000`, not `2020`).
      if (compared < value / 3 || compared > value * 3) return [];
      return question.options
        .filter((option) => {
          const n = optionValue(option.text);
          return n !== undefined && (value < compared ? n > compared : n < compared);
        })
        .map((option) => `« ${option.text} » across ${against?.[1]?.trim()}`);
    },
  },
  "sibling-figure-option": {
    description:
      "a wrong option that the same sentence states of something else in the same unit (requis cinq ans contre le trésorier et deux ans contre le président → 2 ans | 5 ans)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const text = question.evidence.text;
      const stated = findQuantities(text).filter(
        (quantity) =>
          !/(?<!\p{L})contre\s+(?:\p{L}+\s+){0,2}$/u.test(
            text.slice(Math.max(0, quantity.start - 25), quantity.start),
          ),
      );
      return question.options.flatMap((option) => {
        if (option.id === question.answer) return [];
        const value = optionValue(option.text);
        const unit = option.text.replace(/^[\d\s\u00a0\u202f.,]+/u, "").trim();
        return stated.some((quantity) => quantity.value === value && quantity.unit === unit)
          ? [`« ${option.text} » stated in the sentence`]
          : [];
      });
    },
  },
  "bound-as-choice": {
    description:
      "a choice on a count the article gives as a bound (plus de 5 800 visiteurs): options above it fit too",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const right = question.options.find((option) => option.id === question.answer)?.text ?? "";
      const value = optionValue(right);
      if (value === undefined) return [];
      const evidence = question.evidence.text.replace(/[\s\u00a0\u202f.]/gu, " ");
      for (const bound of evidence.matchAll(/(?<!\p{L})(?:plus|moins)\s+d['’e]\s*([\d ]+\d)/giu)) {
        if (Number((bound[1] ?? "").replace(/\s/gu, "")) === value)
          return [`« ${bound[0]} » keyed « ${right} »`];
      }
      return [];
    },
  },
  "number-order": {
    description: "number options not in numeric order (14,4 km before 7,2 km)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const values = question.options.map((option) => optionValue(option.text));
      if (values.some((value) => value === undefined)) return [];
      const ascending = values.every(
        (value, index) => index === 0 || (values[index - 1] ?? 0) <= (value ?? 0),
      );
      return ascending ? [] : [question.options.map((option) => option.text).join(" · ")];
    },
  },
  "number-units": {
    description: "options of a number question in different units (18 h · 36)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const units = new Set(question.options.map((option) => unitOf(option.text)));
      return units.size > 1 ? [[...units].map((unit) => `« ${unit} »`).join(" · ")] : [];
    },
  },
  "implausible-option": {
    description:
      "a number option no one would believe: an age or term far past the answer (47 ans · 100 ans), a fraction beside a whole count (28 ans · 9,8 ans), a season of a year or more (8 mois · 16 mois)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const right = question.options.find((option) => option.id === question.answer);
      const value = right && optionValue(right.text);
      if (!right || value === undefined) return [];
      const years = /(?<!\p{L})(?:ans|années)$/u.test(right.text);
      const whole = Number.isInteger(value) && value >= 10;
      // `une saison sèche qui peut durer …… (8 mois)`: a season of 12 or 16 months (round 140).
      const season =
        /\smois$/u.test(right.text) &&
        /(?<!\p{L})saisons?(?!\p{L})[^.]{0,40}……/u.test(question.prompt);
      return question.options
        .filter((option) => {
          const other = optionValue(option.text);
          if (other === undefined || option === right) return false;
          if (years && value >= 20 && value <= 60 && other > value * 1.6) return true;
          if (season && other >= 12) return true;
          return whole && !Number.isInteger(other) && other < 1000;
        })
        .map((option) => `« ${option.text} » beside « ${right.text} »`);
    },
  },
  "option-ill-formed": {
    description:
      "an option that is not a well-formed phrase: it ends with a participle (40 000 000 apportés) or a function word, or a noun cut to a wrong singular (1,3 foi)",
    find: (question) => {
      if (question.type !== "single_choice") return [];
      return question.options
        .map((option) => option.text)
        .filter((text) => {
          const last = wordsOf(text).at(-1) ?? "";
          if (!/^\p{Ll}/u.test(last) || wordsOf(text).length < 2) return false;
          // `56 km/h`: a unit written with a slash ends the phrase; so does a symbol (`520 m`).
          if (/\d\s*\p{L}+\/\p{L}+$/u.test(text)) return false;
          if (/\d\s*(?:m|km|cm|mm|g|kg|l|h|t)$/u.test(text)) return false;
          // `1,3 foi` for `fois` (round 80): a noun cut to a wrong singular.
          if (/\d\s+(?:foi|moi|pay|poid|pri)$/u.test(text)) return true;
          // stopwords-fr also lists some nouns (`personnes`): a noun ends a phrase well.
          return !isNoun(last) && (isFunctionWord(last) || PARTICIPLE.test(last));
        })
        .map((text) => `« ${text} »`);
    },
  },
  "far-temperature": {
    description:
      "a temperature option many degrees from the answer: more than 8 °C off, or more than thrice a small change (1,5 °C · 9,5 °C)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      const right = rightAnswer(question)?.canonical ?? "";
      const value = optionValue(right);
      if (value === undefined || !/°\s?C$/u.test(right)) return [];
      return question.options
        .map((option) => option.text)
        .filter((text) => {
          const option = optionValue(text) ?? value;
          const off = Math.abs(option - value);
          return off > 8 || (value > 0 && value < 5 && option > value * 3);
        })
        .map((text) => `« ${text} » beside « ${right} »`);
    },
  },
  "adult-age-for-child": {
    description: "an age option of 18 or more for children (enfants âgés de 9 mois à …… → 21 ans)",
    find: (question) => {
      if (question.type !== "single_choice" || question.kind !== "number") return [];
      if (
        !/(?:enfants|élèves|nourrissons|écoliers)\s+(?:âgé(?:e)?s\s+)?de\s+[^.]{1,20}\s+à\s+(?:……|\d)/u.test(
          question.prompt + question.evidence.text,
        )
      ) {
        return [];
      }
      return question.options
        .map((option) => option.text)
        .filter((text) => / ans$/u.test(text) && (optionValue(text) ?? 0) >= 18)
        .map((text) => `« ${text} »`);
    },
  },
};

/** A noun of the lexicon, singular or plural (`salariés`, `degrés`). */
function isNoun(word: string): boolean {
  return nounGender(word) !== undefined || nounGender(word.replace(/s$/u, "")) !== undefined;
}

/**
 * The value of a number option, scale words applied, or undefined when it has no number.
 *
 * @example
 * optionValue("1,2 million d'habitants"); // 1200000
 */
export function optionValue(text: string): number | undefined {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return undefined;
  const whole = Number((match[1] ?? "").replace(/[ \u00a0\u202f.]/gu, ""));
  const value = match[2] === undefined ? whole : Number(`${whole}.${match[2]}`);
  const scale = SCALE.exec(text)?.[1]?.toLowerCase().replace(/s$/u, "") ?? "";
  return value * (SCALES[scale] ?? 1);
}

/** An option without its digits and scale words: the unit it counts in. */
function unitOf(text: string): string {
  // `1,7 kilomètre` and `2,4 kilomètres` are one unit, agreeing with each number.
  return normaliseAnswer(text.replace(SCALE, " ").replace(/[\d \u00a0\u202f.,]+/gu, " "))
    .split(" ")
    .map((word) => word.replace(/s$/u, ""))
    .join(" ");
}
