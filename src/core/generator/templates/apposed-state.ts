/**
 * @module
 * `… la rénovation de la piscine communale des Trieux, fermée au public depuis septembre 2022 en
 * raison de la présence d'amiante`: a state set in apposition, with its cause. News states why a
 * pool, a road or a museum is closed this way more often than in a clause of its own (set CF,
 * now dev: the cause of the story went unasked in seven dev articles). ask-why's `participleOwner`
 * reads such a state when the participle follows its noun closely (`la piscine des Coteaux,
 * fermée …`); this reads the rest (`de la piscine communale des Trieux, fermée au public …`),
 * by agreement, when the why finders found nothing.
 */

import { MONTH_NAMES } from "../../french/lexicon/month-names";
import { participleOf } from "../../french/lexicon/verb-form";
import { allMatches } from "../../text/all-matches";

/**
 * A participle after a comma, the circumstances a state takes (`au public`, `depuis …`, `à
 * l'automne 2023`) and a connective of cause.
 */
const STATE_AND_CAUSE =
  /,\s+(?<participle>\p{Ll}{3,}(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|te?s?))(?<circumstance>(?:\s+(?:au public|à la circulation|en urgence|depuis\s+[^,;:]{2,40}?|(?:en|à|au)\s+(?:l['’]automne|l['’]été|l['’]hiver|printemps|\d{4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[^,;:]{0,20}?))*)\s+(?<connective>(?:en raison|à cause)\s+d(?:e\s|u\s|es\s|['’]))(?<reason>[^,;:«»]+?)\.?$/u;
/** A street, a district or a town: where the thing in apposition stands. */
const PLACE_NOUN =
  /^\s*(?:rue|avenue|boulevard|place|quartier|route|chemin|cité|commune|ville|village|localité|région|province|wilaya|préfecture|département|canton)(?!\p{L})/u;
/** A determiner that may open the noun phrase the participle is said of. */
const DETERMINER = /(?<!\p{L})(?:la|le|les|l['’]|du|des)(?=\s|(?<=['’])\p{L})/gu;

/**
 * The state in apposition written as a sentence of its own, its tense from its circumstances
 * (`depuis`: still so; a date: done then), for the why finder to read; undefined when the
 * sentence sets none.
 *
 * @example
 * apposedState("Le conseil a voté la rénovation de la piscine, fermée depuis mai en raison de fuites.");
 * // "La piscine est fermée depuis mai en raison de fuites."
 */
export function apposedState(text: string): string | undefined {
  const found = STATE_AND_CAUSE.exec(text);
  const participle = found?.groups?.participle;
  if (!found || !participle || participleOf(participle) === undefined) return undefined;
  // `fermées`: plural and feminine; `mis`, `clos` are read as singular, as most are.
  const plural = /(?:és|ées|ies|ues|es|us)$/u.test(participle);
  const feminine = /es?$/u.test(participle);
  // The noun phrase the participle agrees with, the nearest: `de la piscine communale des
  // Trieux` for `fermée`, not `des Trieux` nor `le projet`.
  const before = text.slice(0, found.index);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const determiners = allMatches(before.slice(clauseStart), DETERMINER).reverse();
  const agreeing = determiners.find((match) => {
    const determiner = match[0].toLowerCase();
    // `de la rue des Récollets`: where the thing stands, not the thing.
    const after = before.slice(clauseStart + (match.index ?? 0) + match[0].length);
    if (PLACE_NOUN.test(after)) return false;
    if (determiner === "les" || determiner === "des") return plural;
    return !plural && (/['’]$/u.test(determiner) || (determiner === "la") === feminine);
  });
  if (agreeing?.index === undefined) return undefined;
  const determiner = agreeing[0].toLowerCase();
  const noun = before.slice(clauseStart + agreeing.index + agreeing[0].length).trim();
  if (!/^\p{L}/u.test(noun) || noun.split(/\s+/u).length > 8) return undefined;
  const article = determiner === "du" ? "le " : determiner === "des" ? "les " : determiner;
  const spaced = /['’]$/u.test(article) || /\s$/u.test(article) ? article : `${article} `;
  const circumstance = found.groups?.circumstance ?? "";
  const still = circumstance.trim() === "" || /(?<!\p{L})depuis(?!\p{L})/u.test(circumstance);
  const aux = still ? (plural ? "sont" : "est") : plural ? "ont été" : "a été";
  const subject = `${spaced}${noun}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const { connective = "", reason = "" } = found.groups ?? {};
  return `${subject} ${aux} ${participle}${circumstance} ${connective}${reason.trim()}.`;
}

/**
 * A participle opening the sentence, its circumstances and a connective of cause or purpose,
 * then the subject it is said of: `Fermée depuis février 2025 en raison de …, l'enceinte peut
 * …`, `Lancé en 2023 pour faire face à …, le projet couvre …`.
 */
const FRONTED_STATE = new RegExp(
  String.raw`^(?<participle>\p{Lu}\p{Ll}{2,}(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|te?s?))(?<circumstance>(?:\s+(?:au public|à la circulation|en urgence|depuis\s+[^,;:«»]{2,40}?|(?:en|à|au|dès|début|fin)\s+(?:l['’]automne|l['’]été|l['’]hiver|printemps|\d{4}|${MONTH_NAMES.join("|")})[^,;:«»]{0,20}?))*)\s+(?<connective>(?:en raison|à cause|faute)\s+d(?:e\s|u\s|es\s|['’])|(?:pour|afin\s+d(?:e|['’]))\s*(?=\p{Ll}+(?:er|ir|re)\s))(?<reason>[^,;:«»]+?),\s+(?<rest>(?:Le|La|Les|L['’]|Ce|Cet|Cette|Ces|le|la|les|l['’]|ce|cet|cette|ces)(?:\s|(?<=['’]))[^«»]+)$`,
  "u",
);

/**
 * The state a fronted participle sets, as a sentence of its own on the subject that follows it
 * (`Fermée depuis février 2025 en raison de X, l'enceinte …` → `L'enceinte est fermée depuis
 * février 2025 en raison de X.`), given how the caller reads that subject; undefined when the
 * sentence opens on none, or the participle does not agree with the subject's number.
 *
 * @example
 * frontedState("Lancé en 2023 pour faire face à la sécheresse, le projet couvre 85 hectares.", () => ({ subject: "le projet", plural: false }));
 * // "Le projet a été lancé en 2023 pour faire face à la sécheresse."
 */
export function frontedState(
  text: string,
  subjectOf: (rest: string) => { subject: string; plural: boolean } | undefined,
): string | undefined {
  const found = FRONTED_STATE.exec(text)?.groups;
  const written = found?.participle ?? "";
  const participle = written.toLowerCase();
  if (!found || participleOf(participle) === undefined) return undefined;
  const read = subjectOf(found.rest ?? "");
  if (!read) return undefined;
  // `lancés`, `fermées`: plural; `mis`, `inclus` are read as singular, as most are.
  const plural = /(?:és|es)$/u.test(participle);
  if (plural !== read.plural) return undefined;
  const circumstance = found.circumstance ?? "";
  const still = /(?<!\p{L})depuis(?!\p{L})/u.test(circumstance);
  const aux = still ? (plural ? "étaient" : "était") : plural ? "ont été" : "a été";
  const subject = read.subject.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return `${subject} ${aux} ${participle}${circumstance} ${found.connective ?? ""}${(found.reason ?? "").trim()}.`;
}
