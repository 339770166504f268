/**
 * @module
 * *Sur quel score … ?*: the result of a match, the key fact of a match report. `Le Cameroun
 * s'est qualifié en battant la Namibie 2 à 1` → *Sur quel score le Cameroun a-t-il battu la
 * Namibie ?*; `Teungueth FC a remporté la finale en battant le Jaraaf (2-1, après
 * prolongation)`, `Le Wydad a battu le Raja 3-0`, `s'est imposé 2-0 face à …`, `Battu 4-0 à
 * Gand, le Standard …` (*Sur quel score le Standard a-t-il été battu à Gand ?*).
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import type { Sentence } from "../../french/split-sentences";
import type { Candidate } from "../candidate";
import { introOf, pronounFor, question, readClause } from "./ask-clause";

/** `2 à 1`, `2-1`, `4–0`: two goal counts. */
const SCORE = String.raw`(?<home>\d{1,3})\s*(?:-|–|à)\s*(?<away>\d{1,3})(?!\d|[,.]\d)`;
/**
 * `l'USM Alger sur le score de 2 à 1`, `… par 3-0`: words between the loser and the score; `aux
 * tirs au but` says how the match was won, no part of who lost it (blind grading: *Qui … a-t-elle
 * battu ? → l'ASC Sadaga aux tirs au but*).
 */
const SCORE_WORDS = String.raw`(?<how>\s+(?:aux\s+tirs\s+au\s+but|aux\s+penalties|après\s+prolongations?|au\s+sprint|de\s+justesse|aux\s+points))?(?:\s+(?:sur\s+le\s+score\s+de|par))?`;
/** `en battant la Namibie 2 à 1`, `en dominant l'ASC Jaraaf (2-1, après prolongation)`. */
const BEATING = new RegExp(
  String.raw`\sen\s+(?<verb>battant|dominant|écrasant|surclassant|éliminant)\s+(?<loser>(?:le|la|les|l['’]|\p{Lu})[^,;:()]{1,60}?)${SCORE_WORDS}\s*(?:\(\s*${SCORE}|${SCORE.replace("(?<home>", " (?<home>")})`,
  "u",
);
/** `a battu le Raja 3-0`, `a dominé Charleroi (2-0)`, `a battu celle du Cameroun 81-74`. */
const BEAT = new RegExp(
  String.raw`^\s*(?<loser>(?:le|la|les|l['’]|celle|celui|ceux|\p{Lu})[^,;:()]{1,60}?)${SCORE_WORDS}\s*(?:\(\s*${SCORE}|${SCORE.replace("(?<home>", " (?<home>")})`,
  "u",
);
/** `s'est imposé 2-0 face à Gand`, `face aux Francs Borains`, `s'est imposée face à Gand (2-0)`. */
const WON = new RegExp(
  String.raw`\ss['’]est\s+imposée?s?\s+(?:${SCORE}\s+)?(?<against>(?:face\s+(?:à\s+(?:la|l['’])|à|aux|au)|contre|devant)\s*(?:le|la|les|l['’]|\p{Lu})[^,;:()]{1,60}?)(?:\s*\(\s*${SCORE.replace("(?<home>", "(?<home2>").replace("(?<away>", "(?<away2>")}|[,.;]|\s+(?:au|à|dans|lors|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi))`,
  "u",
);
/** `Battu 4-0 à la Planet Group Arena dimanche, le Standard …`. */
const BEATEN_FIRST = new RegExp(
  String.raw`^(?<participle>Battue?s?|Dominée?s?|Défaite?s?)\s+${SCORE}\s*(?<where>(?:à|au|par|sur|face)\s[^,]{1,60})?,\s+`,
  "u",
);
const PARTICIPLES: Readonly<Record<string, string>> = {
  battant: "battu",
  dominant: "dominé",
  écrasant: "écrasé",
  surclassant: "surclassé",
  éliminant: "éliminé",
};
const BEAT_VERBS = /^(?:battu|dominé|écrasé|surclassé|éliminé|renversé|balayé|étrillé)e?s?$/u;
/** Weekdays a question leaves out of where the match was lost. */
const WEEKDAY_AT_END = /\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir)?$/u;

/**
 * Proposes *Sur quel score … ?* on the result of a match.
 *
 * @example
 * askScore(analysis)[0]?.prompt; // "Sur quel score le Cameroun a-t-il battu la Namibie ?"
 */
export function askScore(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (!/\d\s*(?:-|–|à)\s*\d/u.test(sentence.text)) continue;
    const asked =
      beating(analysis, sentence) ?? beaten(analysis, sentence) ?? won(analysis, sentence);
    if (!asked) continue;
    const { prompt, home, away, written } = asked;
    candidates.push({
      template: "score",
      prompt: applyContractions(prompt),
      // `2-1` and `2 à 1` are one score: either is right.
      answer: {
        kind: "phrase",
        text: `${home} à ${away}`,
        asWritten: `${home}-${away}`,
        shorter: [written],
      },
      sentence,
      reliability: 0.85,
      topic: `score:${sentence.start}`,
      choice: false,
    });
    const { loser } = asked;
    if (!loser) continue;
    candidates.push({
      template: "score-loser",
      prompt: applyContractions(loser.whom),
      answer: { kind: "phrase", text: loser.named, shorter: [loser.bare] },
      sentence,
      // The score asks the same match with both sides named: it comes first.
      reliability: 0.75,
      topic: `loser:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

interface AskedScore {
  prompt: string;
  /** Who lost, asked by *Qui … a-t-il battu ?*, as written and without its article. */
  loser?: { whom: string; named: string; bare: string };
  home: string;
  away: string;
  /** The score as the article writes it (`2-1`, `4–0`). */
  written: string;
}

/** `X … en battant Y 2 à 1` and `X a battu Y 3-0`: the clause's subject won. */
function beating(analysis: ArticleAnalysis, sentence: Sentence): AskedScore | undefined {
  const clause = readClause(sentence, analysis.people, true);
  if (!clause) return undefined;
  const gerund = BEATING.exec(sentence.text);
  const rest = sentence.text.slice(clause.restOffset);
  const direct = !gerund && BEAT_VERBS.test(clause.participle) ? BEAT.exec(rest) : null;
  const match = gerund ?? direct;
  const { loser = "", home, away, verb = "", how = "" } = match?.groups ?? {};
  if (!match || !home || !away || Number(home) <= Number(away)) return undefined;
  // `ont renversé la rencontre … grâce à un partiel de 17-4`: the object is no team, and the
  // figures are a run of play, not the score (a team has a name: `le Raja`, `celle du Cameroun`).
  if (direct && !/\p{Lu}/u.test(loser)) return undefined;
  const participle = gerund
    ? (PARTICIPLES[verb] ?? "battu")
    : clause.participle.replace(/e?s?$/u, "");
  // `se sont qualifiés … en battant …`: the win is asked in the compound past of `avoir`.
  const won = { ...clause, aux: clause.plural ? "ont" : "a" };
  const loserNamed = lowerFirst(loser.trim());
  const prompt = question(
    "Sur quel score",
    won,
    participle,
    `${loserNamed}${how}`,
    undefined,
    analysis.people,
  );
  // *Qui le Cameroun a-t-il battu ?*: the other side of the match is news of its own; not
  // when a pronoun stands for it (`celle du Cameroun`).
  const bare = loserNamed.replace(/^(?:le|la|les)\s+|^l['’]/u, "");
  const named = bare.length >= 2 && !/^(?:celle|celui|ceux)\s/u.test(loserNamed);
  const whom = question("Qui", won, participle, "", undefined, analysis.people);
  const asked = { prompt, home, away, written: writtenScore(match[0]) };
  return named ? { ...asked, loser: { whom, named: loserNamed, bare } } : asked;
}

/** `Battu 4-0 à Gand dimanche, le Standard …`: the subject after the comma lost. */
function beaten(analysis: ArticleAnalysis, sentence: Sentence): AskedScore | undefined {
  const match = BEATEN_FIRST.exec(sentence.text);
  const { participle = "", home, away, where = "" } = match?.groups ?? {};
  if (!match || !home || !away) return undefined;
  const clause = readClause({ text: sentence.text }, analysis.people, true);
  if (!clause || !introOf(sentence.text)) return undefined;
  if (!pronounFor(clause.subject, clause.plural, analysis.people)) return undefined;
  const lost = { ...clause, aux: clause.plural ? "ont" : "a" };
  const agreed = participle.toLowerCase().replace(/^défaite?s?$/u, "battu");
  const verb = `été ${agreed.startsWith("domin") ? "dominé" : "battu"}${clause.plural ? "s" : ""}`;
  const place = where.replace(WEEKDAY_AT_END, "").trim();
  return {
    prompt: question("Sur quel score", lost, verb, place, undefined, analysis.people),
    home,
    away,
    written: writtenScore(match[0]),
  };
}

/** `X s'est imposé 2-0 face à Y`. */
function won(analysis: ArticleAnalysis, sentence: Sentence): AskedScore | undefined {
  const match = WON.exec(sentence.text);
  const groups = match?.groups ?? {};
  const home = groups.home ?? groups.home2;
  const away = groups.away ?? groups.away2;
  if (!match || !home || !away) return undefined;
  const clause = readClause({ text: sentence.text }, analysis.people, true);
  if (!clause?.reflexive) return undefined;
  const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
  if (!pronoun) return undefined;
  const feminine = pronoun.startsWith("elle");
  const imposed = `imposé${feminine ? "e" : ""}${clause.plural ? "s" : ""}`;
  const against = (groups.against ?? "").trim();
  const aux = clause.plural ? "sont" : "est";
  return {
    prompt: `Sur quel score ${clause.subject} s'${aux}-${pronoun} ${imposed} ${against} ?`,
    home,
    away,
    written: writtenScore(match[0]),
  };
}

/** The score in a match: `2-1` of `(2-1, après prolongation)`. */
function writtenScore(text: string): string {
  return /\d{1,3}\s*(?:-|–|à)\s*\d{1,3}/u.exec(text)?.[0] ?? "";
}

function lowerFirst(text: string): string {
  return /^(?:Le|La|Les|L['’])(?=\s|['’])/u.test(text)
    ? text.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
    : text;
}
