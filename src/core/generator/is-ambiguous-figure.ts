/**
 * @module
 * A question on a figure that another figure of the article answers as well: *Combien de
 * madriers avaient été saisis ?* when the story has `212 madriers` seized in this case and
 * `1 340 madriers saisis dans le département depuis janvier`; *À combien s'établit le taux de
 * réussite ?* with a school's rate and the province's (blind grading, rounds 94 and 95: DEFECT
 * for both graders, « ambigu »). A blank shows its sentence and is never ambiguous so.
 */
import type { ArticleAnalysis, Quantity } from "../french/entities";
import { isFunctionWord } from "../french/lexicon/common-words";
import { nounGender } from "../french/lexicon/noun-gender";
import type { Sentence } from "../french/split-sentences";
import type { Candidate } from "./candidate";
import { sentenceContaining } from "./sentence-containing";

/** Words of a question that say what is asked, not which of several (`Combien`, `quel`). */
const QUESTION_WORDS = new Set([
  "combien",
  "quel",
  "quelle",
  "quels",
  "quelles",
  "est",
  "ce",
  "qu",
  "que",
  "montant",
  "nombre",
]);

/**
 * Verbs that only say a figure is where it is (`s'établit à`, `atteint`): they tell no two
 * figures apart; `saisis`, `hospitalisés` do, when the other figure's sentence lacks them.
 */
const LEVEL_VERB =
  /^(?:établi[rt]?|établissent|atteint|atteignent|atteindre|(?:élève|situe|chiffre|affiche|enregistre|compte|totalise|représente)(?:nt)?)$/u;

/**
 * A sentence that opens on the scope of its figures: `Au niveau national,`, `Pour l'ensemble du
 * Sud-Kivu,`.
 */
const SCOPE_OPENING =
  /^(?:Au\s+niveau\s+(?:national|régional|provincial|départemental|mondial|local|continental)|À\s+l['’]échelle\s+(?:nationale|régionale|provinciale|mondiale|du\s+pays)|(?:Dans|Sur|Pour)\s+l['’]ensemble\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^,]{2,40})(?=,)/u;

/**
 * The scope a sentence opens on, which a question on its figure must keep (see
 * {@link isAmbiguousFigure}).
 *
 * @example
 * scopeOpening("Au niveau national, le taux de réussite s'est établi à 37,4 %."); // "Au niveau national"
 */
export function scopeOpening(text: string): string | undefined {
  return SCOPE_OPENING.exec(text)?.[0];
}

/**
 * Whether another figure in the same unit stands in a sentence holding every word of the prompt
 * that names which figure is asked (`saisis` and `madriers` for both counts of seized planks).
 *
 * @example
 * isAmbiguousFigure(candidate, analysis); // true for *Combien de madriers avaient été saisis ?*
 */
export function isAmbiguousFigure(candidate: Candidate, analysis: ArticleAnalysis): boolean {
  const { answer } = candidate;
  // `Qui a mobilisé 85 médecins ?` when the 85 are doctors, midwives and paramedics: a prompt
  // that states a crowd's count as its first noun's says something false (round 134).
  if (
    /\d/u.test(candidate.prompt) &&
    crowdCountsOf(analysis).some((quantity) => candidate.prompt.includes(quantity.text))
  ) {
    return true;
  }
  if (answer.kind !== "number") return false;
  const asked = answer.quantity;
  if (isCrowdCount(asked, analysis)) return true;
  if (candidate.prompt.includes("……")) return false;
  // `fixée à 6 euros pour les adultes et à 3 euros pour …`: one figure for some, another for
  // others in the same sentence; a prompt without whom it is for is ambiguous (round 102).
  const forWhom = /^\s+pour\s+les\s+\p{L}+/u.exec(analysis.body.slice(asked.end));
  if (
    forWhom &&
    !candidate.prompt.includes(forWhom[0].trim()) &&
    analysis.quantities.some(
      (quantity) =>
        quantity.value !== asked.value &&
        sameUnit(quantity, asked) &&
        quantity.start >= candidate.sentence.start &&
        quantity.start < candidate.sentence.end,
    )
  ) {
    return true;
  }
  const others = (
    unitHead(asked) === "" ? [] : (byUnitHead(analysis).get(unitHead(asked)) ?? [])
  ).filter(
    (quantity) =>
      quantity.value !== asked.value &&
      (quantity.start < candidate.sentence.start || quantity.start >= candidate.sentence.end),
  );
  if (others.length === 0) return false;
  // `Au niveau national, 51 cas ont été enregistrés`: the scope the sentence opens on is what
  // tells this count from the region's 37; a prompt without it is ambiguous (round 131).
  const scope = SCOPE_OPENING.exec(candidate.sentence.text)?.[0].replace(/,$/u, "");
  if (scope && !candidate.prompt.toLowerCase().includes(scope.toLowerCase())) return true;
  const own = sentenceWords(candidate.sentence);
  const naming = [...wordsOf(candidate.prompt)].filter(
    (word) => own.has(word) && !QUESTION_WORDS.has(word) && !LEVEL_VERB.test(word),
  );
  if (naming.length === 0) return false;
  return others.some((quantity) => {
    const sentence = sentenceContaining(analysis.sentences, quantity.start);
    if (!sentence) return false;
    const theirs = sentenceWords(sentence);
    return naming.every((word) => theirs.has(word));
  });
}

/**
 * The article's figures that count a whole list ({@link isCrowdCount}), found once an analysis:
 * every candidate asks, and an analysis is read, never changed, while it is ranked.
 */
const crowdCounts = new WeakMap<ArticleAnalysis, Quantity[]>();

function crowdCountsOf(analysis: ArticleAnalysis): Quantity[] {
  let found = crowdCounts.get(analysis);
  if (!found) {
    found = analysis.quantities.filter((quantity) => isCrowdCount(quantity, analysis));
    crowdCounts.set(analysis, found);
  }
  return found;
}

/**
 * `plus de 600 producteurs, acheteurs agréés et responsables de coopératives`: the figure counts
 * the whole list, not its first noun (round 131: *600 producteurs* keyed, DEFECT for both graders).
 */
function isCrowdCount(asked: Quantity, analysis: ArticleAnalysis): boolean {
  const listed =
    /^,\s+(\p{Ll}+(?:-\p{Ll}+)?)(?:\s+\p{Ll}+)?\s+(?:et|ou)\s+(?:des\s+|les\s+)?(\p{Ll}+)/u.exec(
      analysis.body.slice(asked.end, asked.end + 120),
    );
  if (!listed || !/[sx]$/u.test(asked.unit.trim())) return false;
  const [, first = "", last = ""] = listed;
  // `sages-femmes`: a compound's last part says it is a noun.
  const head = first.split("-").at(-1) ?? first;
  return /[sx]$/u.test(last) && /[sx]$/u.test(head) && nounGender(head.slice(0, -1)) !== undefined;
}

/** `madriers` and `madriers`, `%` and `%`: the same unit, its first word as written. */
function sameUnit(one: Quantity, other: Quantity): boolean {
  const head = unitHead(one);
  return head !== "" && head === unitHead(other);
}

/**
 * The article's figures by their unit's head ({@link sameUnit}), in reading order, grouped once
 * an analysis: every figure question looks for the others of its unit.
 */
function byUnitHead(analysis: ArticleAnalysis): Map<string, Quantity[]> {
  let groups = unitGroups.get(analysis);
  if (!groups) {
    groups = new Map();
    for (const quantity of analysis.quantities) {
      const head = unitHead(quantity);
      const group = groups.get(head);
      if (group) group.push(quantity);
      else groups.set(head, [quantity]);
    }
    unitGroups.set(analysis, groups);
  }
  return groups;
}

const unitGroups = new WeakMap<ArticleAnalysis, Map<string, Quantity[]>>();

/** Each quantity's unit head, read once: every candidate compares it with every figure. */
const unitHeads = new WeakMap<Quantity, string>();

function unitHead(quantity: Quantity): string {
  let head = unitHeads.get(quantity);
  if (head === undefined) {
    head = quantity.unit.trim().toLowerCase().split(/\s+/u)[0] ?? "";
    unitHeads.set(quantity, head);
  }
  return head;
}

/** A sentence's content words ({@link wordsOf}), read once: each figure's sentence is read again for every candidate. */
const wordsOfSentence = new WeakMap<Sentence, Set<string>>();

function sentenceWords(sentence: Sentence): Set<string> {
  let words = wordsOfSentence.get(sentence);
  if (!words) {
    words = wordsOf(sentence.text);
    wordsOfSentence.set(sentence, words);
  }
  return words;
}

/** The content words of a text, lowercased, without the figures. */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 2 && !isFunctionWord(word)),
  );
}
