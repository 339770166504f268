/**
 * @module
 * Questions on roles given by appositions: who holds a role. Which role a person holds, asked
 * or stated true or false, went for the bundle budget (2 GOOD of 20 gradings; alternatives only).
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { nounGender } from "../../french/lexicon/noun-gender";
import { startAhead } from "../../text/start-ahead";
import type { Candidate } from "../candidate";
import { sentenceContaining } from "../sentence-containing";

/**
 * Proposes role questions for every person whose role the article states.
 *
 * @example
 * askRole(analysis).map((candidate) => candidate.prompt);
 * // ["Qui est le directeur de la DSITI ?", …]
 */
export function askRole(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const withRoles = analysis.people.filter((person) => person.roles.length > 0);
  for (const person of withRoles) {
    const [role] = person.roles;
    const sentence = role && sentenceContaining(analysis.sentences, role.mention.start);
    if (!role || !sentence) continue;
    // `La ministre …, Geneviève Ouellet, a remis sa démission`: a job being left is no longer
    // held; *Quelle fonction occupe … ?* would be ambiguous (blind grading).
    if (personLeaves(analysis, person)) continue;
    const roleText = withDeterminer(role.text, person);
    const roleKey = role.text.toLowerCase();
    candidates.push({
      template: "role-holder",
      prompt: applyContractions(`Qui est ${roleText} ?`),
      answer: { kind: "person", person },
      sentence,
      reliability: 0.8,
      topic: `holder:${roleKey}`,
      choice: true,
    });
  }
  return candidates;
}

/** Words of leaving a job: a resignation, a dismissal, an end of term. */
const LEAVING = new RegExp(
  String.raw`${startAhead(["démission|limog|remerci|congédi|révoqu|destitu|quitt"])}(?<!\p{L})(?:démission\p{L}*|démissionn\p{L}*|limog\p{L}*|remerci(?:é|ée)|congédi\p{L}*|révoqu\p{L}*|destitu\p{L}*|quitt\p{L}* (?:ses|son|la|le) (?:fonctions?|poste|gouvernement|ministère|tête))(?!\p{L})`,
  "iu",
);

/** Whether a sentence that names the person, or the headline, says they leave their job. */
function personLeaves(analysis: ArticleAnalysis, person: Person): boolean {
  // The person's mentions first: the pattern is tried only on the sentences that name them.
  return analysis.sentences.some(
    (sentence) =>
      person.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end) &&
      LEAVING.test(sentence.text),
  );
}

/** `directeur de la DSITI` → `le directeur de la DSITI`; the person's gender picks le/la. */
function withDeterminer(role: string, person: Person): string {
  if (/^[aeiouyàâéèêîôûh]/i.test(role)) return `l'${role}`;
  // `Élodie Gautier, directrice du festival`: a first name the lexicon does not know; the role's
  // own noun says it (`la directrice`, not `le directrice`).
  const [head = "", adjective = ""] = role.toLowerCase().split(/\s+/u);
  // `secrétaire centrale`: a noun of both genders takes its adjective's.
  const byAdjective = /(?:ale|ée|ive|rice|euse|ienne|ère|ante|ente|ointe|elle)$/u.test(adjective)
    ? "f"
    : undefined;
  // `professeure`, `auteure`: the feminine of a job in `-eur` the lexicon may not list.
  const gender =
    person.gender ??
    (/eure$/u.test(head)
      ? "f"
      : /(?:rice|euse|esse|ière|ienne|ante|ente)$/u.test(head)
        ? nounGender(head)
        : byAdjective);
  return `${gender === "f" ? "la" : "le"} ${role}`;
}
