/**
 * @module
 * The title of a work or the name of a thing given after its kind: `… ouvre samedi sa nouvelle
 * exposition, « Noir sur noir », …` → *Comment s'intitule la nouvelle exposition du Musée d'art
 * de la Province de Hainaut ?* → `Noir sur noir`. Culture and business news name the work, the
 * product or the operation they are about in quotes; its title is a key fact of the story.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { nounGender } from "../../french/lexicon/noun-gender";
import { isPreposedAdjective } from "../../french/lexicon/preposed-adjectives";
import type { Candidate } from "../candidate";
import { antecedents, lowerDeterminer, readClause } from "./ask-clause";

/** Works, asked *Comment s'intitule … ?*. */
const WORKS = [
  "album",
  "roman",
  "livre",
  "recueil",
  "film",
  "long métrage",
  "court métrage",
  "documentaire",
  "exposition",
  "pièce",
  "spectacle",
  "création",
  "chanson",
  "disque",
  "série",
  "rapport",
  "étude",
  "toile",
  "tableau",
];
/** Things with a name of their own, asked *Comment s'appelle … ?*. */
const NAMED_THINGS = [
  "application",
  "plateforme",
  "portefeuille électronique",
  "opération",
  "programme",
  "nanosatellite",
  "satellite",
  "navire",
  "bateau",
  "collectif",
  "liste",
];
const KINDS = [...WORKS, ...NAMED_THINGS].sort((a, b) => b.length - a.length).join("|");
/**
 * `sa nouvelle exposition, « Noir sur noir »`, `un portefeuille électronique baptisé « … »`:
 * the kind (two adjectives before it at most, none after) and the title in quotes, a capital
 * first (`un ouvrage « qui change la vie »` quotes words, not a title).
 */
const TITLED = new RegExp(
  String.raw`(?<![\p{L}])(?<det>son|sa|ses|leur|leurs|le|la|l['’]|un|une|du|de la|de l['’]|au|à la|à l['’])\s*(?<adjectives>(?:(?!(?:du|de|des|la|le|les)\s)\p{Ll}+\s+){0,2}?)(?<kind>${KINDS})\s*,?\s*(?:(?:intitulée?s?|baptisée?s?|appelée?s?|nommée?s?|dénommée?s?)\s+)?«\s*(?<title>\p{Lu}[^«»]{1,60}?)\s*»`,
  "gu",
);
/** `« Tawfir Pay », un portefeuille électronique qui …`: the title first, its kind after. */
const TITLE_FIRST = new RegExp(
  String.raw`«\s*(?<title>\p{Lu}[^«»]{1,60}?)\s*»\s*,\s*(?<det>un|une)\s+(?<adjectives>(?:\p{Ll}+\s+){0,2}?)(?<kind>${KINDS})(?!\p{L})`,
  "gu",
);
/**
 * `« La Dernière Coupe », le 1er roman de Nadège Sainte-Rose`: the title first, then its kind
 * and whose it is.
 */
const TITLE_FIRST_OWNED = new RegExp(
  String.raw`«\s*(?<title>\p{Lu}[^«»]{1,60}?)\s*»\s*,\s*(?<det>le|la|l['’])\s*(?<adjectives>(?:[\p{Ll}\d]+\s+){0,2}?)(?<kind>${KINDS})\s+(?<owner>(?:de|d['’]|du|des)\s*[^,;:.«»()]{2,80}?)(?=\s*[,;:.)]|\s+(?:qui|que|dont|paru|publié)(?!\p{L}))`,
  "gu",
);
const POSSESSIVE = /^(?:son|sa|ses|leur|leurs)$/u;
const ORDINAL_WORD = /^(?:\p{Ll}+ième|premier|première|dernier|dernière|\d+(?:er|re|e|ème))$/u;

/** `nouvelle`, `quatrième`, `dernier`: an adjective French puts before its noun. */
function isAdjectiveBefore(word: string): boolean {
  return ORDINAL_WORD.test(word) || isPreposedAdjective(word);
}
/** An owner of more words than this makes the question too long to read. */
const MAX_OWNER_WORDS = 9;

/**
 * Proposes *Comment s'intitule … ?* (a work) and *Comment s'appelle … ?* (a named thing).
 *
 * @example
 * askTitle(analysis)[0]?.prompt;
 * // "Comment s'intitule la nouvelle exposition du Musée d'art de la Province de Hainaut ?"
 */
export function askTitle(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  // Every kind the article gives a title to, as often as it does.
  const kinds = [...analysis.body.matchAll(TITLED), ...analysis.body.matchAll(TITLE_FIRST)].map(
    (match) => match.groups?.kind ?? "",
  );
  for (const sentence of analysis.sentences) {
    if (!sentence.text.includes("«")) continue;
    for (const match of [
      ...sentence.text.matchAll(TITLED),
      ...sentence.text.matchAll(TITLE_FIRST),
      ...sentence.text.matchAll(TITLE_FIRST_OWNED),
    ]) {
      const { det = "", adjectives = "", kind = "", title = "", owner = "" } = match.groups ?? {};
      const gender = nounGender(kind.split(" ")[0] ?? "");
      if (!gender) continue;
      // `au sein du collectif`: what stands before the kind is an adjective or nothing.
      if (!adjectives.trim().split(/\s+/u).filter(Boolean).every(isAdjectiveBefore)) continue;
      const named = `${adjectives}${kind}`;
      const definite = /^[aeiouyéèêœh]/iu.test(named)
        ? `l'${named}`
        : `${gender === "f" ? "la" : "le"} ${named}`;
      let thing = definite;
      if (owner) {
        // `le 1er roman de Nadège Sainte-Rose`: whose it is, as written.
        if (owner.split(/\s+/u).length > MAX_OWNER_WORDS) continue;
        thing = `${definite} ${owner.trim()}`;
      } else if (POSSESSIVE.test(det)) {
        // `sa nouvelle exposition`: whose, the clause's subject says (not a pronoun's).
        if (/^(?:ses|leurs)$/u.test(det)) continue;
        const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
        const owner = clause?.subject && lowerDeterminer(clause.subject);
        if (!owner || /^(?:il|elle|ils|elles|on)$/u.test(owner)) continue;
        if (owner.split(/\s+/u).length > MAX_OWNER_WORDS) continue;
        // Contracted at the seam only (`du Musée`), the owner as the article writes it (`de
        // Ouagadougou` stays).
        const [first = "", second = "", ...others] = owner.split(" ");
        thing = [definite, applyContractions(`de ${first} ${second}`.trim()), ...others].join(" ");
      }
      // `le documentaire` when the article names two: which one, the question does not say.
      else if (kinds.filter((k) => k === kind).length > 1) continue;
      const verb = WORKS.includes(kind) ? "s'intitule" : "s'appelle";
      const start = sentence.start + match.index;
      candidates.push({
        template: "title",
        prompt: `Comment ${verb} ${thing} ?`,
        answer: { kind: "phrase", text: title, asWritten: `« ${title} »` },
        sentence,
        reliability: 0.8,
        topic: `title:${start}`,
        choice: false,
      });
    }
  }
  return candidates;
}
