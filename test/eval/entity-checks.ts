/**
 * @module
 * Entity defects (issue 10): a common word taken as a person's name, a place or an organisation
 * offered as a person.
 */

import { CITIES } from "../../src/core/french/lexicon/cities";
import { isCommonWord, isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { COUNTRIES } from "../../src/core/french/lexicon/countries";
import { ORGANISATION_NOUNS } from "../../src/core/french/lexicon/organisation-nouns";
import { participleOf } from "../../src/core/french/lexicon/verb-form";
import { classifyAnswer } from "./classify-answer";
import { answerTexts, escapeRegExp, type QuestionCheck, wordsOf } from "./defect-check";
import { rightAnswer } from "./right-answer";

const TITLE = /^(?:M|Mme|Mlle|Me|Dr|Pr)$/u;
/** Words that put a name in a place (`à` is left out: it also introduces people). */
const PLACE_BEFORE =
  "(?:en|au|aux|dans|vers|depuis|près de|(?:ville|commune|province|région|wilayas?|wali|canton|district|département|préfecture|quartier)\\s+(?:de|d['’]|du))\\s*";
const KNOWN_PLACES: ReadonlySet<string> = new Set([...CITIES, ...COUNTRIES.keys()]);

export const ENTITY_CHECKS: Record<string, QuestionCheck> = {
  "who-of-a-thing": {
    description:
      "*Qui* keyed with a named thing: a river or a road (Qui a atteint 3,12 mètres ? → la Komadougou; Qui constitue le principal axe ? → RN7)",
    find: (question) => {
      if (!/^Qui\s/u.test(question.prompt) || question.type === "true_false") return [];
      // A side named by its country (`Qui l'équipe a-t-elle battu ? → le Kenya`) is who played.
      if (/battu|affronté|dominé|éliminé|rencontré/u.test(question.prompt)) return [];
      const key = rightAnswer(question)?.canonical ?? "";
      return /^(?:(?:la|le)\s+\p{Lu}\p{Ll}+|R[NP]\s?\d+)$/u.test(key) ? [`« ${key} »`] : [];
    },
  },
  "post-acronym-key": {
    description:
      "a key that is the acronym of a post whose holder the article names (Qui a signalé … ? → MCD, for `le médecin-chef du district (MCD) de Léo, Dr Salif Ouattara`), the holder's name refused",
    find: (question, body) => {
      if (question.type !== "short_answer") return [];
      const key = question.answer;
      if (!/^\p{Lu}{2,8}$/u.test(key)) return [];
      const holder = new RegExp(
        `(?<!\\p{L})(?<!(?:de|d['’])\\s*)(?:le|la|l['’])\\s*\\p{Ll}[\\p{Ll}\\s'’-]*\\s+\\(${key}\\)(?:\\s+(?:de|du|des|d['’])\\s*[^,;.()]{1,40})?,\\s*(?:(?:Dr|Pr|M\\.|Mme|Me)\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+)`,
        "u",
      ).exec(body)?.[1];
      if (!holder) return [];
      const surname = holder.split(/\s+/u).at(-1) ?? holder;
      return question.accepted.some((text) => text.includes(surname))
        ? []
        : [`« ${key} » keyed; « ${holder} » holds the post and is refused`];
    },
  },
  "bare-organisation-noun": {
    description:
      "a question on « l'association », « le syndicat » when the article names it in full further up (Que demande l'association ? for the Association des hébergeurs)",
    find: (question, body) => {
      const noun =
        /(?<![\p{L}'’])(?<!(?<!\p{L})(?:de|à|sur|dans|par|pour)\s)(?:l['’]|la\s+|le\s+)(association|syndicat|fédération|coopérative|société|entreprise|club|centre)(?=\s*\?|\s+(?:a|ont|avait|est|doit)\s)/u.exec(
          question.prompt,
        )?.[1];
      if (!noun) return [];
      const named = new RegExp(
        `(?<!\\p{L})${noun.charAt(0).toUpperCase()}${noun.slice(1)}\\s+(?:des?|du|d['’])\\s*\\p{L}`,
        "u",
      );
      return named.test(body) ? [`« ${noun} » is named in full in the article`] : [];
    },
  },
  "side-for-scorer": {
    description:
      "a who keyed with a side when the sentence names the player through whom it scored (Qui a ouvert le score ? → l'Étoile du Borgne, `par son attaquante Nerlande Saint-Fleur`)",
    find: (question) => {
      if (!/^Qui\s/u.test(question.prompt)) return [];
      const scorer =
        /\spar\s+(?:son|sa|leur)\s+[\p{Ll}-]+\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/u.exec(
          question.evidence.text,
        )?.[1];
      if (!scorer) return [];
      return answerTexts(question).some((text) => text.includes(scorer))
        ? []
        : [`« ${scorer} » did it, not the side keyed`];
    },
  },
  "disease-as-agent": {
    description:
      "a disease made the subject of what a campaign does (Combien d'enfants la rubéole vise-t-elle ?)",
    find: (question) => {
      const match =
        /(?<!\p{L})(?<!(?<!\p{L})(?:contre|de)\s)(?:la|le|l['’])\s*(?:rougeole|rubéole|paludisme|choléra|méningite|polio(?:myélite)?|tuberculose|dengue)\s+(?:vise|cible|touche|concerne|mobilise)-t-/u.exec(
          question.prompt,
        );
      return match ? [`« ${match[0]} »`] : [];
    },
  },
  "agent-of-complement": {
    description:
      "an organisation keyed as who did it when the evidence names a body of it (« validé par le jury du CNG » keyed « CNG »)",
    find: (question) => {
      if (question.kind !== "organisation" || !/^Qui\s/u.test(question.prompt)) return [];
      const text = question.evidence.text;
      return answerTexts(question).flatMap((answer) => {
        const at = text.indexOf(answer);
        if (at === -1) return [];
        const before = text.slice(Math.max(0, at - 90), at);
        // `par le musée des Beaux-Arts (MSK)`: a noun that heads names opens the name itself.
        const body =
          /(?<!\p{L})par\s+(?:le|la|les|l['’])\s*(\p{Ll}+)\s+(?:du|de la|de l['’]|des)\s*[^,;.]*$/u.exec(
            before,
          )?.[1];
        return body && !ORGANISATION_NOUNS.has(body)
          ? [`« ${answer} » is the complement of the agent in « ${before.trim()} »`]
          : [];
      });
    },
  },
  "where-institution": {
    description:
      "a where-question (« Où … ? ») keyed with an institution (« soumis au Grand Conseil »): it asks to whom, not where",
    find: (question) => {
      if (!/^(?:Où|Dans quelle ville|Dans quel pays)\s/u.test(question.prompt)) return [];
      return answerTexts(question).flatMap((text) =>
        wordsOf(text).some((word) => ORGANISATION_NOUNS.has(word.toLowerCase()))
          ? [`« ${text} » is an institution`]
          : [],
      );
    },
  },
  "person-common-word": {
    description:
      "person answer or option whose first word is a French function word, a common word not followed by a name (Quant, Certaines, Outre, C'est, Etat), or a participle that opened the sentence (Baptisée Gephyromantis)",
    find: (question) => {
      if (question.kind !== "person") return [];
      return answerTexts(question).flatMap((text) => {
        const words = wordsOf(text);
        const at = TITLE.test(words[0] ?? "") ? 1 : 0;
        const [first = "", second = "", third = ""] = words.slice(at);
        // `Olivier de La Fontaine`: a particle before a capitalised name goes on with the name.
        const particle = /^(?:de|du|des|d|van|von|ben|bin|el|al|ould|ag)$/u.test(second);
        const named = /^\p{Lu}/u.test(second) || (particle && /^\p{Lu}/u.test(third));
        const bare = second === "" || !named;
        // `Baptisée Gephyromantis`: a participle that opened the sentence taken into the name.
        const participle =
          /^\p{Lu}\p{Ll}+(?:ée|ées|és)$/u.test(first) &&
          participleOf(first.toLowerCase()) !== undefined;
        // `Etat Stéphane Rey-Mermet`: the end of `conseiller d'Etat` is never a first name.
        const title = /^(?:[ÉE]tat|Etat)$/u.test(first);
        return isFunctionWord(first) || (bare && isCommonWord(first)) || participle || title
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
        .flatMap((text) => {
          if (isPlace(text, body) || classifyAnswer(text) === "organisation") {
            return [`« ${text} » is a place or an organisation`];
          }
          return partOfLongerName(text, body) ? [`« ${text} » is part of a longer name`] : [];
        });
    },
  },
};

/**
 * A known city or country, a name the article writes after `en`, `au`, `dans`, `wilaya de`…, or
 * the place of its dateline (`Aïn Témouchent, 18 juin (APS) -`).
 */
function isPlace(text: string, body: string): boolean {
  if (KNOWN_PLACES.has(text)) return true;
  const name = escapeRegExp(text);
  if (new RegExp(`^${name}(?:,\\s*\\d|\\s+\\()`, "u").test(body)) return true;
  return new RegExp(`(?<!\\p{L})${PLACE_BEFORE}${name}(?!\\p{L})`, "iu").test(body);
}

/**
 * Every time the article writes `text`, a capitalised word that is no common word runs on after
 * it (« Jean-Pierre Ilunga » of Jean-Pierre Ilunga wa Ilunga is fine: `wa` is lowercase). The word
 * before is not looked at: `la députée de la Sarthe Claire Vasseur`, `la Britannique Emma X`.
 */
function partOfLongerName(text: string, body: string): boolean {
  const name = escapeRegExp(text);
  const starts = [...body.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "gu"))].map(
    (match) => match.index,
  );
  return (
    starts.length > 0 &&
    starts.every((start) => {
      const after = /^ (\p{Lu}\p{Ll}+)/u.exec(body.slice(start + text.length))?.[1];
      return after !== undefined && !isCommonWord(after);
    })
  );
}
