/**
 * @module
 * Gap-fill questions: a clause of the article with a key phrase left out — a short quotation, a
 * date, a year, a quantity, a place, an organisation or a person. They cover what the other
 * templates cannot phrase as a question.
 */

import type { ArticleAnalysis, Mention, Quantity } from "../../french/entities";
import { findVote } from "../../french/find-vote";
import { needsComplement } from "../../french/grammar/ends-incomplete";
import { hasFiniteVerb } from "../../french/has-finite-verb";
import { isRangeEnd, isRangeStart } from "../../french/is-range-bound";
import { isCommonWord, isFunctionWord } from "../../french/lexicon/common-words";
import { nounGender } from "../../french/lexicon/noun-gender";
import { finiteVerb, participleOf } from "../../french/lexicon/verb-form";
import type { Sentence } from "../../french/split-sentences";
import { normaliseAnswer } from "../../marking/normalise-answer";
import { allMatches } from "../../text/all-matches";
import { countOccurrences } from "../../text/count-occurrences";
import { singleSpaces } from "../../text/single-spaces";
import { startAhead } from "../../text/start-ahead";
import type { Candidate, CandidateAnswer } from "../candidate";
import { sentenceContaining } from "../sentence-containing";

const GAP = "……";
const MAX_CLAUSE = 180;
const MIN_CLAUSE = 80;
/** Longest context kept on each side of the gap in a long sentence. */
const SIDE = 90;
/** Fewer words around the gap leave too little to go on. */
const MIN_CONTEXT_WORDS = 6;
/** A short quotation: 1 to 6 words between quotes. */
const SHORT_QUOTE = /[«"“]\s*([^«»"“”]{3,60}?)\s*[»"”]/gu;
/**
 * A number written in digits (`3,2`, `100 000`), not part of a date, a word or a time: neither
 * the hours nor the minutes of `vers 5 h 40` (blind grading: a blank on the minutes, DEFECT),
 * nor a piece of a race time (`2 h 31 min 37 s`).
 */
const BARE_NUMBER = new RegExp(
  String.raw`${startAhead([], { digit: true })}(?<![\p{L}\d/,.])(?<!\d[\s\u00a0]?(?:h|min)[\s\u00a0]?)(?:\d{1,3}(?:[\s\u00a0]\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]\d)|\d+)(?:,\d+)?(?![\d/\p{L}]|\.\d)(?!\s?(?:h|min|s)(?:\s?\d|(?!\p{L})))`,
  "gu",
);
/**
 * A noun phrase: a whole determiner (not the `sa` of `salué`), then two to seven words, up to
 * punctuation, a relative pronoun or a preposition other than `de` (`un cyborg tueur`, `la
 * résistance humaine contre…` stops at `contre`).
 */
const NOUN_PHRASE_DETERMINERS = "le|la|les|un|une|des|du|son|sa|ses|leur|leurs";
const NOUN_PHRASE = new RegExp(
  String.raw`${startAhead([NOUN_PHRASE_DETERMINERS, "l"])}(?<![\p{L}'’])(?:(?:${NOUN_PHRASE_DETERMINERS})\s+|l['’])(?:(?!(?:qui|que|dont|où|et|ou|mais|pour|par|avec|dans|sur|sous|en|à|au|aux|est|sont|a|ont|était|fut|se|ne)\s)[\p{Ll}\p{Lu}][\p{L}'’-]*(?:\s+|(?=[,.;:()]|$))){2,7}`,
  "gu",
);
/** Link words and determiners a noun phrase cannot end on (`… du sud de la`). */
const DANGLING_END = /(?:\s+(?:de|d['’]|du|des|le|la|les|l['’]|un|une|leur|leurs|son|sa|ses))+$/u;

/**
 * `du transport urbain du Grand Agadir | paieront leur trajet`: a noun phrase ends before a
 * conjugated verb (one the lexicon does not also know as a noun).
 */
function beforeVerb(phrase: string): string {
  const words = phrase.split(/\s+/u);
  const verb = words.findIndex(
    (word, index) => index > 0 && /^\p{Ll}/u.test(word) && finiteVerb(word) && !nounGender(word),
  );
  return verb === -1 ? phrase : words.slice(0, verb).join(" ");
}
/** A line of practical information closing a culture or leisure article. */
const PRACTICAL =
  /^(?:Tarifs?|Horaires?|Prix|Infos?(?: pratiques)?|Renseignements|Réservations?|Contact|Entrée|Billetterie|Accès|Ouverture)\s*:/iu;
/** Noun phrases per sentence kept as gap-fill candidates: the longest ones. */
const PHRASES_PER_SENTENCE = 3;
/** `XVIIe siècle`, `19e siècle`. */
const CENTURY = new RegExp(
  String.raw`${startAhead(["I|V|X|L|C"], { digit: true })}(?<![\p{L}\d])(?:[IVXLC]+|\d{1,2})(?:e|er|ème)\s+siècle(?!\p{L})`,
  "gu",
);
const YEAR_PREPOSITIONS = "en|depuis|dès|jusqu['’]en|avant|après|de|vers";
/** A year after a preposition: `en 2019`, `depuis 1815`. */
const YEAR = new RegExp(
  String.raw`${startAhead([YEAR_PREPOSITIONS], { whole: true })}(?<![\p{L}\d])(?:${YEAR_PREPOSITIONS})\s+(?<year>1\d{3}|20\d{2})(?![\d])`,
  "gu",
);

/**
 * Proposes a gap-fill question for each key phrase of each sentence.
 *
 * @example
 * askGapFill(analysis)[0]?.prompt;
 * // "Complétez : « … a fait part de son admiration pour la technologie …… utilisée … »"
 */
export function askGapFill(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (mention: Mention, answer: CandidateAnswer, reliability: number) => {
    const sentence = sentenceContaining(analysis.sentences, mention.start);
    if (!sentence || mention.end > sentence.end) return;
    // `Tarif : 8 € ; gratuit pour les moins de 7 ans.`: practical information, not the news.
    if (PRACTICAL.test(sentence.text)) return;
    if (!isWholeSpan(analysis.body, mention, answer)) return;
    // `Ordre national des pharmaciens du ……`: a word of a name is no whole answer.
    if (answer.kind !== "organisation" && insideOrganisation(analysis, mention)) return;
    const prompt = gapPrompt(analysis.body, sentence, mention);
    if (!prompt) return;
    candidates.push({
      template: "gap-fill",
      prompt,
      answer,
      sentence,
      reliability,
      // One gap per thing: the same date or person left out twice asks the same.
      topic: `gap:${gapKey(answer, mention)}`,
      // Options must fit the words around the gap (`du ……`): only people and numbers always do.
      choice: answer.kind === "person" || answer.kind === "number" || answer.kind === "place",
    });
  };
  for (const match of analysis.body.matchAll(SHORT_QUOTE)) {
    const text = match[1] ?? "";
    const words = text.split(/\s+/).length;
    if (words > 6 || /[.!?]$/.test(text)) continue;
    const start = match.index + match[0].indexOf(text);
    // Typing back a quote's words tests recall, not reading (blind grading: WEAK every time):
    // kept for when nothing else is left.
    add({ text, start, end: start + text.length }, { kind: "phrase", text }, 0.35);
  }
  for (const date of analysis.dates) {
    if (date.day) add(date, { kind: "date", date }, 0.55);
    else add(date, { kind: "phrase", text: date.text }, 0.45);
    // The year of a full date is worth asking on its own (`En quelle année… ?` in disguise).
    const year = /\d{4}$/.exec(date.text);
    if (date.day && year) {
      const start = date.start + year.index;
      const quantity = { text: year[0], start, end: date.end, value: Number(year[0]), unit: "" };
      add(quantity, { kind: "number", quantity }, 0.3);
    }
  }
  for (const match of analysis.body.matchAll(YEAR)) {
    const text = match.groups?.year ?? "";
    const start = match.index + match[0].length - text.length;
    const quantity = { text, start, end: start + text.length, value: Number(text), unit: "" };
    add(quantity, { kind: "number", quantity }, 0.5);
  }
  for (const quantity of analysis.quantities) {
    if (isWorkedOut(analysis, quantity)) continue;
    add(quantity, { kind: "number", quantity }, 0.55);
  }
  for (const place of analysis.places) {
    for (const mention of place.mentions.slice(0, 3)) add(mention, { kind: "place", place }, 0.45);
  }
  for (const organisation of analysis.organisations) {
    for (const mention of organisation.mentions.slice(0, 3)) {
      // The gap stands for the words left out: the acronym, or the full name, or either when
      // the organisation has only one.
      const form =
        !organisation.acronym || organisation.acronym === organisation.name
          ? "either"
          : mention.text === organisation.acronym
            ? "acronym"
            : "name";
      add(mention, { kind: "organisation", organisation, form }, 0.45);
    }
  }
  for (const person of analysis.people) {
    // A blank stands for the words left out: only mentions of the whole name.
    const named = person.mentions.filter(
      (m) => m.text === person.name || person.aliases.includes(m.text),
    );
    for (const mention of named.slice(0, 3)) add(mention, { kind: "person", person }, 0.45);
  }
  for (const match of analysis.body.matchAll(CENTURY)) {
    const text = match[0];
    add(
      { text, start: match.index, end: match.index + text.length },
      { kind: "phrase", text },
      0.45,
    );
  }
  for (const phrase of keyPhrases(analysis)) {
    add(phrase, { kind: "phrase", text: phrase.text }, 0.25);
  }
  for (const name of analysis.names) add(name, { kind: "phrase", text: name.text }, 0.35);
  for (const match of analysis.body.matchAll(BARE_NUMBER)) {
    const text = match[0];
    const inside = (m: Mention) => m.start <= match.index && match.index < m.end;
    const covered = analysis.quantities.some(inside) || analysis.dates.some(inside);
    if (covered) continue;
    const value = Number(text.replace(/\s/g, "").replace(",", "."));
    const quantity = { text, start: match.index, end: match.index + text.length, value, unit: "" };
    add(quantity, { kind: "number", quantity }, 0.3);
  }
  return candidates;
}

/** A change by a share: `une hausse de 28 %`, `en baisse de 22 %`. */
const CHANGE_BY_SHARE =
  /(?<!\p{L})(?:hausse|baisse|augmentation|recul|repli|progression|diminution|chute)\s+de\s+(?:(?:près|plus|moins)\s+de\s+)?\d[\d\s,]*\s?%/u;

/**
 * `La somme de …… représente une hausse de 28 % par rapport aux 271 millions $`: a figure its
 * own sentence lets one work out, from another of its unit and the change between them (blind
 * grading: the only option above 271 millions, given away).
 */
/** A score in the sentence: `(33-39)`, `74-66`, `2 à 1`. */
const SCORE = /(?<![\d,.])(\d{1,3})\s*(?:-|–|à)\s*(\d{1,3})(?![\d,.])/gu;

function isWorkedOut(analysis: ArticleAnalysis, quantity: Quantity): boolean {
  const sentence = sentenceContaining(analysis.sentences, quantity.start);
  if (!sentence) return false;
  // `Menées de six points à la pause (33-39)`: a gap the score beside it gives (round 77).
  for (const score of allMatches(sentence.text, SCORE)) {
    if (Math.abs(Number(score[1]) - Number(score[2])) === quantity.value) return true;
  }
  if (!CHANGE_BY_SHARE.test(sentence.text)) return false;
  const end = sentence.start + sentence.text.length;
  const others = analysis.quantities.filter(
    (other) => other !== quantity && other.start >= sentence.start && other.end <= end,
  );
  const unit = (figure: Quantity) => figure.unit.trim();
  // The share itself, from the two figures it lies between.
  if (unit(quantity) === "%" || unit(quantity) === "pour cent") {
    return others.some((one) => others.some((two) => one !== two && unit(one) === unit(two)));
  }
  return others.some((other) => unit(other) === unit(quantity));
}

/** `Complétez : « clause with a gap »`, or undefined when the phrase appears twice in the clause. */
function gapPrompt(body: string, sentence: Sentence, mention: Mention): string | undefined {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_CLAUSE) {
    // Keep the clause around the gap: from the comma before it to the comma after it, then
    // widen to neighbouring clauses or cut at a word while it stays readable.
    start = clauseStart(body, sentence, mention.start);
    end = clauseEnd(body, sentence, mention.end);
    // Cut at a word, a window opens mid-phrase (`… rural et des Productions vivrières, ……`:
    // a minister's title torn, blind grading): it opens at the next comma when there is one.
    if (mention.start - start > SIDE) {
      const cut = wordAfter(body, mention.start - SIDE);
      start = nextClause(body, cut, mention);
      // No comma to open on and the sentence's start a little further: the window takes the
      // whole subject (`Le temps d'attente | moyen des porte-conteneurs …` was torn).
      if (start === cut && cut - sentence.start <= SIDE / 2) start = sentence.start;
    }
    if (end - mention.end > SIDE) {
      end = wordBefore(body, mention.end + SIDE);
      const comma = body.lastIndexOf(", ", end);
      if (comma >= mention.end) end = comma;
    }
    ({ start, end } = withoutCutPairs(body, start, mention, end));
    ({ start, end } = withoutDanglingEdges(body, sentence, start, mention, end));
    if (start > sentence.start) {
      const before = body.slice(start, mention.start);
      // `… ses | capacités de stockage et prévoit …`: a window opening on a noun torn from its
      // determiner or its preposition is a torn phrase (round 164: « fragment de phrase
      // mutilé », DEFECT).
      if (TORN_FROM_BEFORE.test(body.slice(Math.max(sentence.start, start - 12), start))) {
        return undefined;
      }
      // `… ne pèsent plus que …… du chiffre d'affaires`: a window opening on its verb, past the
      // subject's incise, has lost what the figure is of (round 111: « sujet supprimé »).
      const opening = /^(n['’]|ne\s+)?(\p{Ll}+)/u.exec(before);
      const first = opening?.[2] ?? "";
      const onVerb = finiteVerb(first) !== undefined && nounGender(first) === undefined;
      if (opening && (opening[1] !== undefined || onVerb)) return undefined;
      // `… ouest-africaine de développement (BOAD), qui …`: a window still opening inside a
      // name (`la Banque | ouest-africaine`) with no clause to open on instead asks nothing.
      if (NAME_BEFORE.test(body.slice(sentence.start, start)) && /^\p{Ll}/u.test(before)) {
        return undefined;
      }
      // `… il y a ……, a annoncé jeudi le Parc`: a window whose blank's own clause is a few
      // words says nothing of what the blank measures (round 79).
      const own = `${before.split(", ").at(-1)} ${body.slice(mention.end, end).split(", ")[0]}`;
      if (countWords(own) < MIN_CLAUSE_WORDS) return undefined;
      // `… 34 ans, devront en outre verser ……`: a window opening on the tail of an apposition,
      // its verb cut from the subject (round 94: « sujet tronqué »).
      const [tail = "", ...clauses] = before.split(", ");
      const verb = /^\p{Ll}+/u.exec(clauses[0] ?? "")?.[0] ?? "";
      // `… la 3e du genre depuis sa création, a mobilisé ……`: so is an apposition's noun phrase
      // (round 110: « sujet absent »).
      const phrase =
        /^(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s|^l['’]/u.test(tail) && countWords(tail) <= 8;
      if (
        clauses.length > 0 &&
        (countWords(tail) <= 3 || phrase) &&
        finiteVerb(verb) !== undefined
      ) {
        return undefined;
      }
    }
  }
  const window = `${body.slice(start, mention.start)}${GAP}${body.slice(mention.end, end)}`;
  const clause = singleSpaces(window)
    .replace(/^[\s,;:]+/, "")
    .trim();
  const rest = normaliseAnswer(clause.replace(GAP, " "));
  if (` ${rest} `.includes(` ${normaliseAnswer(mention.text)} `)) return undefined;
  if (countOccurrences(rest, " ", MIN_CONTEXT_WORDS) + 1 < MIN_CONTEXT_WORDS) return undefined;
  if (unbalanced(clause)) return undefined;
  // `… contre …… au début de la campagne …`: a window opening on a comparison or a
  // restatement leaves out what it compares (blind grading, round 72: no context).
  if (start > sentence.start && COMPARISON_OPENING.test(clause)) return undefined;
  // `… et celles d'huile de palme de …… »`: a pronoun standing for what the window cut off
  // (round 112: « fragment qui n'a pas de sens seul »).
  if (start > sentence.start && /^(?:et\s+)?(?:celles?|ceux|celui)(?!\p{L})/iu.test(clause)) {
    return undefined;
  }
  // `… et …… des hospitalisations …`: the second of two objects, its verb left before the
  // window, is a bare noun phrase (round 138: « fragment illisible hors contexte »).
  if (start > sentence.start && /^(?:et|ou|mais|ainsi que)\s/u.test(clause)) {
    if (!hasFiniteVerb(clause.replace(GAP, " "))) return undefined;
  }
  // `Le coton de deuxième choix sera, lui, acheté à …… le kilo.`: a figure set against the one
  // before (`lui`); without it, options above the first-choice price read as plausible (round
  // 116: « distracteurs absurdes »).
  if (/,\s(?:lui|elle|eux|elles|quant à (?:lui|elle|eux|elles)),\s/u.test(clause)) return undefined;
  // `Construite et équipée pour un montant de ……, | la nouvelle structure dispose …`: a window
  // cut to a fronted participle's phrase has no verb and no subject (round 171: « énoncé
  // tronqué, sans sujet ni contexte », DEFECT for both graders).
  const opening = /^(\p{Lu}\p{Ll}+)\s/u.exec(clause)?.[1]?.toLowerCase() ?? "";
  if (
    start === sentence.start &&
    end < sentence.end &&
    participleOf(opening) !== undefined &&
    nounGender(opening) === undefined &&
    !hasFiniteVerb(clause.replace(GAP, " "))
  ) {
    return undefined;
  }
  const open = start > sentence.start ? "… " : "";
  const close = end < sentence.end ? " …" : "";
  // A quotation inside the prompt's own guillemets takes the inner marks French nests them with
  // (`« “Nous avons reçu …”, explique … »`), not a doubled `« «` (round 109: DEFECT).
  const nested = /[«»]/u.test(clause)
    ? clause.replace(/«\s*/gu, "“").replace(/\s*»/gu, "”")
    : clause;
  return `Complétez : « ${open}${nested}${close} »`;
}

/** Words of the blank's own clause in a cut window, the blank aside. */
const MIN_CLAUSE_WORDS = 5;

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /\p{L}|\d/u.test(word)).length;
}

/** A capitalised word just before a window's start, nothing between them but a space. */
const NAME_BEFORE = /(?<=\s)\p{Lu}[\p{L}'’-]*\s+$/u;

/** A clause that only compares or restates what the one before it says. */
const COMPARISON_OPENING = /^(?:contre|soit|face à|comparé|par rapport|au lieu)(?!\p{L})/iu;

/** Start of the clause holding `offset`, widened while it is shorter than MIN_CLAUSE. */
function clauseStart(body: string, sentence: Sentence, offset: number): number {
  let start = offset;
  do {
    // `, ` and not `,`: a decimal comma (`7,9`) does not end a clause.
    const comma = body.lastIndexOf(", ", start - 3);
    start = comma >= sentence.start ? comma + 2 : sentence.start;
  } while (offset - start < MIN_CLAUSE / 2 && start > sentence.start);
  return start;
}

function clauseEnd(body: string, sentence: Sentence, offset: number): number {
  let end = offset;
  do {
    const comma = body.indexOf(", ", end + 1);
    end = comma !== -1 && comma < sentence.end ? comma : sentence.end;
  } while (end - offset < MIN_CLAUSE / 2 && end < sentence.end);
  return end;
}

/** Small words a cut window must not end on (`pour la …`) nor open on (`… du Congo`). */
const EDGE_WORDS = new Set(
  "de du des d' d’ la le les l' l’ un une pour à au aux en et ou sur par avec dans sans sous vers chez entre".split(
    " ",
  ),
);

/**
 * A cut window that ends on a small word (`… pour la …`) or opens on one with the rest of a name
 * (`… du Congo`) reads as a torn phrase (blind grading): it loses those words.
 */
function withoutDanglingEdges(
  body: string,
  sentence: Sentence,
  start: number,
  mention: Mention,
  end: number,
): { start: number; end: number } {
  let last = end;
  while (last < sentence.end && last > mention.end) {
    const words = body.slice(mention.end, last).trimEnd();
    // `… situés entre 8 …`: a range cut after its first figure loses its start too (round 110:
    // « extrait coupé en plein syntagme »).
    const range = /\s(?:entre|de)\s+\d[\d\s\u00a0\u202f.,]*$/u.exec(words);
    if (range && /^\s*(?:et|à)\s/u.test(body.slice(mention.end + words.length))) {
      last = mention.end + range.index;
      continue;
    }
    const word = /(\S+)$/u.exec(words)?.[1] ?? "";
    // `… sites rocheux situés …`: nor on a participle cut from what it needs.
    if (
      !EDGE_WORDS.has(word.toLowerCase()) &&
      !/[dl]['’]$/iu.test(word) &&
      !needsComplement(word)
    ) {
      break;
    }
    last = mention.end + words.length - word.length;
  }
  let first = start;
  // `… du Congo`: the end of a name torn from its start goes, with the small word before it.
  const torn = first > sentence.start ? TORN_NAME.exec(body.slice(first, mention.start)) : null;
  // What is left of the name's phrase (`… rural et des Productions vivrières, ……`) goes too.
  // When no clause opens before the gap, the sentence's start does, if it is not too far.
  if (torn) {
    const left = first + torn[0].length;
    const next = nextClause(body, left, mention);
    first = next !== left || mention.start - sentence.start > 2 * SIDE ? next : sentence.start;
  }
  return { start: first, end: Math.max(last, mention.end) };
}

/**
 * The rest of a name a window opens on: `du Congo`, `de la Recherche et de l'Innovation` (a
 * ministry's list of fields, whose commas a window opens after).
 */
const TORN_NAME =
  /^(?:(?:et\s+)?(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:\p{Lu}[\p{L}'’-]*\s*)+(?:\s+|$))+/u;

/**
 * A determiner or a preposition right before a window's start: the noun it opens on is torn from
 * it (`a baissé de plus de | moitié depuis …`, round 169: « extrait tronqué au milieu d'une
 * locution »).
 */
const TORN_FROM_BEFORE =
  /(?<!\p{L})(?:le|la|les|un|une|des|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|de|à|par|pour|sur|avec|dans|sans|sous|vers|chez|entre)\s+$|(?<!\p{L})[ld]['’]$/iu;

/** A relative needs what it follows (`…, où circulent …`): no window opens on one. */
const RELATIVE_OPENING =
  /^(?:qui|que|qu['’]|où|dont|lequel|laquelle|lesquels|lesquelles)(?!\p{L})/u;

/**
 * Where a window cut mid-phrase opens instead: after the next comma before the gap, unless a
 * relative follows it; else where it was.
 */
function nextClause(body: string, start: number, mention: Mention): number {
  const comma = body.indexOf(", ", start);
  // Some words must stand before the gap: a window never opens on it (`… ……, a fait …`).
  if (comma === -1 || comma + 2 >= mention.start) return start;
  return RELATIVE_OPENING.test(body.slice(comma + 2)) ? start : comma + 2;
}

function wordAfter(body: string, offset: number): number {
  const space = body.indexOf(" ", offset);
  return space === -1 ? offset : space + 1;
}

function wordBefore(body: string, offset: number): number {
  const space = body.lastIndexOf(" ", offset);
  return space === -1 ? offset : space;
}

/**
 * Narrows a window so that it does not cut a parenthesis or a quotation in half: an opening
 * mark after the gap whose closing mark is outside the window ends the window before it, and
 * likewise before the gap. A gap inside the pair keeps both marks.
 */
function withoutCutPairs(body: string, start: number, mention: Mention, end: number) {
  for (const [open, close] of [
    ["(", ")"],
    ["«", "»"],
  ] as const) {
    const right = body.slice(mention.end, end);
    const left = body.slice(start, mention.start);
    const unclosedRight = right.lastIndexOf(open) > right.lastIndexOf(close);
    const unopenedLeft =
      left.indexOf(close) !== -1 &&
      left.indexOf(close) < (left.indexOf(open) === -1 ? Infinity : left.indexOf(open));
    const gapInside =
      left.lastIndexOf(open) > left.lastIndexOf(close) && right.indexOf(close) !== -1;
    if (gapInside) continue;
    if (unclosedRight) end = mention.end + right.lastIndexOf(open);
    if (unopenedLeft) start = start + left.indexOf(close) + 1;
  }
  return { start, end: body.slice(start, end).trimEnd().length + start };
}

/** A cut that leaves a quotation or a parenthesis open reads wrong. */
function unbalanced(clause: string): boolean {
  const count = (mark: string) => countOccurrences(clause, mark);
  return (
    count("«") !== count("»") ||
    count("(") !== count(")") ||
    count('"') % 2 === 1 ||
    count("“") !== count("”")
  );
}

function gapKey(answer: CandidateAnswer, mention: Mention): string {
  switch (answer.kind) {
    case "person":
      return answer.person.name;
    case "place":
      return answer.place.name;
    case "organisation":
      return answer.organisation.name;
    case "date":
      return `${answer.date.year}-${answer.date.month}-${answer.date.day}`;
    default:
      return `${mention.start}`;
  }
}

/** The longest noun phrases of each sentence that no entity covers: what a reader should retain. */
function keyPhrases(analysis: ArticleAnalysis): Mention[] {
  const phrases: Mention[] = [];
  for (const sentence of analysis.sentences) {
    const found: Mention[] = [];
    for (const match of allMatches(sentence.text, NOUN_PHRASE)) {
      const text = beforeVerb(match[0].trim()).replace(DANGLING_END, "");
      if (text.split(/\s+/).length < 3) continue;
      const start = sentence.start + match.index;
      found.push({ text, start, end: start + text.length });
    }
    found.sort((a, b) => b.text.length - a.text.length);
    phrases.push(...found.slice(0, PHRASES_PER_SENTENCE));
  }
  return phrases;
}

const PREPOSITION_END =
  /\s(?:depuis|de|du|des|d['’]|à|au|aux|en|par|pour|sur|dans|avec|sans|vers|chez|que|qu['’]|qui|dont)$/u;

/**
 * Whether a blank covers a whole name or quantity: not one word of a hyphenated or longer name
 * (`……-et-Vilaine`, `…… des ministres` for `Conseil des ministres`), nor a unit after a number
 * (`190 ……` for `190 MDH`).
 */
/** `Office`, `Région`: a French noun with a capital, not a name of its own. */
function isCommonNoun(word: string): boolean {
  return isCommonWord(word) || nounGender(word.toLowerCase()) !== undefined;
}

function insideOrganisation(analysis: ArticleAnalysis, mention: Mention): boolean {
  return analysis.organisations.some((organisation) =>
    organisation.mentions.some(
      (m) =>
        m.start <= mention.start &&
        mention.end <= m.end &&
        (m.start < mention.start || mention.end < m.end),
    ),
  );
}

/** Whether the text after a blank opens on an adjective: not a function word, verb or noun. */
function adjectiveAfter(after: string): boolean {
  const word = /^\s+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’])/u.exec(after)?.[1];
  if (!word || isFunctionWord(word) || finiteVerb(word) || participleOf(word)) return false;
  const singular = word.replace(/[sx]$/u, "");
  return nounGender(word) === undefined && nounGender(singular) === undefined;
}

/** Adjectives that make a region's name of a country's or continent's (`Suisse romande`). */
const REGION_ADJECTIVE =
  /^\s+(?:romande|alémanique|italienne|orientale|occidentale|centrale|méridionale|septentrionale|subsaharienne|francophone|néerlandophone|germanophone|anglophone|continentale|insulaire|du Nord|du Sud|de l['’](?:Ouest|Est))(?!\p{L})/u;

/**
 * `par …… contre 24 et 5 abstentions`: one count of a vote is no figure of its own (options
 * above the assembly's seats, blind grading); the vote is asked whole (clause-vote).
 */
function inVote(body: string, mention: Mention): boolean {
  const from = Math.max(0, mention.start - 40);
  const vote = findVote(body.slice(from, mention.end + 60));
  return vote !== undefined && from + vote.start <= mention.start && mention.end <= from + vote.end;
}

/** A share in words, or a change from one figure to another: what a restatement computes from. */
const COMPUTABLE =
  /(?<!\p{L})(?:moitié|tiers|quarts?|cinquièmes?|dixièmes?|centièmes?|double|triple)(?!\p{L})|(?<!\p{L})de\s+\d[\d\s,]*\s*(?:\p{L}+\s+)?à\s+\d/u;

/**
 * `des trois cinquièmes, soit …… sur 100`, `passera de 4 à 5 dirhams, soit une hausse de ……`:
 * a figure restated after `soit` is worked out from the share or the change before it (blind
 * grading: given away); so is a count from `soit 60 députés sur 100` or `soit 60 % de …`. A
 * conversion (`soit environ 7,9 millions de dollars`) gives nothing away.
 */
function restated(body: string, mention: Mention): boolean {
  const before = body.slice(Math.max(0, mention.start - 60), mention.start);
  const after = body.slice(mention.end, mention.end + 100);
  const afterSoit = /(?<!\p{L})soit\s+[^.;:!?]{0,30}$/u.exec(before);
  if (afterSoit && COMPUTABLE.test(before.slice(0, afterSoit.index))) return true;
  const beforeSoit = /^[^.;:!?]{0,60}?,\s*soit\s+([^.;:!?]{0,30})/u.exec(after);
  // `……, soit près de 60 % de la fréquentation du week-end`: the share of a total the article
  // gives works the count out (round 71).
  return (
    beforeSoit !== null &&
    /\d\s+(?:\p{L}+\s+)?sur\s+\d|\d\s*%|(?<!\p{L})(?:moitié|tiers|quarts?)(?!\p{L})/u.test(
      beforeSoit[1] ?? "",
    )
  );
}

function isWholeSpan(body: string, mention: Mention, answer: CandidateAnswer): boolean {
  const before = body.slice(Math.max(0, mention.start - 2), mention.start);
  const after = body.slice(mention.end, mention.end + 40);
  // `Bernex-P|+R`, `……-et-Vilaine`: a name that carries on after a hyphen, a plus or a slash.
  // `(45e+2)`: stoppage time, its minutes no figure of their own.
  if (/[-‑–+]$/u.test(before) || /^[-‑–+/&][\p{L}\d]/u.test(after)) return false;
  // `850 …… (mille dinars)`, `11'……`: a number right before means the blank is half of one.
  if (/\d\s$|\d['’]$/u.test(before)) return false;
  // `deux heures et …… de jeu`: the rest of a duration is half of it.
  if (
    /(?:heures?|h|minutes?|ans|mois)\s+et\s+$/u.test(
      body.slice(Math.max(0, mention.start - 14), mention.start),
    )
  ) {
    return false;
  }
  // `2 à ……`, `…… à 1`: one side of a score is half of it.
  const before12 = body.slice(Math.max(0, mention.start - 12), mention.start);
  if (/\d\s+à\s+$/u.test(before12) || /^\s+à\s+\d/u.test(after)) return false;
  // `(……:33.90)`, `2:……`: a race time's minutes or seconds are no figure of their own.
  if (/\d[:.]$/u.test(before) || /^[:.]\d/u.test(after)) return false;
  // `Vandenberg, en ……` (Californie), `Mbour, dans la région de ……`: a place that only locates
  // the one before it is guessed, not read (blind grading).
  const before50 = body.slice(Math.max(0, mention.start - 50), mention.start);
  if (
    answer.kind === "place" &&
    /\p{Lu}[\p{L}'’-]+,\s*(?:en|au|aux|dans la région de|dans le département de|dans la province de|dans la wilaya de|dans le canton de)\s*$/u.test(
      before50,
    )
  ) {
    return false;
  }
  // `l'État, la …… et le Département` (Région Bretagne): an institution everyone names.
  if (
    /^(?:(?:la|le|l['’])\s*)?(?:Région|Département|État|Etat|Ville|Commune|Métropole|Préfecture|Mairie)(?!\p{L})/iu.test(
      mention.text,
    )
  ) {
    return false;
  }
  // `La route nationale ……`, `la ligne ……`, `la Ligue ……`: the number is part of a name,
  // not a count (options `2 | 3 | 4 | 5` for the RN2).
  if (
    answer.kind === "number" &&
    /(?<!\p{L})(?:routes?\s+(?:nationales?|départementales?|provinciales?|régionales?|communales?)|RN|RD|RP|ligne|numéro|n°|no|article|chapitre|quai|porte|terminal|secteur|lot|section|arrondissement|salle|pavillon|bâtiment|catégorie|groupe|zone|division|poule|circonscription|ligue|formule)\s*$/iu.test(
      before50,
    )
  ) {
    return false;
  }
  if (answer.kind === "number" && (inVote(body, mention) || restated(body, mention))) {
    return false;
  }
  // `le Dr ……`, `Mme ……`: a blank after a title leaves the title standing for the person.
  if (answer.kind === "person" && /(?<!\p{L})(?:M\.|Mme|Mlle|Dr|Pr|Me)\s*$/u.test(before50)) {
    return false;
  }
  // `deux groupes …… électrogènes`: an adjective after a counted noun is part of what is
  // counted; a blank that leaves it behind cuts the noun phrase.
  if (answer.kind === "number" && adjectiveAfter(after)) return false;
  // `la …… romande` (Suisse romande), `l'…… subsaharienne`: an adjective after the place makes
  // another place's name; the blank is half of it.
  if (answer.kind === "place" && REGION_ADJECTIVE.test(after)) return false;
  // `à 23h48 heure de ……`: a time zone, not a place the article is about (blind grading).
  if (before50.includes("heure") && /heure\s+(?:de|d['’]|du)\s*$/u.test(before50)) return false;
  // `N'……` (N'Guessan, N'Djamena): the letter and its apostrophe belong to the name.
  if (/(?<!\p{L})N['’]$/u.test(before)) return false;
  // `la nuit du 8 au ……`, `dans la nuit de …… à mercredi`: one end of a range is guessed from
  // the other.
  if (isRangeEnd(body, mention) || isRangeStart(body, mention)) return false;
  // `de cinq à …… maraîchers`, `entre 40 et …… ans`: a figure's range too.
  if (
    answer.kind === "number" &&
    /(?:^|\s)(?:de|entre)\s+(?:\d[\d\s,.]*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille)(?:[-\s]\p{Ll}+)?)\s+(?:à|et)\s*$/u.test(
      before50,
    )
  ) {
    return false;
  }
  // `sur le score de …… à un (25-21, 22-25, …)`: a score in sets, given away by the sets' scores.
  if (answer.kind === "number" && /^\s+à\s+(?:un|une|zéro|deux|trois|\d)(?!\p{L})/u.test(after)) {
    return false;
  }
  // `Marc Weydert, ……, écope de …`: an age set off after a name is no fact of the event.
  if (
    answer.kind === "number" &&
    /^(?:ans|an)$/u.test(answer.quantity.unit) &&
    /,\s*$/u.test(before50) &&
    /^\s*,/u.test(after)
  ) {
    return false;
  }
  // An acronym alone (`DA`, `SRL`) or a currency is filled in without reading the article.
  if (/^\p{Lu}{2,6}$/u.test(mention.text) || /^(?:francs? CFA|FCFA|CFA)$/u.test(mention.text)) {
    return false;
  }
  // `…… (AEC)` or `Algerian Energy Company (……)`: the other form, right beside, gives it away.
  if (answer.kind === "organisation" && answer.organisation.acronym) {
    const around = body.slice(Math.max(0, mention.start - 120), mention.end + 120);
    const other =
      mention.text === answer.organisation.acronym
        ? answer.organisation.name
        : answer.organisation.acronym;
    if (other !== mention.text && around.includes(other)) return false;
  }
  // `Afrique de l'……`, `Comité national de ……`: the words before carry on a capitalised name.
  const lead = body.slice(Math.max(0, mention.start - 40), mention.start);
  if (
    /^\p{Lu}/u.test(mention.text) &&
    /\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}+)?\s+(?:de la|de l['’]|du|des|de|d['’])\s*$/u.test(lead)
  ) {
    return false;
  }
  const oneCapitalWord = /^\p{Lu}[\p{Ll}'’]+$/u.test(mention.text);
  // `le président de la ……` (République), `l'……` (Office): a common noun with a capital is
  // filled in from the set phrase, not from the article.
  // `les habitants … attendent depuis`: a phrase that ends on a preposition runs into the next one.
  if (answer.kind === "phrase" && PREPOSITION_END.test(mention.text)) return false;
  const named = answer.kind === "organisation" || answer.kind === "phrase";
  if (oneCapitalWord && named && isCommonNoun(mention.text)) return false;
  // `l'……` for `l'Office` of `Office de la formation professionnelle …`: the key would be
  // the first word of the name.
  // `le …… avait égalisé` for `le Jaraaf` of `ASC Jaraaf de Dakar`: the key would not fit the
  // gap either; only the whole name or the acronym is blanked.
  if (
    answer.kind === "organisation" &&
    mention.text !== answer.organisation.name &&
    mention.text !== answer.organisation.acronym &&
    answer.organisation.name.includes(mention.text)
  ) {
    return false;
  }
  // `l'…… unies pour l'alimentation et l'agriculture (FAO)`: the name runs on to its acronym.
  // Only asked of names with a parenthesis after them: the pattern is slow to fail.
  const next = named ? body.slice(mention.end, mention.end + 100) : "";
  const runOn = next.includes("(")
    ? /^\s+(?<word>\p{Ll}+)[^.;:()«»]{0,90}\(\p{Lu}[\p{L}]{1,9}\)/u.exec(next)?.groups?.word
    : undefined;
  if (named && runOn && !isFunctionWord(runOn) && !finiteVerb(runOn)) {
    return false;
  }
  if (
    oneCapitalWord &&
    answer.kind === "phrase" &&
    /^\s+(?:de|des|du|d['’])\s*\p{L}/u.test(after)
  ) {
    return false;
  }
  // `…… de l'Ouest` (Afrique de l'Ouest): a name that carries on with a capital is cut.
  if (
    /^\p{Lu}/u.test(mention.text) &&
    /^\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Lu}/u.test(after)
  ) {
    return false;
  }
  // `la Coton …… SN`: a place inside a company's name, between a capitalised word and its legal
  // form.
  if (
    /^\p{Lu}/u.test(mention.text) &&
    LEGAL_FORM_AFTER.test(after) &&
    /\p{Lu}[\p{L}'’-]*\s+$/u.test(lead)
  ) {
    return false;
  }
  return true;
}

/** A company's legal form after its name: `SN`, `SA`, `SARL`, `Sàrl`, `GmbH`. */
const LEGAL_FORM_AFTER =
  /^\s+(?:SA|SN|SAS|SARL|SNC|SPRL|SRL|Sàrl|SE|AG|GmbH|Ltd|Inc|SEM)(?![\p{L}])/u;
