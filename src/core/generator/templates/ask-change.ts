/**
 * @module
 * How much a figure changed, the news of many economy and society stories: `La récolte est
 * passée de 61 à 28 millions de livres` → *À combien la récolte est-elle passée ?*; `Le prix du
 * riz a chuté de 30 %` → *De quel pourcentage le prix du riz a-t-il chuté ?*; `Le temps d'attente a été
 * réduit de huit jours à moins de 48 heures` → *À combien le temps d'attente a-t-il été réduit ?*.
 */
import type { ArticleAnalysis, Quantity } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { toDefinite } from "../../french/grammar/to-definite";
import { nounGender } from "../../french/lexicon/noun-gender";
import { finiteVerb, participleOf } from "../../french/lexicon/verb-form";
import { parseFrenchNumber } from "../../french/parse-french-number";
import type { Sentence } from "../../french/split-sentences";
import { type Candidate, figureQuestion } from "../candidate";
import {
  antecedents,
  type Clause,
  lowerDeterminer,
  pronounFor,
  question,
  readClause,
  verbAfterAux,
} from "./ask-clause";

/** Verbs of a change, as a participle of a compound past or a passive, or an infinitive. */
const CHANGE_PARTICIPLE =
  /^(?:passé|chuté|baissé|diminué|reculé|augmenté|progressé|bondi|grimpé|crû|fondu|plongé|remonté|tombé|réduit|ramené|relevé|abaissé|porté|rallongé|allongé|raccourci|revalorisé|majoré)(?:e|s|es)?$/u;
const CHANGE_INFINITIVE =
  /^(?:chuter|baisser|diminuer|reculer|augmenter|progresser|bondir|grimper|croître|plonger|remonter)$/u;
/** Only a passive says the change (`a été réduit de … à …`); these are transitive otherwise. */
const PASSIVE_ONLY =
  /^(?:réduit|ramené|relevé|abaissé|porté|rallongé|allongé|raccourci|revalorisé|majoré)/u;
/** `de`, and a word of approximation, before the first figure. */
const FROM = /^\s+(?:de\s+|d['’])(?:(?:plus|moins|près)\s+(?:de\s+|d['’])|environ\s+|quelque\s+)?/u;
/** `à`, a time or two before it, and a word of approximation, before the second figure. */
const TO =
  /^(?:\s+(?:en|l['’]an|l['’]année|cette année|fin)\s*[^,;:à]{0,20})?\s+à\s+(?:(?:plus|moins|près)\s+(?:de\s+|d['’])|environ\s+|quelque\s+)?/u;

/**
 * Proposes *De combien … ?* (*De quel pourcentage … ?* for a change in per cent) and *À combien … ?* on a figure that changed.
 *
 * @example
 * askChange(analysis)[0]?.prompt; // "De quel pourcentage le prix du riz a-t-il chuté ?"
 */
export function askChange(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    const clause = presentPassive(
      sentence,
      readClause(sentence, analysis.people, true, before.get(sentence.start)),
    );
    const rate = rateOfChange(analysis, clause, sentence) ?? rateAsAttribute(analysis, sentence);
    if (rate) candidates.push(rate);
    if (!clause || clause.reflexive || !isChange(clause)) continue;
    const rest = sentence.text.slice(clause.restOffset);
    const from = FROM.exec(rest);
    if (!from) continue;
    const firstStart = sentence.start + clause.restOffset + from[0].length;
    // `de six à trois jours`: the first figure shares the second's unit.
    const first = quantityAt(analysis, firstStart) ?? bareFigureAt(analysis, firstStart);
    if (!first) continue;
    const after = analysis.body.slice(first.end, sentence.end);
    const to = TO.exec(after);
    // `de 8 % en 2025 par rapport à l'année précédente`: an `à` with no figure after it is
    // no figure reached.
    const reached = to && FIGURE_START.test(after.slice(to[0].length)) ? to : null;
    const second = reached ? quantityAt(analysis, first.end + reached[0].length) : undefined;
    // `de 30 %`: by how much. `de huit jours à 48 heures`: the figure reached, asked here of
    // a passive (`a été réduit de … à …`); ask-estimate asks it of any other verb.
    // `est passé de 17 à 23 dollars`, `passe de 1 000 à 1 500 FDJ`: `passer` says only that.
    if (reached && !clause.passive && !isPassing(clause)) continue;
    // `passe de 420 places dans la salle à 300 places sur les gradins`: a level reached past a
    // where is still a level reached; the first figure is where it started, not by how much
    // (round 168: *De combien la jauge passe-t-elle ? → 420 places*, DEFECT for both graders).
    if (!reached && LATER_LEVEL.test(after)) continue;
    const answer = reached ? second : quantityAt(analysis, firstStart);
    if (!answer) continue;
    // `a progressé de 8 % en 2025 par rapport à l'année précédente`: when and against what
    // the change is measured stay in the question (another year may change otherwise).
    const following = analysis.body.slice(answer.end, sentence.end);
    const when = AT_TIME.exec(following);
    const reference = REFERENCE.exec(when ? following.slice(when[0].length) : following);
    const measured = [when?.groups?.time, reference?.groups?.reference].filter(Boolean).join(" ");
    const prompt = changeQuestion(
      analysis,
      clause,
      second ? "À combien" : byHowMuch(answer),
      second ? "" : measured,
    );
    candidates.push({
      template: "change",
      prompt,
      answer: { kind: "number", quantity: answer },
      sentence,
      reliability: 0.9,
      topic: `change:${sentence.start}`,
      choice: true,
    });
  }
  return candidates;
}

/** Verbs that state a level the subject is at: the subject is the figure that changed. */
const LEVEL_VERB = /^(?:atteint|totalis\p{Ll}*|établi\p{Ll}*|élevé\p{Ll}*)$/u;
/**
 * `Le prix d'achat du cacao a été fixé à 3 200 francs CFA, soit une hausse de 14 %`: a level
 * set for the subject (rounds 92: the rise was a key fact, asked nowhere).
 */
const SET_LEVEL = /^(?:fixé|porté|arrêté|établi|relevé|estimé|évalué|chiffré)e?s?$/u;
const LEVEL_INFINITIVE = /^(?:atteindre|totaliser|s['’]établir|s['’]élever)$/u;
/**
 * `…, en hausse de 7,4 % par rapport à la même période de l'année précédente` or `…, soit une
 * baisse de 23 %`: the change, then what it is measured against (kept when short).
 */
const RATE =
  /,\s+(?:soit\s+une|(?:un\s+(?:chiffre|total|niveau|volume|montant)\s+)?en)\s+(?<way>hausse|augmentation|progression|baisse|recul|repli|diminution)\s+de\s+(?:(?:près|plus|moins)\s+de\s+)?(?=\d)/u;
/** `dans la salle à 300 places`: a figure reached after `à`, further on in the clause. */
const LATER_LEVEL =
  /^[^,;:.]{1,50}?\sà\s+(?:(?:plus|moins|près)\s+(?:de\s+|d['’])|environ\s+|quelque\s+)?(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)(?!\p{L}))/u;
/** A figure in digits or in words. */
const FIGURE_START =
  /^(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)(?!\p{L}))/u;
/** `en 2025`, `l'an dernier`, `sur un an`: the time a change is measured over. */
const AT_TIME =
  /^\s+(?<time>en (?:19|20)\d{2}|l['’]an dernier|l['’]année dernière|cette année|sur un an)(?=[\s,.;]|$)/u;
const REFERENCE =
  /^\s+(?<reference>par rapport (?:à|au|aux)\s[^,;:.()«»]{3,70}|sur un an)(?=[,.;]|$)/u;

/**
 * *De quel pourcentage les recettes touristiques ont-elles augmenté par rapport à l'an dernier ?* from
 * `Les recettes touristiques ont atteint 6 312 MD, en hausse de 7,4 % par rapport à l'an dernier`:
 * a rate of change is the news of a figure (blind grading: facts files name it key).
 */
function rateOfChange(
  analysis: ArticleAnalysis,
  clause: Clause | undefined,
  sentence: Sentence,
): Candidate | undefined {
  // `est estimée cette saison à 24 500 tonnes`: read as `être` and its attribute, a level set.
  const setAfterBe =
    clause?.simple === "être" &&
    SET_LEVEL.test(/^\s*(\p{Ll}+)/u.exec(sentence.text.slice(clause.restOffset))?.[1] ?? "");
  const level =
    clause !== undefined &&
    (clause.simple
      ? LEVEL_INFINITIVE.test(clause.simple) || setAfterBe
      : (LEVEL_VERB.test(clause.participle) && !clause.passive) ||
        (clause.passive && SET_LEVEL.test(clause.participle)));
  if (clause?.negation) return undefined;
  const offset = clause?.restOffset ?? 0;
  const rate = RATE.exec(sentence.text.slice(offset));
  if (!rate) return undefined;
  const start = sentence.start + offset + rate.index + rate[0].length;
  const answer = quantityAt(analysis, start);
  if (!answer) return undefined;
  // The figure that changed: the subject of a verb of level (`Les recettes ont atteint …`),
  // else the things counted before the change (`1 214 escales … ont été enregistrées` → *le
  // nombre d'escales*).
  // `Les producteurs seront payés 168 euros la tonne, soit une hausse de 6 %`: what rose is
  // the price paid to them (round 92: a key fact asked nowhere).
  const paid =
    clause?.passive && /^payée?s?$/u.test(clause.participle) && clause.plural
      ? { text: applyContractions(`le prix payé à ${toDefinite(clause.subject)}`), plural: false }
      : undefined;
  const subject =
    paid ??
    (level && clause
      ? /^(?:ce|cet|cette|ces)\s/u.test(clause.subject)
        ? undefined
        : { text: clause.subject, plural: clause.plural }
      : countedBefore(analysis, sentence.start, start));
  if (!subject) return undefined;
  if (!pronounFor(subject.text, subject.plural, analysis.people)) return undefined;
  const way = /^(?:hausse|augmentation|progression)$/u.test(rate.groups?.way ?? "")
    ? "augmenté"
    : "baissé";
  const reference = REFERENCE.exec(
    analysis.body.slice(answer.end, sentence.start + sentence.text.length),
  )?.groups?.reference;
  const asked = {
    subject: toDefinite(subject.text),
    aux: subject.plural ? "ont" : "a",
    plural: subject.plural,
  };
  const prompt = question(
    byHowMuch(answer),
    asked,
    way,
    reference ?? "",
    undefined,
    analysis.people,
  );
  return figureQuestion("change", prompt, answer, sentence, 0.9);
}

/** Units that count things one by one, not a measure nor a sum (`escales`, `demandes`). */
const MEASURED =
  /^(?:%|pour cent|ans|années|mois|semaines|jours|heures|minutes|secondes|fois|points|tonnes|litres|hectares|kilomètres|mètres|kg|km|m|m3|m²|km²|degrés|°C|unités)$|euros|dollars|francs|dirhams|dinars|livres|ariary|gourdes|FCFA|CFA|MDH|MD|\$|€/u;

/**
 * `1 214 escales de porte-conteneurs ont été enregistrées …`: *le nombre d'escales de
 * porte-conteneurs*, the one counted figure of the sentence before the change.
 */
function countedBefore(
  analysis: ArticleAnalysis,
  sentenceStart: number,
  end: number,
): { text: string; plural: boolean } | undefined {
  // A time (`des dix premiers mois`) is no count; two counts would leave it open which one.
  const counted = analysis.quantities.filter(
    (quantity) =>
      quantity.start >= sentenceStart &&
      quantity.end <= end &&
      !MEASURED.test(quantity.unit.trim().split(/\s+/u).at(-1) ?? ""),
  );
  const [quantity] = counted;
  if (!quantity || counted.length > 1 || quantity.value < 10) return undefined;
  // The count is what the sentence is about: its subject (`1 214 escales … ont été
  // enregistrées`) or its verb's object (`a enregistré 2 318 demandes`), not a word of a
  // complement (`les échanges entre les deux pays`).
  const before = analysis.body.slice(sentenceStart, quantity.start).trimEnd();
  const last = /(\p{Ll}+)$/u.exec(before)?.[1] ?? "";
  const opens = before === "" || before.endsWith(",");
  if (!opens && finiteVerb(last) === undefined && participleOf(last) === undefined) {
    return undefined;
  }
  const unit = quantity.unit.trim();
  if (!/^\p{Ll}+[sx]$/u.test(unit)) return undefined;
  if (nounGender(unit) === undefined && nounGender(unit.replace(/[sx]$/u, "")) === undefined) {
    return undefined;
  }
  // `de porte-conteneurs`, `de protection internationale`: what the counted noun is of.
  const complement =
    /^\s+(?:de|d['’])\s*(?!(?:la|le|les|l['’]|un|une|ce|cette|ces|son|sa|ses)(?!\p{L}))\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}+(?:ale|ales|aux|ique|iques|elle|elles|aire|aires))?(?=[\s,.])/u.exec(
      analysis.body.slice(quantity.end, quantity.end + 50),
    )?.[0] ?? "";
  const elided = /^[aeiouyéèêh]/iu.test(unit) ? "d'" : "de ";
  return {
    text: `le nombre ${elided}${unit}${complement}`.replace(/(['’])\s+/gu, "$1"),
    plural: false,
  };
}

/**
 * `Le trajet est rallongé de 25 minutes`: a clause read as `être` and an attribute is a passive
 * in the present when the attribute is the participle of a change only a passive says.
 */
function presentPassive(sentence: Sentence, clause: Clause | undefined): Clause | undefined {
  if (clause?.simple !== "être") return clause;
  const participle = /^\s*(\p{Ll}+)(?=\s)/u.exec(sentence.text.slice(clause.restOffset));
  const word = participle?.[1] ?? "";
  if (!participle || !CHANGE_PARTICIPLE.test(word) || !PASSIVE_ONLY.test(word)) return clause;
  return {
    ...clause,
    simple: undefined,
    participle: word,
    passive: true,
    simplePassive: true,
    restOffset: clause.restOffset + participle[0].length,
  };
}

function isChange(clause: Clause): boolean {
  if (clause.simple) return CHANGE_INFINITIVE.test(clause.simple) || isPassing(clause);
  if (!CHANGE_PARTICIPLE.test(clause.participle)) return false;
  return clause.passive || !PASSIVE_ONLY.test(clause.participle);
}

/** `passe de … à …`, `est passé de … à …`: a figure that went from one level to another. */
function isPassing(clause: Clause): boolean {
  return (
    clause.simple === "passer" ||
    (/^(?:est|sont|était|étaient)$/u.test(clause.aux) && /^passée?s?$/u.test(clause.participle))
  );
}

/**
 * `Le budget 2026 est en hausse de près de 11 % par rapport à …`: a change as an attribute of a
 * subject named from the sentence's start (not `Ce volume`, which points back).
 */
const RATE_ATTRIBUTE =
  /^(?<subject>(?:Le|La|Les|L['’])\s*[^,;:«»()]{2,80}?)\s+(?<verb>est|sont|était|étaient)\s+en\s+(?<way>hausse|augmentation|progression|baisse|recul|repli|diminution)\s+de\s+(?:(?:près|plus|moins)\s+de\s+)?(?=\d)/u;

/**
 * *De quel pourcentage le budget 2026 a-t-il augmenté par rapport à celui de l'année en cours ?* from
 * `Le budget 2026 est en hausse de près de 11 % par rapport à celui de l'année en cours`.
 */
function rateAsAttribute(analysis: ArticleAnalysis, sentence: Sentence): Candidate | undefined {
  const rate = RATE_ATTRIBUTE.exec(sentence.text);
  const written = rate?.groups?.subject ?? "";
  const answer = rate && quantityAt(analysis, sentence.start + rate[0].length);
  if (!answer || written.split(/\s+/u).length > 10) return undefined;
  const subject = lowerDeterminer(written);
  const plural = /^(?:sont|étaient)$/u.test(rate.groups?.verb ?? "");
  if (!pronounFor(subject, plural, analysis.people)) return undefined;
  const way = /^(?:hausse|augmentation|progression)$/u.test(rate.groups?.way ?? "")
    ? "augmenté"
    : "baissé";
  const reference =
    REFERENCE.exec(analysis.body.slice(answer.end, sentence.end))?.groups?.reference ?? "";
  const prompt = question(
    byHowMuch(answer),
    { subject, aux: plural ? "ont" : "a", plural },
    way,
    reference,
    undefined,
    analysis.people,
  );
  return figureQuestion("change", prompt, answer, sentence, 0.9);
}

/** A figure without its unit right before `à` (`six`, `200`): where it ends. */
function bareFigureAt(analysis: ArticleAnalysis, start: number): { end: number } | undefined {
  const figure = /^(?:\d[\d\s.,]*\d|\d|\p{Ll}+(?:-\p{Ll}+)*)(?=\s+à\s)/u.exec(
    analysis.body.slice(start, start + 30),
  )?.[0];
  if (!figure || (!/^\d/u.test(figure) && parseFrenchNumber(figure) === undefined))
    return undefined;
  return { end: start + figure.length };
}

function quantityAt(analysis: ArticleAnalysis, start: number): Quantity | undefined {
  return analysis.quantities.find((quantity) => quantity.start === start);
}

function changeQuestion(
  analysis: ArticleAnalysis,
  clause: Clause,
  head: string,
  measured = "",
): string {
  const subject = toDefinite(clause.subject);
  const verb = verbAfterAux(clause);
  const tail = [verb, measured]
    .filter(Boolean)
    .map((part) => ` ${part}`)
    .join("");
  const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
  if (!pronoun) return applyContractions(`${head} est-ce que ${subject} ${clause.aux}${tail} ?`);
  const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
  return applyContractions(`${head} ${subject} ${clause.aux}${t}-${pronoun}${tail} ?`);
}

/**
 * *De quel pourcentage … ?* for a change in per cent: *De combien le prix du maïs a-t-il
 * augmenté ?* has the rise in francs for an answer too, when the article gives both levels
 * (round 130: DEFECT for both graders).
 */
function byHowMuch(answer: { unit: string }): string {
  return /^(?:%|pour cent)$/u.test(answer.unit) ? "De quel pourcentage" : "De combien";
}
