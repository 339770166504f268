/**
 * @module
 * *How many / how much* questions on a clause whose verb takes a quantity:
 * `Les travaux ont coûté 120 millions d'euros` → *Combien ont coûté les travaux ?*;
 * `La ligne dessert 18 stations` → *Combien de stations dessert la ligne ?*.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { howMuchFor } from "../../french/grammar/how-much-for";
import { subjectPronoun } from "../../french/grammar/subject-pronoun";
import { isPerThing } from "../../french/is-per-thing";
import { isSplitCount } from "../../french/is-split-count";
import { isMoneyUnit } from "../../french/lexicon/currencies";
import { nounGender } from "../../french/lexicon/noun-gender";
import { finiteVerb, participleOf, pastParticiple } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";
import { sentenceContaining } from "../sentence-containing";
import { question } from "./ask-clause";

/** Endings of a verb in the third person (`compte`, `dessert`, `atteint`, `prend`, `font`). */
const VERB_ENDING = "e|ent|it|ait|aient|int|ert|ort|erd|end|ond|met|bat|ut|ont";
/** The sentence opens on its subject: a definite or demonstrative noun phrase. */
const SUBJECT = new RegExp(
  String.raw`^(?<subject>(?:(?:Les|Le|La|Ce|Cet|Cette|Ces)\s+|L['’])[^,;:«»"]{2,70}?)(?:,[^,;]{0,90},)?\s+(?=(?:a|ont|avait|avaient|doit|doivent|devrait|devraient|va|vont|peut|peuvent|\p{Ll}+(?:${VERB_ENDING}))\s)`,
  "u",
);
/** `L'entreprise, qui emploie 1 100 salariés…`: the subject, then `, qui` and its verb. */
const RELATIVE_SUBJECT =
  /^(?<subject>(?:(?:Les|Le|La|Ce|Cet|Cette|Ces)\s+|L['’])[^,;:«»"]{2,70}?),\s+qui(?=\s+\p{Ll}+\s)/u;
/** The verb right before the quantity, with its auxiliary if any. */
const VERB_BEFORE =
  /(?:^|\s)(?<verb>(?:(?:a|ont|avait|avaient|doit|doivent|devrait|devraient|va|vont|peut|peuvent)\s+)?\p{Ll}{3,})\s+(?:plus de\s+|près de\s+|environ\s+|à peine\s+|presque\s+)?$/u;
const TIME = /^(?:ans|années|mois|semaines|jours|heures|minutes|secondes)$/u;
/** Units a complement says what of (`onces d'or`, `tonnes de cacao`). */
const MEASURE_UNITS =
  /^(?:onces|tonnes|kilos|kilogrammes|grammes|litres|barils|mètres cubes|hectares)$/u;
/** What follows a count: its complement (`d'or`) and a time (`l'an dernier`, `en 2025`). */
const FOLLOWING =
  /^(?:\s+(?<of>d['’]\p{Ll}+|de\s+\p{Ll}{3,}))?\s+(?<time>l['’]an dernier|l['’]année dernière|l['’]an passé|la saison dernière|le mois dernier|cette année|en (?:19|20)\d{2})(?!\p{L})/u;
const MAX_SUBJECT_WORDS = 8;
/** Words that sit where a verb would but are not one. */
const NOT_VERBS =
  /^(?:est|sont|était|étaient|de|des|du|et|en|à|par|pour|sur|avec|contre|entre|sans|sous|vers|après|avant|depuis|environ|quelque|plus|moins|près|chez|selon|parmi|dont|que|qui)$/u;

/**
 * Proposes *Combien…* questions for quantities governed by the sentence's verb.
 *
 * @example
 * askHowMany(analysis)[0]?.prompt; // "Combien ont coûté les travaux ?"
 */
export function askHowMany(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const quantity of analysis.quantities) {
    if (quantity.unit === "%" || quantity.unit === "pour cent") continue;
    const sentence = sentenceContaining(analysis.sentences, quantity.start);
    if (!sentence) continue;
    // `L'entreprise, qui emploie 1 100 salariés …, invoque …`: when the subject's incise holds
    // the quantity, the relative clause is what governs it.
    const before = (match: RegExpExecArray | null) =>
      match && sentence.start + match[0].length <= quantity.start ? match : null;
    const opening =
      before(SUBJECT.exec(sentence.text)) ?? before(RELATIVE_SUBJECT.exec(sentence.text));
    const subject = opening?.groups?.subject?.trim();
    // The quantity must be the object of the subject's own verb, right after it.
    const between = analysis.body.slice(
      sentence.start + (opening?.[0].length ?? 0),
      quantity.start,
    );
    const verb = VERB_BEFORE.exec(` ${between.trimStart()}`)?.groups?.verb;
    if (!subject || !verb || subject.split(/\s+/).length > MAX_SUBJECT_WORDS) continue;
    // Allowed before the verb: nothing, or an earlier predicate joined by `et` (`ont duré trois
    // ans et ont coûté …`); after it: `plus de`, `près de`, `environ`.
    const predicate = between
      .trim()
      .replace(/\s+(?:plus de|près de|environ|à peine|presque)$/u, "");
    const lead = predicate.slice(0, predicate.length - verb.length);
    if (!predicate.endsWith(verb) || (lead !== "" && !/^[^,]*\set\s$/u.test(lead))) continue;
    const verbWords = verb.split(/\s+/);
    const main = verbWords.at(-1) ?? "";
    if (NOT_VERBS.test(main)) continue;
    // The lexicon has the last word: a finite verb alone, a participle or infinitive after an
    // auxiliary. `… des amendes pouvant atteindre 500 millions` has no verb of the subject's.
    const known =
      verbWords.length === 1
        ? finiteVerb(main)
        : (participleOf(main) ?? /(?:er|ir|re)$/u.test(main));
    if (!known || subject.split(/\s+/).some(isVerbForm)) continue;
    const lowered = lowerFirst(subject);
    // `avait requis quatre ans de prison ferme`: a term of prison, not a time (*Combien de
    // temps avait requis le parquet ?* says neither what nor of what).
    // `avait requis cinq ans ferme`: a term of prison too, its kind said after it.
    const term = /^\s+(?:de\s+prison(?:\s+ferme)?|ferme|avec\s+sursis)(?!\p{L})/u.exec(
      analysis.body.slice(quantity.end, quantity.end + 24),
    );
    const prison = TIME.test(quantity.unit) && term !== null;
    const kind = /\s(?:ferme|avec\s+sursis)$/u.exec(term?.[0] ?? "")?.[0] ?? "";
    // `a pris six mois de retard`, `intervient cinq ans après le séisme`: a delay or a time
    // between two events, not how long it took.
    if (
      TIME.test(quantity.unit) &&
      /^\s+(?:de\s+retard|d['’]avance|après|avant|plus tard|plus tôt|auparavant)(?!\p{L})/u.test(
        analysis.body.slice(quantity.end, quantity.end + 14),
      )
    ) {
      continue;
    }
    // `Combien de temps peut atteindre le temps d'attente ?`: the subject already says it.
    if (TIME.test(quantity.unit) && /(?<!\p{L})(?:temps|durée|délai)(?!\p{L})/u.test(lowered)) {
      continue;
    }
    // `3,71 livres par entaille`: a rate, whose options would need the `par …` (and `livres`
    // here weighs, it is no sum).
    if (isPerThing(analysis.body.slice(quantity.end, quantity.end + 30))) continue;
    // `compte 296 emplacements pour des vélos classiques et 24 pour des vélos cargos`: one part
    // of a split count; *Combien d'emplacements le bâtiment compte-t-il ?* is 320 (round 151).
    if (isSplitCount(analysis.body.slice(quantity.end, quantity.end + 80))) continue;
    const infinitive = verbWords.length === 1 ? finiteVerb(main)?.infinitive : participleOf(main);
    const level = howMuchFor(infinitive, isMoneyUnit(quantity.unit));
    if (!level) continue;
    // `Le document prévoit 142 millions d'euros en fonctionnement et 56 millions …`: a text
    // provides sums for many things; *Combien prévoit le document ?* says not which (round 94).
    if (infinitive === "prévoir" && isMoneyUnit(quantity.unit)) continue;
    const how = prison
      ? `Combien ${/^an/u.test(quantity.unit) ? "d'années" : `de ${quantity.unit}`} de prison${kind}`
      : isMoneyUnit(quantity.unit)
        ? level
        : TIME.test(quantity.unit)
          ? "Combien de temps"
          : `Combien de ${quantity.unit.replace(/^(?:millions?|milliards?)\s+(?:d['’]|de\s+)/u, "")}`;
    // `Combien d'années de prison avait requises le parquet ?`: after `avoir`, the participle
    // agrees with the counted noun placed before it (a sum or a time is no object: `ont coûté`).
    const counted = prison
      ? /^an/u.test(quantity.unit)
        ? "années"
        : quantity.unit
      : isMoneyUnit(quantity.unit) || TIME.test(quantity.unit)
        ? undefined
        : quantity.unit.replace(/^(?:millions?|milliards?)\s+(?:d['’]|de\s+)/u, "");
    const head = counted?.split(/\s+/u)[0] ?? "";
    const gender = nounGender(head) ?? nounGender(head.replace(/s$/u, ""));
    const compound = verbWords.length > 1 && /^(?:a|ont|avait|avaient)$/u.test(verbWords[0] ?? "");
    // `Combien de couples … ont-ils dénombré ?`: a noun the lexicon does not know leaves the
    // agreement unknown, and a guess is often wrong (round 94: « dénombrés »).
    if (compound && counted !== undefined && !gender) continue;
    const agreed =
      compound && gender
        ? [...verbWords.slice(0, -1), pastParticiple(String(infinitive), gender, true) ?? main]
        : verbWords;
    // `Combien de familles mobiliseront les travaux ?`: with a plural subject and a plural count,
    // either may be read as the verb's subject (blind grading); the subject goes before the verb
    // (*Combien de familles les travaux mobiliseront-ils ?*).
    const plural = /^(?:les|ces)\s/iu.test(subject) && counted !== undefined;
    const [aux = "", ...afterAux] = agreed;
    // `96 000 onces d'or l'an dernier`: what a measure weighs and the year it counts go into the
    // question (blind grading: *Combien d'onces a produites la mine ?* asked neither).
    const following = FOLLOWING.exec(analysis.body.slice(quantity.end, quantity.end + 60));
    const of =
      following?.groups?.of && MEASURE_UNITS.test(counted ?? "") ? ` ${following.groups.of}` : "";
    const time = following?.groups?.time ? ` ${following.groups.time}` : "";
    const asked =
      plural && subjectPronoun(lowered, true)
        ? question(`${how}${of}`, { subject: lowered, aux, plural }, afterAux.join(" "), "")
        : applyContractions(`${how}${of} ${agreed.join(" ")} ${lowered} ?`);
    const prompt = time ? asked.replace(/\s\?$/u, `${time} ?`) : asked;
    candidates.push({
      template: "how-many",
      prompt,
      answer: { kind: "number", quantity },
      sentence,
      reliability: 0.8,
      topic: `quantity:${quantity.start}`,
      choice: true,
    });
  }
  return candidates;
}

/** `s'exposeront`, `pouvant`: a subject holding a verb is a clause, not a noun phrase. */
function isVerbForm(word: string): boolean {
  const pronominal = /^s['’](?<verb>\p{Ll}+)$/u.exec(word)?.groups?.verb;
  if (pronominal) return finiteVerb(pronominal) !== undefined;
  // A present participle; `montant`, `habitant` are nouns the lexicon knows.
  return /^\p{Ll}{3,}ant$/u.test(word) && nounGender(word) === undefined;
}

function lowerFirst(phrase: string): string {
  return /^\p{Lu}[\p{Ll}'’]/u.test(phrase)
    ? (phrase[0]?.toLowerCase() ?? "") + phrase.slice(1)
    : phrase;
}
