/**
 * @module
 * The subject pronoun that stands for a noun phrase in an inverted question
 * (`Quand le gouvernement a-t-il…`, `Où les élues ont-elles…`).
 */
import { nounGender } from "../lexicon/noun-gender";

const MASCULINE = /^(?:le|un|ce|cet|du|au)$/u;
const FEMININE = /^(?:la|une|cette|sa)$/u;
/** Determiners that do not tell the gender: the noun's own gender does. */
const NEUTRAL = /^(?:l['’]|les|des|ces|son|ses|leur|leurs|aux)$/u;

/**
 * `il`, `elle`, `ils` or `elles` for a noun phrase that opens on a determiner; undefined when
 * the gender cannot be told (a name, an unknown noun): the caller then says `est-ce que`.
 *
 * @example
 * subjectPronoun("le gouvernement sénégalais", false); // "il"
 * subjectPronoun("l'Assemblée nationale", false); // "elle"
 * subjectPronoun("le Bénin et le Togo", true); // "ils"
 * subjectPronoun("Cyclonord", false); // undefined
 */
export function subjectPronoun(phrase: string, plural: boolean): string | undefined {
  // `la plupart des patients` → `ils`: a share of a group takes the group's gender and number
  // (round 68: *la plupart des patients … ont-elles*).
  const share =
    /^(?:la plupart|la majorité|une majorité|une partie|la moitié|un tiers|un quart)\s+(?:des|de ces|de leurs|de ses)\s+(.+)$/iu.exec(
      phrase.trim(),
    );
  if (share?.[1]) return subjectPronoun(`les ${share[1]}`, true);
  // `une centaine de parents` → `ils`: a rough count agrees with what it counts (round 88:
  // *une centaine de parents … se sont-elles rassemblés*).
  // `des dizaines d'élèves`, `des milliers de fidèles` too (round 133: *attendaient-elles*).
  const rough =
    /^(?:une|des)\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|poignée)s?\s+(?:de|d['’])\s*(.+)$/iu.exec(
      phrase.trim(),
    );
  if (rough?.[1]) return subjectPronoun(`les ${rough[1]}`, true);
  // `le Tribunal criminel du Littoral et du Val-de-Travers`: `et` inside a complement (`du`,
  // `de la`…) joins two complements, not two subjects (round 93: *… a-t-ils condamné*).
  const conjuncts = phrase.split(/\s+et\s+(?!(?:du|des|de|d['’]|aux|au)(?!\p{L}))/u);
  const genders = conjuncts.map(genderOf);
  if (genders.some((gender) => gender === undefined)) return undefined;
  const several = plural || conjuncts.length > 1;
  const feminine = genders.every((gender) => gender === "f");
  return `${feminine ? "elle" : "il"}${several ? "s" : ""}`;
}

/** Sports clubs' initials and the gender of the noun they stand for. */
const CLUB_INITIALS: ReadonlyMap<string, "m" | "f"> = new Map([
  ...["AS", "ASC", "ASEC", "US", "USM", "JS", "JSK", "ES", "ESS", "EST"].map(
    (initials) => [initials, "f"] as const,
  ),
  ...["FC", "SC", "CS", "RC", "MC", "CA", "CR", "OC", "AC"].map(
    (initials) => [initials, "m"] as const,
  ),
]);

function genderOf(phrase: string): "m" | "f" | undefined {
  if (/^M\.\s/u.test(phrase)) return "m";
  if (/^(?:Mme|Mlle)s?\s/u.test(phrase)) return "f";
  // `les deux provinces`: a number between the determiner and the noun says nothing of gender.
  const match =
    /^(\p{L}+['’]?)\s*(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|cent|mille)\s+)?(\p{L}+)/u.exec(
      phrase.trim(),
    );
  if (!match) return undefined;
  const determiner = (match[1] ?? "").toLowerCase();
  const written = match[2] ?? "";
  const noun = written.toLowerCase();
  // `les Valaisans`, `la Québécoise`: a demonym's ending says its gender (round 67: the
  // lexicon's `valaisan` read feminine, *les Valaisans … produisent-elles*).
  // `l'AS Capoise` (association sportive), `le FC Nantes` (football club): a club's initials
  // say its gender (round 81: *l'AS Capoise a-t-il battu*).
  const club = CLUB_INITIALS.get(written);
  if (club) return club;
  // `l'Union européenne`, `l'Organisation mondiale`: a noun in `-ion` is no demonym.
  if (/^\p{Lu}/u.test(written) && NEUTRAL.test(determiner) && !/ions?$/u.test(noun)) {
    if (/(?:aise|oise|aine|ienne|enne|anne|ine|onne|ote|ète)s?$/u.test(written)) return "f";
    if (/(?:ais|ois|ain|ien|en|an|in|on|ot|e)s$|(?:ais|ois|ain|ien|an|in|on|ot)$/u.test(written)) {
      return "m";
    }
  }
  if (MASCULINE.test(determiner)) return "m";
  if (FEMININE.test(determiner)) return "f";
  if (!NEUTRAL.test(determiner)) return undefined;
  // `travaux` → travail, `journaux` → journal: the lexicon holds the singular.
  const singulars = [
    noun.replace(/(?<=\p{L}{2})[sx]$/u, ""),
    noun.replace(/aux$/u, "ail"),
    noun.replace(/aux$/u, "al"),
  ];
  return nounGender(noun) ?? singulars.map((form) => nounGender(form)).find(Boolean);
}
