/**
 * @module
 * `Le prix du kilogramme a augmenté de 20 %. Cette hausse s'explique par …`: a question that says
 * *cette hausse* points back at a sentence it does not show (blind grading: « sans antécédent »,
 * DEFECT). The change the sentences before state names it: *la hausse du prix du kilogramme*.
 */

import { isIntertitle } from "../article/is-intertitle";
import type { ArticleAnalysis } from "../french/entities";
import { applyContractions } from "../french/grammar/apply-contractions";
import { toDefinite } from "../french/grammar/to-definite";
import { isMoneyUnit } from "../french/lexicon/currencies";
import { participleOf } from "../french/lexicon/verb-form";
import { parseFrenchNumber } from "../french/parse-french-number";
import { allMatches } from "../text/all-matches";
import type { Candidate } from "./candidate";
import { readClause } from "./templates/ask-clause";

/**
 * `ce recul`, `cette hausse`, `cette baisse de près de 45 %`: a change named by a demonstrative
 * (its measure, said by the sentence before, goes with it).
 */
export const CHANGE_REFERENCE =
  /(?<!\p{L})([Cc]e|[Cc]ette|(?<=^Comment\s)(?:la|le))\s+(hausse|augmentation|progression|flambée|envolée|embellie|baisse|diminution|chute|dégringolade|recul|repli|ralentissement)(?!\p{L})(?:\s+de\s+(?:près de\s+|plus de\s+|moins de\s+)?\d[\d\s\u00a0\u202f]*(?:,\d+)?\s?%)?(?![^?]*\s(?:de|du|des|d['’])\s[^?]*s['’]expliqu)/u;

const RISES = new Set(["hausse", "augmentation", "progression", "flambée", "envolée", "embellie"]);

/** Verbs of a rise and of a fall, as infinitives. */
const RISING_VERBS =
  /^(?:augmenter|progresser|bondir|grimper|croître|remonter|doubler|tripler|flamber|s['’]envoler)$/u;
const FALLING_VERBS =
  /^(?:reculer|baisser|diminuer|chuter|plonger|tomber|fondre|ralentir|régresser|dégringoler|(?:s['’])?effondrer)$/u;

/** A headline's subject and its verb of change in the present, before its measure. */
const PRESENT_CHANGE =
  /^(?<subject>(?:le|la|les|l['’])\s*[^,;:]{2,60}?)\s+(?<verb>chutent|chute|baissent|baisse|reculent|recule|diminuent|diminue|plongent|plonge|dégringolent|dégringole|grimpent|grimpe|augmentent|augmente|bondissent|bondit|progressent|progresse|flambent|flambe|s['’]envolent|s['’]envole|s['’]effondrent|s['’]effondre)(?:\s+(?:de\s|à\s|d['’]|jusqu['’])|(?<=effondrent|effondre)(?=\s|$))/u;
const RISING_PRESENT = /^(?:grimp|augment|bond|progress|flamb|s['’]envol)/u;

/** `de 58 % à 49,7 %`: the two levels of `passer`. */
const FROM_TO =
  /^\s+de\s+(\d[\d\s\u00a0\u202f]*(?:,\d+)?)[^,;:à]{0,30}?\s+à\s+(\d[\d\s\u00a0\u202f]*(?:,\d+)?)/u;

/** How many sentences back the change may be stated. */
const LOOK_BACK = 2;

/**
 * `… inquiets après la baisse des prix bord champ`: a headline that names the change, and what
 * changed, up to the end or a comma.
 */
const NAMED_CHANGE =
  /(?<!\p{L})(?:la|le|une?)\s+(hausse|augmentation|progression|flambée|envolée|baisse|diminution|chute|recul|repli)\s+(?<what>(?:de la|de l['’]|du|des)\s+[^,;:!?«»()]{3,60})$/u;

/**
 * The candidate with `ce recul`, `cette hausse` in its prompt named after the change the
 * sentences before it state (*la hausse du prix du kilogramme*); the candidate as it was when no
 * such change is found, or its prompt names none.
 *
 * @example
 * // "Le prix du kilogramme a augmenté de 20 %. Cette hausse s'explique par le recul de la production."
 * nameChangeReferent(candidate, analysis).prompt; // "Comment la hausse du prix du kilogramme s'explique-t-elle ?"
 */
export function nameChangeReferent(
  candidate: Candidate,
  analysis: ArticleAnalysis,
  headline = "",
): Candidate {
  // A blank's sentence is quoted as the article writes it (`Cette dégringolade s'explique …`).
  if (candidate.prompt.startsWith("Complétez")) return candidate;
  const reference = CHANGE_REFERENCE.exec(candidate.prompt);
  if (!reference) return candidate;
  const noun = reference[2] ?? "";
  const rise = RISES.has(noun);
  const index = analysis.sentences.findIndex((s) => s.start === candidate.sentence.start);
  let lookBack = LOOK_BACK;
  for (let back = 1; back <= lookBack && index - back >= 0; back += 1) {
    const sentence = analysis.sentences[index - back];
    if (!sentence) break;
    // `Une couverture vaccinale insuffisante`: an intertitle between them says no change.
    if (isIntertitle(sentence.text)) {
      lookBack += 1;
      continue;
    }
    const subject = changedSubject(sentence, analysis, rise);
    if (subject === undefined) continue;
    return named(candidate, reference[0], noun, subject);
  }
  // Not in the sentences before: the headline states the story's change (round 120: *Comment
  // ce retard s'explique-t-il ?*, DEFECT for both graders, had none to name it by).
  const subject = headlineChange(headline, rise, analysis);
  return subject === undefined ? candidate : named(candidate, reference[0], noun, subject);
}

function named(candidate: Candidate, reference: string, noun: string, subject: string): Candidate {
  const feminine = !/^(?:recul|repli|ralentissement)$/u.test(noun);
  const name = applyContractions(`${feminine ? "la" : "le"} ${noun} de ${subject}`);
  return { ...candidate, prompt: candidate.prompt.replace(reference, name) };
}

/** A noun phrase and the change after it: `un bénéfice en hausse de 18 %`. */
const IN_CHANGE =
  /(?:^|\s)(?<what>(?:le|la|les|un|une|l['’])\s*[^,;:!?«»()]{2,60}?)\s+en\s+(?<way>hausse|baisse|recul|progression|repli|augmentation|diminution)\s+d(?:e\s|['’])/u;
/** A determiner that opens a noun phrase, not one after `de` or `à` inside it (`de la grenade`). */
const DETERMINER_AT =
  /(?<=^|\s)(?<!(?:de|à|du|des|sur le|dans le)\s)(?:le|la|les|un|une|l['’])(?=\s|\p{L})/gu;
/** A subject that is a measure: `Le prix de la grenade`, `le trafic de conteneurs`. */
const MEASURE_SUBJECT =
  /^(?:le|la|les|l['’])\s*(?:prix|cours|production|récolte|trafic|tarif|coût|chiffre|nombre|volume|taux|bénéfice|recettes?|exportations?|importations?|ventes?|fréquentation|débit|niveau|kilo|kilogramme|sac|litre|bol)(?!\p{L})/u;
/**
 * `a enregistré 6.842 cas de paludisme en 2024, contre …`: a count recorded, and what it counts
 * (up to a year, a time or the comma before `contre`).
 */
const RECORDED_COUNT =
  /(?<!\p{L})(?:enregistré|recensé|dénombré|compté|accueilli|reçu|traité|comptabilisé|signalé)\s+(?:près de\s+|plus de\s+|environ\s+|quelque\s+)?\d[\d\s.\u00a0\u202f]*(?:,\d+)?\s+(?<what>\p{Ll}[^,;:()]{1,50}?)(?=\s+(?:en|au cours de|sur|depuis|cette|l['’]an)\s|\s*,\s*contre\s)/u;
/** A unit is no thing counted: *le nombre de tonnes* says what the measure says. */
const COUNT_UNIT =
  /^(?:tonnes?|quintaux|quintal|kilos?|kilogrammes?|kg|hectares?|ha|litres?|mètres?|km|kilomètres?|euros?|francs?|dinars?|dirhams?|dollars?|millions?|milliards?|%|pour cent)(?!\p{L})/u;
/** `…, soit une hausse d'environ 20 %`: the change the figures before it make. */
const THAT_IS_CHANGE =
  /,\s*soit\s+une?\s+(?<way>hausse|baisse|augmentation|diminution|progression|chute|recul|repli)\s+d/u;

/**
 * What changed in the given direction by the headline (`Phosphate : la production de la CPG
 * recule de 18 %` → `la production de la CPG`; `… après la baisse des prix bord champ` → `les
 * prix bord champ`), the part after its colon read as a sentence.
 */
function headlineChange(
  headline: string,
  rise: boolean,
  analysis: ArticleAnalysis,
): string | undefined {
  const colon = headline.lastIndexOf(" : ");
  const told = (colon < 0 ? headline : headline.slice(colon + 3)).trim();
  if (!told) return undefined;
  // `la production d'arachide en hausse de 18 %`, `un budget primitif en baisse de 6 %`.
  const inChange = IN_CHANGE.exec(told)?.groups;
  if (inChange?.what && inChange.way) {
    // `la campagne s'ouvre à Sambava sur un prix`: the last noun phrase is what changed.
    const last = allMatches(inChange.what, DETERMINER_AT).at(-1)?.index ?? 0;
    const what = inChange.what.slice(last).trim();
    if (/\s(?:et|ou)\s/u.test(what)) return undefined;
    return RISES.has(inChange.way) === rise ? toDefinite(what) : undefined;
  }
  const sentence = { text: `${told.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}.` };
  // `Les recettes … reculent de 18,6 % en raison de la baisse des prix`: the clause's change is
  // the story's; the one named after it is its cause.
  if (readClause(sentence, analysis.people, true)) {
    return changedSubject(sentence, analysis, rise)?.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  }
  // `le prix du soja chute de plus de 23 %`: a headline's present, which the clause reader
  // leaves to the noun it also spells (round 124's Kandi: *Comment cette chute s'explique-t-elle ?*).
  const present = PRESENT_CHANGE.exec(told);
  if (present?.groups?.subject && present.groups.verb) {
    const up = RISING_PRESENT.test(present.groups.verb);
    if (/\s(?:et|ou)\s/u.test(present.groups.subject)) return undefined;
    return up === rise ? present.groups.subject.trim() : undefined;
  }
  const change = NAMED_CHANGE.exec(told);
  if (change?.groups?.what) {
    if (RISES.has(change[1] ?? "") !== rise) return undefined;
    return change.groups.what
      .trim()
      .replace(/^(?:de la|de l['’]|du|des)\s+/u, (article) =>
        article.startsWith("du") ? "le " : article.startsWith("des") ? "les " : article.slice(3),
      );
  }
  return undefined;
}

/** The subject whose change in the given direction the sentence states, if it states one. */
function changedSubject(
  sentence: Pick<ArticleAnalysis["sentences"][number], "text">,
  analysis: ArticleAnalysis,
  rise: boolean,
): string | undefined {
  const priced = priceNowAndThen(sentence.text);
  if (priced) return priced.rise === rise ? priced.subject : undefined;
  // `l'établissement a enregistré 6.842 cas de paludisme en 2024, contre 5.560 l'année
  // précédente, soit une hausse de 23 %`: what rose is the count of what was recorded (set CF,
  // now dev: *Comment cette flambée s'explique-t-elle ?* had nothing to name it by).
  // A count recorded is read whoever recorded it: the clause reader need not find the subject.
  const recordedChange = THAT_IS_CHANGE.exec(sentence.text)?.groups?.way ?? "";
  const counted = RECORDED_COUNT.exec(sentence.text);
  if (recordedChange && counted?.groups?.what && !COUNT_UNIT.test(counted.groups.what)) {
    if (RISES.has(recordedChange) !== rise || /\s(?:et|ou)\s/u.test(counted.groups.what))
      return undefined;
    return applyContractions(`le nombre de ${counted.groups.what}`);
  }
  // `Le nombre d'enfants … hospitalisés pour un paludisme grave à Dogbo, dans le département du
  // Couffo, a reculé de 38 %`: a measure whose long subject the clause reader leaves (set CW, now
  // dev: *À quoi les autorités sanitaires attribuent-elles cette baisse ?* named nothing).
  const measured = measuredChange(sentence.text);
  if (measured) return measured.rise === rise ? measured.subject : undefined;
  // `abritait cet été 38 400 couples nicheurs, contre 31 700 en 2024`: a count now and then.
  const nowAndThen = countNowAndThen(sentence.text);
  if (nowAndThen) return nowAndThen.rise === rise ? nowAndThen.subject : undefined;
  const clause = readClause(sentence, analysis.people, true);
  const infinitiveOf = clause && (clause.simple ?? participleOf(clause.participle));
  // `Le prix de l'oignon s'effondre`: a verb that is only reflexive is a change all the same.
  if (!clause || clause.negation || (clause.reflexive && infinitiveOf !== "effondrer")) {
    return undefined;
  }
  // A pronoun or a demonstrative points further back still; a person does not change.
  if (/^(?:il|elle|ils|elles|ce|cet|cette|ces|celui|celle)(?!\p{L})/iu.test(clause.subject)) {
    return undefined;
  }
  if (!/^(?:le|la|les|l['’])/u.test(clause.subject)) return undefined;
  // `Le riz local et le maïs ont grimpé`: *la flambée du riz local et le maïs* is garbled.
  if (/\s(?:et|ou)\s/u.test(clause.subject)) return undefined;
  const infinitive = clause.simple ?? participleOf(clause.participle);
  if (!infinitive) return undefined;
  if (infinitive === "passer") {
    const up = risesFromTo(sentence.text.slice(clause.restOffset));
    return up !== undefined && up === rise ? clause.subject : undefined;
  }
  // `Le prix de la grenade oscille entre 2,200 et 3,500 dinars, soit une hausse d'environ 20 %`.
  // Only a measure's subject is what the figures are of (`Les producteurs vendent …, soit une
  // hausse` is the price's).
  const thatIs = THAT_IS_CHANGE.exec(sentence.text)?.groups?.way;
  if (thatIs && MEASURE_SUBJECT.test(clause.subject)) {
    return RISES.has(thatIs) === rise ? clause.subject : undefined;
  }
  if (clause.passive) return undefined;
  const way = RISING_VERBS.test(infinitive)
    ? true
    : FALLING_VERBS.test(infinitive)
      ? false
      : undefined;
  return way === rise ? clause.subject : undefined;
}

/** `38 400`, `1,9`: a figure as written, its spaces (thin or not) left out. */
function figure(written: string): number | undefined {
  return parseFrenchNumber(written.replace(/[\s\u00a0\u202f]/gu, ""));
}

/** Whether `de 58 % à 49,7 %` (`passer`'s two levels) went up; undefined when they are not read. */
function risesFromTo(rest: string): boolean | undefined {
  const levels = FROM_TO.exec(rest);
  const from = figure(levels?.[1] ?? "");
  const to = figure(levels?.[2] ?? "");
  return from === undefined || to === undefined || from === to ? undefined : to > from;
}

/** A measure's subject, then its verb of change (`Le taux de … a reculé de`, `est tombée à`). */
const MEASURE_CHANGE =
  /^(?:(?:Selon|D['’]après)\s[^,]{2,80}(?:,\s[^,]{2,60})?,\s+)?(?<subject>(?:Le|La|Les|L['’])\s*(?:nombre|taux|prix|production|récolte|proportion|part|superficie|volume|niveau|population|effectif|fréquentation|trafic|coût|débit)(?!\p{L})[^;:«»()]{0,160}?)\s+(?:a|ont|est|sont)\s+(?:(?:encore|légèrement|nettement|fortement|brutalement)\s+)?(?<participle>reculé|baissé|diminué|chuté|plongé|régressé|augmenté|progressé|grimpé|bondi|doublé|triplé|tombée?s?|montée?s?|passée?s?|en (?:hausse|baisse|recul|progression|repli))(?<rest>\s+(?:de|à|d['’])\s.*)$/u;
const FALLEN =
  /^(?:reculé|baissé|diminué|chuté|plongé|régressé|tombée?s?|en (?:baisse|recul|repli))$/u;
/** Where a measure's subject says where it is: `à Dogbo`, `dans la commune de Bassila`. */
const SUBJECT_PLACE =
  /\s+(?:(?:à|en|au)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|dans\s+(?:la|le|les|l['’])\s*(?:commune|région|province|wilaya|ville|département|district|zone|délégation)\s.*)$/u;
/** A subject this long is no question's. */
const MAX_SUBJECT_WORDS = 16;

/** What a measure's change states, and which way, from its own clause. */
function measuredChange(text: string): { subject: string; rise: boolean } | undefined {
  const found = MEASURE_CHANGE.exec(text)?.groups;
  if (!found?.subject || !found.participle) return undefined;
  const subject = (found.subject.split(/,(?!\d)/u)[0] ?? "")
    .replace(/\s+(?:qui|que|qu['’]|dont|où)\s.*$/u, "")
    .replace(SUBJECT_PLACE, "")
    .replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
  if (/\s(?:et|ou)\s/u.test(subject) || subject.split(/\s+/u).length > MAX_SUBJECT_WORDS) {
    return undefined;
  }
  if (/^passée?s?$/u.test(found.participle)) {
    const up = risesFromTo(found.rest ?? "");
    return up === undefined ? undefined : { subject, rise: up };
  }
  return { subject, rise: !FALLEN.test(found.participle) };
}

/** `, contre 31 700`: the figure of before, after the one of now. */
const AGAINST =
  /,\s+contre\s+(?:près de\s+|plus de\s+|environ\s+|quelque\s+)?(\d[\d\s\u00a0\u202f]*(?:,\d+)?)(?!\d)/u;
/** A figure and what it counts (four words at most), up to a word of time or place. */
const COUNTED_AT =
  /(?<![\d,.])(\d[\d\s\u00a0\u202f]*(?:,\d+)?)\s+(\p{Ll}[\p{Ll}'’-]*(?:\s+(?!(?:en|cette|cet|ce|au|à|dans|sur|pour|lors|selon|depuis|chez|par|dont|soit|qui|que|le|la|les|l['’]an|\p{Ll}+ant)(?!\p{L}))[\p{Ll}'’-]+){0,3})/gu;

/** `une production de 98 000 tonnes de paddy`: a harvest, weighed, and of what. */
const HARVEST_WEIGHED =
  /(?:une|la)\s+(production|récolte)\s+(?:de\s+|d['’])(?:près de\s+|plus de\s+|environ\s+)?\d[\d\s\u00a0\u202f]*(?:,\d+)?\s+(?:tonnes?|quintaux|kilos?|kilogrammes?)\s+(?:de\s+|d['’])(\p{Ll}[\p{Ll}'’-]*)/u;

/**
 * `l'île abritait cet été 38 400 couples nicheurs, contre 31 700 en 2024`: the number of what is
 * counted now and then (*le nombre de couples nicheurs*) and which way it went; none for a unit
 * (`tonnes`) or figures of different sizes (`52 espèces, contre 46 870`: two things).
 */
function countNowAndThen(text: string): { subject: string; rise: boolean } | undefined {
  const against = AGAINST.exec(text);
  if (!against) return undefined;
  const before = text.slice(0, against.index);
  const value = (written: string) => figure(written) ?? Number.NaN;
  const past = value(against[1] ?? "");
  // `41 236 oiseaux appartenant à 52 espèces, contre 46 870`: the figure of now is the one of
  // the same size as the one of before, the last such.
  const now = allMatches(before, COUNTED_AT)
    .reverse()
    .find((match) => {
      const present = value(match[1] ?? "");
      return present > 0 && past > 0 && present / past <= 3 && past / present <= 3;
    });
  const what = now?.[2]?.trim();
  // `une production de 98 000 tonnes de paddy`: a harvest weighed is the harvest.
  const harvest = HARVEST_WEIGHED.exec(before);
  const subject = harvest
    ? applyContractions(`la ${harvest[1]} de ${harvest[2]}`)
    : what && !COUNT_UNIT.test(what) && !isMoneyUnit(what.split(/\s+/u)[0] ?? "")
      ? applyContractions(`le nombre de ${what}`)
      : undefined;
  const present = value(now?.[1] ?? "");
  if (!now || !subject || present === past) return undefined;
  return { subject, rise: present > past };
}

/**
 * `Le kilo de café robusta s'achète désormais à 9 500 francs congolais …, contre 6 200 FC au
 * début de la campagne`: a price given now and then, the way market reports state a change.
 */
const PRICED_NOW_AND_THEN =
  /^(?<subject>(?:Le|La|Les|L['’])\s*[^,;:()]{2,60}?)\s+(?:(?:s['’]|se\s+)(?:achètent|achète|vendent|vend|échangent|échange|négocient|négocie|écoulent|écoule)|coûtent|coûte|(?:est|sont)\s+(?:vendue?s?|payée?s?|achetée?s?|cédée?s?|fixée?s?|négociée?s?))\s(?<rest>.*)$/u;
/** The first figure after `à` or `entre`, then the one after `, contre`. */
const NOW_THEN_LEVELS =
  /(?:^|\s)(?:à|entre)\s+(?:près de\s+|environ\s+|plus de\s+|quelque\s+)?(\d[\d\s\u00a0\u202f]*(?:,\d+)?)[^;:]*?,?\s+contre\s+(?:près de\s+|environ\s+|plus de\s+|quelque\s+)?(\d[\d\s\u00a0\u202f]*(?:,\d+)?)/u;

/**
 * What a price report says went up or down (`le prix du kilo de café robusta`), and which way;
 * undefined when the sentence gives no price now and then.
 *
 * @example
 * priceNowAndThen("Le kilo de café s'achète à 9 500 FC, contre 6 200 FC en avril.");
 * // { subject: "le prix du kilo de café", rise: true }
 */
export function priceNowAndThen(text: string): { subject: string; rise: boolean } | undefined {
  const priced = PRICED_NOW_AND_THEN.exec(text);
  const subject = priced?.groups?.subject;
  if (!priced || !subject || /\s(?:et|ou)\s/u.test(subject)) return undefined;
  const levels = NOW_THEN_LEVELS.exec(priced.groups?.rest ?? "");
  const now = figure(levels?.[1] ?? "");
  const then = figure(levels?.[2] ?? "");
  if (now === undefined || then === undefined || now === then) return undefined;
  const what = subject.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
  // `le prix du prix plancher` says it twice: a price is its own subject.
  const named = /^(?:le|les)\s+prix(?!\p{L})/u.test(what)
    ? what
    : applyContractions(`le prix de ${what}`);
  return { subject: named, rise: now > then };
}
