/**
 * @module
 * *Quel est l'un des points que prévoit le texte ?* on what an agreement, a plan or a project
 * holds, listed: `Le texte prévoit notamment la création d'un système d'alerte, l'harmonisation
 * des règles de pêche et la réalisation d'une étude d'impact` → any one of the three is right.
 * What a text changes is the stake of the news (blind grading: the question teachers missed).
 */

import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { endsIncomplete } from "../../french/grammar/ends-incomplete";
import { standingAlone, toDefinite } from "../../french/grammar/to-definite";
import type { Candidate } from "../candidate";
import { antecedents, readClause } from "./ask-clause";

/** Verbs that list what a thing holds, with the noun the question calls each item. */
const LISTING_VERBS: Readonly<Record<string, string>> = {
  prévoir: "points",
  comprendre: "éléments",
  inclure: "éléments",
};
/** An opening before the list: a connective, or a count and a colon (`trois volets :`). */
const LIST_OPENING =
  /^\s*(?:(?:notamment|également|aussi|en outre|par ailleurs|entre autres)\s+)*(?:(?:[^,:;«»"]{0,30}\s)?(?<noun>\p{Ll}+s)\s*:\s*|[^,:;«»"]{1,40}:\s*)?/u;
/** An item of the list: a noun phrase opening on a determiner or a count. */
const ITEM =
  /^(?:(?:la|le|les|l['’]|une?|des|du|de la|de l['’])\s*\p{L}|(?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?!\p{L}))/iu;
/**
 * Where an item may be cut and still say it: before a complement, not inside a compound noun
 * (`une étude | d'impact` would lose what the study is).
 */
const CUT_BEFORE =
  /^(?:des|du|dans|sur|en|à|au|aux|vers|avec|contre|pour|par|avant|après|entre|sous|d['’]une?|de\s+la)$/u;
const MIN_ITEMS = 2;
const MAX_ITEMS = 5;
const MAX_ITEM_WORDS = 14;
/** What a student types back: a longer item needs a shorter accepted wording. */
const MAX_TYPED_WORDS = 8;

/**
 * Proposes *Quel est l'un des points que prévoit … ?* questions, any item of the list right.
 *
 * @example
 * askList(analysis)[0]?.prompt; // "Quel est l'un des points que prévoit le texte ?"
 */
export function askList(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!/prévoi|compren|inclu/u.test(sentence.text)) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    const noun = clause?.simple && LISTING_VERBS[clause.simple];
    if (!clause || !noun || clause.passive || clause.reflexive) continue;
    const rest = sentence.text.slice(clause.restOffset);
    const opening = LIST_OPENING.exec(rest);
    const after = rest.slice(opening?.[0].length ?? 0);
    // `trois volets : …`: the list names its items.
    const called = opening?.groups?.noun ?? noun;
    const items = listItems(after.replace(/\s*[.!…]+\s*$/u, ""));
    if (!items) continue;
    const forms = items.map(typedForms);
    if (forms.some((item) => item.length === 0)) continue;
    const subject = standingAlone(clause.subject);
    if (!/^(?:le|la|les|l['’])\s*\p{L}/u.test(subject)) continue;
    const [first = [], ...others] = forms;
    candidates.push({
      template: "list",
      prompt: applyContractions(
        `Quel est l'un des ${called} que ${clause.aux} ${toDefinite(subject)} ?`,
      ),
      answer: {
        kind: "phrase",
        text: first[0] ?? "",
        shorter: first.slice(1),
        alsoRight: others.flat(),
      },
      sentence,
      reliability: 0.9,
      topic: `list:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

/** `A, B et C` up to the sentence's end, each a noun phrase; `undefined` if it is no list. */
function listItems(text: string): string[] | undefined {
  // Another clause or a quotation after the list: where it ends is not sure.
  if (/[;:«»"“”()]|(?<!\p{L})(?:qui|que|qu['’]|dont|où|afin|car|mais)(?!\p{L})/u.test(text)) {
    return undefined;
  }
  const parts = text.split(/,\s+|\s+et\s+(?=(?:(?:la|le|les|une?|des|du)\s|l['’]|\d))/u);
  if (parts.length < MIN_ITEMS || parts.length > MAX_ITEMS) return undefined;
  const items = parts.map((part) => part.trim());
  const whole = items.every(
    (item) => ITEM.test(item) && item.split(/\s+/u).length <= MAX_ITEM_WORDS,
  );
  return whole ? items : undefined;
}

/**
 * An item as a student may type it: whole if short, and cut before each complement down to
 * three words (`la réalisation d'une étude d'impact | avant tout nouvel aménagement`).
 */
function typedForms(item: string): string[] {
  const words = item.split(/\s+/u);
  const forms = words.length <= MAX_TYPED_WORDS ? [item] : [];
  for (let cut = Math.min(words.length - 1, MAX_TYPED_WORDS); cut >= 3; cut -= 1) {
    const word = words[cut] ?? "";
    if (CUT_BEFORE.test(word) || (word === "de" && /^la$/u.test(words[cut + 1] ?? ""))) {
      const shorter = words.slice(0, cut).join(" ");
      if (!/(?:^|\s)(?:de|du|des|et|ou)$/u.test(shorter) && !endsIncomplete(shorter)) {
        forms.push(shorter);
      }
    }
  }
  // The longest typed form is the key shown; `item` itself, when short enough.
  return words.length <= MAX_TYPED_WORDS ? forms : forms.length ? [item, ...forms] : [];
}
