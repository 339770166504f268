/**
 * @module
 * Wrong options for a choice question: of the same kind as the answer, from the article first,
 * then from small built-in lists; never the answer in another spelling, never a part of it,
 * never twice the same.
 */
import type { ArticleAnalysis, Quantity } from "../french/entities";
import { formatFrenchNumber } from "../french/grammar/format-french-number";
import { roleGender } from "../french/grammar/role-gender";
import { CITY_COUNTRIES } from "../french/lexicon/cities";
import { COUNTRIES, COUNTRY_REGIONS } from "../french/lexicon/countries";
import { nounGender } from "../french/lexicon/noun-gender";
import { parseFrenchNumber } from "../french/parse-french-number";
import { normaliseAnswer } from "../marking/normalise-answer";
import type { CandidateAnswer } from "./candidate";
import { sentenceContaining } from "./sentence-containing";

const MAX_DISTRACTORS = 3;

/**
 * Chooses up to three distractors for `answer`, whose display text is `answerText`.
 *
 * @example
 * chooseDistractors({ kind: "person", person: mouradNaimi }, "Mourad Naimi", analysis);
 * // ["Jan Jambon", "Charles Michel", "Theo Francken"]
 */
export function chooseDistractors(
  answer: CandidateAnswer,
  answerText: string,
  analysis: ArticleAnalysis,
  excluded: (option: string) => boolean = () => false,
  rank?: number,
): string[] {
  const chosen: string[] = [];
  const taken = [normaliseAnswer(answerText)];
  for (const option of pool(answer, analysis, rank)) {
    const normal = normaliseAnswer(option);
    // Whole words: `Paul Martin` is part of `Paul Martin Dupont`, not of `Paul Martinez`.
    const clash = taken.some(
      (t) => ` ${t} `.includes(` ${normal} `) || ` ${normal} `.includes(` ${t} `),
    );
    if (!normal || clash || excluded(option)) continue;
    chosen.push(option);
    taken.push(normal);
    if (chosen.length === MAX_DISTRACTORS) break;
  }
  return chosen;
}

function pool(answer: CandidateAnswer, analysis: ArticleAnalysis, rank?: number): string[] {
  switch (answer.kind) {
    case "person":
      // Only people the text confirms (a role, a title, a gender): a capitalised pair alone may
      // be a place, a team or a firm, and offering it as a person is absurd.
      return analysis.people
        .filter((p) => p !== answer.person && (p.roles.length > 0 || p.gender !== undefined))
        .map((p) => p.name);
    case "role": {
      // A role is written for its holder (`présidente d'un groupement`): offered for a man, a
      // woman's role gives itself away as wrong (blind grading).
      const gender = answer.person.gender ?? roleGender(answer.role);
      return analysis.people
        .filter((p) => p !== answer.person)
        .flatMap((p) => p.roles.map((r) => r.text))
        .filter((role) => {
          const written = roleGender(role);
          return !gender || !written || written === gender;
        });
    }
    case "organisation": {
      const others = analysis.organisations.filter((o) => o !== answer.organisation);
      const sameHead = others.filter((o) => o.head?.noun === answer.organisation.head?.noun);
      const ordered = [...sameHead, ...others.filter((o) => !sameHead.includes(o))];
      return ordered.map((o) => (answer.form === "name" ? o.name : (o.acronym ?? o.name)));
    }
    case "place": {
      const { kind } = answer.place;
      const sameKind = analysis.places
        .filter((p) => p !== answer.place && p.kind === kind)
        .map((p) => p.name);
      if (kind === "city") return citiesOfSameCountry(answer.place.name, sameKind);
      // Built-in countries of the answer's region only (blind grading: `l'Allemagne`,
      // `l'Espagne` beside `l'Australie` were absurd); the article's own may come from anywhere.
      const region = COUNTRY_REGIONS.get(answer.place.name);
      const builtIn =
        kind === "country" && region
          ? [...COUNTRY_REGIONS.keys()].filter((name) => COUNTRY_REGIONS.get(name) === region)
          : [];
      // A country keeps its article in the sentence (`au Maroc`, `la Belgique`): same article only.
      const article = COUNTRIES.get(answer.place.name);
      return [...sameKind, ...builtIn].filter(
        (name) => article === undefined || COUNTRIES.get(name) === article,
      );
    }
    case "number": {
      const { value, unit } = answer.quantity;
      // `1,4 million`, `2,6 millions`, `1,7 kilomètre`, `1,6 dinar` keyed and `2,6 dinars`
      // offered: the unit agrees with each option's value (French takes the singular below 2;
      // round 170: « 2,6 dinar », DEFECT for both graders).
      const agreed = (n: number) =>
        n >= 2
          ? unit.replace(/^(million|milliard)(?!\p{L})/u, "$1s").replace(HEAD, plural)
          : unit.replace(/^(million|milliard)s(?!\p{L})/u, "$1").replace(SINGULAR_HEAD, singular);
      // `38 points sur 42`: no option above the most there is.
      const most = OUT_OF.exec(analysis.body.slice(answer.quantity.end, answer.quantity.end + 30));
      // `dix-huit mois de prison, dont douze avec sursis`: the whole is more than its part
      // (round 96: `9 mois` among the options).
      const part = PART_AFTER.exec(
        analysis.body.slice(answer.quantity.end, answer.quantity.end + 60),
      );
      // `ramené à 18 000 tonnes, contre 24 000 tonnes l'an dernier`: a fall stays under what it
      // fell from, a rise over what it rose from (round 64: one option alone below gave it away).
      const compared = comparedTo(analysis, answer.quantity);
      // `bloqués à 3650 mètres d'altitude dans le massif du Mont-Blanc`: a height stays near the
      // answer, under the highest summit (round 124: `5 480 m` above Mont Blanc, absurd).
      const altitude = ALTITUDE_AFTER.test(
        analysis.body.slice(answer.quantity.end, answer.quantity.end + 30),
      );
      // `enfants âgés de 9 mois à 14 ans`: a child's age stays a child's (round 133: `21 | 28 ans`).
      const childAge =
        /^ans?$/u.test(unit) &&
        CHILD_AGE_BEFORE.test(
          analysis.body.slice(Math.max(0, answer.quantity.start - 60), answer.quantity.start),
        );
      // `une saison sèche qui peut durer huit mois`: a season lasts less than a year (round 140:
      // options of 12 and 16 months, « distracteurs absurdes »).
      const season =
        /^mois$/u.test(unit) &&
        /(?<!\p{L})saisons?(?!\p{L})/u.test(
          analysis.body.slice(Math.max(0, answer.quantity.start - 50), answer.quantity.start),
        );
      // `elle atteignait 48 centimètres, bien au-delà du minimum de ……`: the figure it is set
      // beyond bounds the options (round 165: `51 | 72 cm` offered, DEFECT for both graders).
      const beyond = boundSetBeside(analysis, answer.quantity);
      const ceiling = Math.min(
        beyond?.direction === "below" ? beyond.value - 1e-9 : Infinity,
        altitude ? Math.min(value * 1.3, HIGHEST_SUMMIT) : Infinity,
        childAge ? Math.max(value, 17) : Infinity,
        season ? Math.max(value, 11) : Infinity,
        most ? (parseFrenchNumber(most[1] ?? "") ?? Infinity) : Infinity,
        leaguePointsCeiling(answer.quantity, analysis),
        compared?.direction === "down" ? compared.value - 1e-9 : Infinity,
      );
      // `la prochaine édition, prévue en 2028`: a year to come has no option already past (the
      // article's dates and other years tell when it was written).
      const now = Math.max(
        ...analysis.dates.map((date) => date.year ?? 0),
        ...[...analysis.body.matchAll(/(?<![\d,.])(?:19|20)\d\d(?!\d|,\d)/gu)]
          .map((match) => Number(match[0]))
          .filter((year) => year !== value),
      );
      const floor = Math.max(
        unit === "" && value >= now && now > 1900 ? now : -Infinity,
        // `deux ans, dont six mois ferme`: a part in another unit bounds nothing.
        part && (!part[2] || unit.startsWith(part[2].replace(/s$/u, "")))
          ? (parseFrenchNumber(part[1] ?? "") ?? -Infinity) + 1e-9
          : -Infinity,
        compared?.direction === "up" ? compared.value + 1e-9 : -Infinity,
        beyond?.direction === "above" ? beyond.value + 1e-9 : -Infinity,
      );
      // `prévue en 2027` written in 2027: no year may come before it, and the answer would
      // always be the first option; it is asked as a short answer.
      if (isYear(value, unit) && value <= floor) return [];
      // `requis cinq ans … contre le trésorier et deux ans … contre le président`: another figure
      // of the sentence in the same unit is right of something else, and no option (round 135:
      // both requests among the options, ambiguous for both graders).
      const sentence = sentenceContaining(analysis.sentences, answer.quantity.start);
      const stated = analysis.quantities
        .filter(
          (other) =>
            sentence !== undefined &&
            other.start >= sentence.start &&
            other.end <= sentence.end &&
            other.start !== answer.quantity.start &&
            (other.unit === unit || (other.unit === "" && unit !== "")) &&
            // `cédé à 9 500 GNF, contre 12 000 GNF à la pompe`: a figure compared with is
            // bounded by comparedTo, or sends the question to a short answer.
            !/(?<!\p{L})contre\s+(?:\p{L}+\s+){0,2}$/u.test(
              analysis.body.slice(Math.max(0, other.start - 25), other.start),
            ),
        )
        .map((other) => other.value)
        // `une vingtaine d'exploitants` in the standfirst, `23 exploitations` asked: `20` among
        // the options is right too (round 164: « distracteur 20 … ambigu »).
        // A rough count far from the answer (`une centaine` beside 23) is of something else.
        .concat(
          isYear(value, unit) || unit === "%"
            ? []
            : analysis.roughFigures.filter((rough) => Math.abs(rough - value) <= value * 0.3),
        );
      // `à partir des années 1870`: a decade's options are decades (set CL, now dev: `1871 |
      // 1872 | 1874` offered, « distracteurs absurdes » for both graders).
      const decade =
        isYear(value, unit) &&
        value % 10 === 0 &&
        /(?<!\p{L})années\s+$/u.test(
          analysis.body.slice(Math.max(0, answer.quantity.start - 10), answer.quantity.start),
        );
      if (decade) {
        return [value - 20, value - 10, value + 10, value + 20]
          .filter((n) => n > floor && n < ceiling && !stated.includes(n))
          .slice(0, 3)
          .map((n) => formatFrenchNumber(n, unit));
      }
      // `d'environ 18 m2`: an approximate figure's options stand clear of it (round 153: `19 m2`
      // beside `environ 18 m2`, DEFECT for one grader).
      // A share's options are points apart already (`près de 70 %`: `65 %` stays).
      const approximate =
        !isYear(value, unit) &&
        unit !== "%" &&
        unit !== "pour cent" &&
        APPROXIMATE_BEFORE.test(
          analysis.body.slice(Math.max(0, answer.quantity.start - 25), answer.quantity.start),
        );
      // `dont les champs avaient été noyés lors des inondations de 2024`, no later year in the
      // article: the past year may be the last one before the article was written, and two
      // years after it may not have come yet (round 171: `2026 | 2028` offered, DEFECT for both
      // graders); one year after it at most.
      const pastYear =
        isYear(value, unit) && value >= now && PAST_TENSE.test(sentence?.text ?? "")
          ? value + 1
          : Infinity;
      return nearbyValues(
        value,
        unit,
        Math.min(ceiling, pastYear),
        floor,
        rank,
        stated,
        approximate ? 0.1 : 0,
      ).map((n) => `${formatFrenchNumber(n, unit)}${unit ? ` ${agreed(n)}` : ""}`);
    }
    case "date":
    case "truth":
    case "phrase":
      return [];
  }
}

/** A verb in a past tense: `avaient été noyés`, `a détruit`, `était`, `fut`. */
const PAST_TENSE =
  /(?<!\p{L})(?:avai(?:t|ent)|étai(?:t|ent)|fut|furent|(?:a|ont)\s+(?:été|\p{Ll}+(?:é|i|u|is|it)e?s?)(?!\p{L}))/u;

/** `bien au-delà du minimum de`, `au-dessus du seuil de` before a figure: a bound another exceeds. */
const MINIMUM_BEFORE =
  /(?:au-delà|au-dessus|plus)\s+(?:du|que le)\s+(?:minimum|seuil|plancher)\s+(?:\p{Ll}+\s+)?(?:de|d['’])\s*$/u;
/** `en deçà du maximum de`, `sous le plafond de` before a figure: a bound another stays under. */
const MAXIMUM_BEFORE =
  /(?:en deçà|en dessous|au-dessous|sous)\s+(?:du|le)\s+(?:maximum|plafond|seuil)\s+(?:\p{Ll}+\s+)?(?:de|d['’])\s*$/u;

/**
 * The figure of the same sentence and unit that a minimum or a maximum is set beside: the
 * answer, a minimum, stays below it; a maximum, above.
 */
function boundSetBeside(
  analysis: ArticleAnalysis,
  quantity: Quantity,
): { value: number; direction: "below" | "above" } | undefined {
  const before = analysis.body.slice(Math.max(0, quantity.start - 50), quantity.start);
  const direction = MINIMUM_BEFORE.test(before)
    ? "below"
    : MAXIMUM_BEFORE.test(before)
      ? "above"
      : undefined;
  if (!direction) return undefined;
  const sentence = sentenceContaining(analysis.sentences, quantity.start);
  const other = analysis.quantities
    .filter(
      (one) =>
        sentence !== undefined &&
        one.start >= sentence.start &&
        one.end <= quantity.start &&
        one.unit === quantity.unit,
    )
    .at(-1);
  return other ? { value: other.value, direction } : undefined;
}

/** `enfants âgés de 9 mois à`, `élèves de 6 à`: an age range of children, before its bound. */
const CHILD_AGE_BEFORE =
  /(?:enfants|élèves|nourrissons|bébés|écoliers|fillettes|garçons|filles)\s+(?:âgé(?:e)?s\s+)?de\s+[\d\p{L}\s]{1,20}\s+à\s+$/u;

/** The words of a unit before its complement: `kilomètres carrés | de forêt`. */
const SINGULAR_HEAD = /^(?:\p{L}+s(?:\s+|$))+?(?=$|d['’]|de\s|du\s|des\s|par\s|le\s|la\s|l['’])/u;

/** Nouns whose singular ends in `s` (the lexicon also knows `foi`, `moi`, `pay`…). */
const ENDS_IN_S = /^(?:fois|mois|pays|poids|prix|temps|cours|fonds|pas)$/u;

/** `environ`, `près de`, `plus de` right before a figure: it is rounded. */
export const APPROXIMATE_BEFORE =
  /(?<!\p{L})(?:environ|près\s+d(?:e|['’])|plus\s+de|moins\s+de|au\s+moins|quelque|presque|autour\s+de)\s*$/iu;

/** The words of a unit before its complement, whatever their number: `dinar`, `kilomètre carré`. */
const HEAD = /^(?:\p{L}+(?:\s+|$))+?(?=$|d['’]|de\s|du\s|des\s|par\s|le\s|la\s|l['’])/u;

/** `kilomètre carré` → `kilomètres carrés`: each singular word the lexicon knows as a noun. */
function plural(words: string): string {
  return words.replace(/\p{L}+(?!\p{L})/gu, (word) =>
    /[sxz]$/u.test(word) ||
    // `km`, `kg`, `ha`: a symbol takes no plural.
    (word.length <= 2 && word !== "an") ||
    (nounGender(word) === undefined && !/é$/u.test(word))
      ? word
      : `${word}s`,
  );
}

/** `kilomètres carrés` → `kilomètre carré`: each plural word the lexicon knows as a noun. */
function singular(words: string): string {
  return words.replace(/\p{L}+s(?!\p{L})/gu, (word) => {
    // `1,3 fois`, `1,5 mois`: a noun that ends in `s` in the singular too (round 80: `1,3 foi`).
    if (ENDS_IN_S.test(word)) return word;
    const one = word.slice(0, -1);
    return nounGender(one) !== undefined || /é$/u.test(one) ? one : word;
  });
}

/**
 * Cities of the answer's country, the article's first: a city of another country gives the
 * answer away. A city whose country is unknown takes the article's other cities only.
 */
function citiesOfSameCountry(city: string, inArticle: string[]): string[] {
  const country = CITY_COUNTRIES.get(city);
  if (country === undefined) return inArticle.filter((name) => !CITY_COUNTRIES.has(name));
  const sameCountry = (name: string) => CITY_COUNTRIES.get(name) === country;
  return [...inArticle.filter(sameCountry), ...[...CITY_COUNTRIES.keys()].filter(sameCountry)];
}

/** A verb of falling or rising right before `à` and the figure. */
const FELL_TO =
  /(?<!\p{L})(?:ramenée?s?|réduite?s?|abaissée?s?|baissée?s?|chuté|tombée?s?|reculé|descendue?s?)\s+à\s+(?:environ\s+|quelque\s+)?$/u;
const ROSE_TO =
  /(?<!\p{L})(?:portée?s?|relevée?s?|augmentée?s?|grimpé|montée?s?|bondi|rehaussée?s?)\s+à\s+(?:environ\s+|quelque\s+)?$/u;
/** `, contre 24 000 tonnes`: what the figure is compared with, right after it. */
const AGAINST =
  /^\s*,?\s+contre\s+(?:près de\s+|environ\s+|quelque\s+)?(\d[\d\s\u00a0\u202f.,]*\d|\d)/u;

/**
 * `92 000 hectolitres de vin cette année, contre une moyenne de 112 000 hectolitres`, `12,60 euros
 * à partir du 1er novembre, contre 11,90 euros jusqu'ici`: a figure compared further on in its
 * sentence with one of its unit, which way it went read from the two (round 136: every option
 * above the average for a harvest that fell, DEFECT for one grader, WEAK for the other).
 */
const AGAINST_LATER =
  /^[^.;:!?«»]{0,60}?,?\s+contre\s+(?:(?:une|la|sa)\s+moyenne\s+(?:annuelle\s+)?(?:de\s+|d['’])|près de\s+|environ\s+|quelque\s+)?(?=\d)/u;

/** A bare figure, then a time or the clause's end, not a unit: `5.560 l'année précédente`. */
const BARE_FIGURE =
  /^(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d+)(?:,\d+)?(?=\s*(?:[,.;](?!\d)|$|\s(?:l['’]an|l['’]année|un an|en\s+\d{4}|lors|au cours|il y a|auparavant|précédemment)))/u;

function comparedLater(
  analysis: ArticleAnalysis,
  quantity: Quantity,
): { value: number; direction: "up" | "down" } | undefined {
  const following = analysis.body.slice(quantity.end, quantity.end + 100);
  const against = AGAINST_LATER.exec(following);
  if (!against) return undefined;
  const at = quantity.end + against[0].length;
  // `800 francs CFA, contre 600 francs`: the same unit, written shorter.
  // `1,6 dinar, contre 2,4 dinars`: one unit, whatever its number (round 170).
  const sameUnit = (unit: string) =>
    unit === quantity.unit ||
    unit.replace(/s$/u, "") === quantity.unit.replace(/s$/u, "") ||
    (unit.length >= 1 &&
      (quantity.unit.startsWith(`${unit} `) || unit.startsWith(`${quantity.unit} `)));
  const other =
    analysis.quantities.find((q) => q.start === at && sameUnit(q.unit))?.value ??
    bareFigure(analysis.body.slice(at, at + 30), quantity.value);
  if (other === undefined || other === quantity.value) return undefined;
  return { value: other, direction: quantity.value < other ? "down" : "up" };
}

/**
 * `6.842 cas …, contre 5.560 l'année précédente`: a figure written bare, its unit the one before;
 * read only when no other unit follows it and it is of the same order as the first.
 */
function bareFigure(text: string, compared: number): number | undefined {
  const bare = BARE_FIGURE.exec(text)?.[1];
  if (!bare) return undefined;
  const value = parseFrenchNumber(
    bare.replace(/[\s\u00a0\u202f]/gu, "").replace(/\.(?=\d{3}(?!\d))/gu, ""),
  );
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  return value > compared / 4 && value < compared * 4 ? value : undefined;
}

/** The figure a fall or a rise is compared with (`ramené à X, contre Y`), and which way it went. */
function comparedTo(
  analysis: ArticleAnalysis,
  quantity: Quantity,
): { value: number; direction: "up" | "down" } | undefined {
  const before = analysis.body.slice(Math.max(0, quantity.start - 30), quantity.start);
  const direction = FELL_TO.test(before) ? "down" : ROSE_TO.test(before) ? "up" : undefined;
  if (!direction) return comparedLater(analysis, quantity);
  const against = AGAINST.exec(analysis.body.slice(quantity.end, quantity.end + 40))?.[1];
  const value = against && parseFrenchNumber(against.replace(/[\s\u00a0\u202f]/gu, ""));
  return typeof value === "number" && Number.isFinite(value) ? { value, direction } : undefined;
}

/** `sur 42`, `sur 20`: the most a score out of something can be. */
const OUT_OF =
  /^(?:\s+(?:de|d['’])\s*\p{L}+)?\s+sur\s+(\d{1,4}(?!\d|,\d)|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent)(?!\p{L}))(?!\s*(?:ans|années|mois|semaines|jours|heures)(?!\p{L}))(?!\s+\p{Ll}{3,}[sx](?!\p{L}))/u;
/** `…, dont douze avec sursis`: a part of the figure, after its unit's words. */
const PART_AFTER =
  /^[^,.;]{0,30},\s+dont\s+(\d{1,4}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-huit|vingt|trente)(?!\p{L})(?:\s+(ans?|années?|mois|semaines?|jours?))?/u;

/** The round a league match counts for: `la 12e journée`, `après 14 journées`. */
const LEAGUE_ROUND =
  /(?:\b(\d{1,2})e\s+journée|\baprès\s+(\d{1,2})\s+(?:journées|matchs|matches|rencontres))/u;

/**
 * A league's points after its `n`th round are at most `3 × n` (blind grading, round 92: `43`
 * and `59 points` after 12 rounds were absurd). The first round the article names is the
 * match it reports; a later one is the next fixture. Only a total in the table (`Avec 27 points,
 * … devance`, `totalise 22 points`): a player's points in a game are no such total.
 */
function leaguePointsCeiling(quantity: Quantity, analysis: ArticleAnalysis): number {
  if (!/^points?$/u.test(quantity.unit)) return Infinity;
  const sentence = sentenceContaining(analysis.sentences, quantity.start)?.text ?? "";
  if (!LEAGUE_TABLE.test(sentence)) return Infinity;
  const round = LEAGUE_ROUND.exec(analysis.body);
  const played = Number(round?.[1] ?? round?.[2]);
  return played > 0 && quantity.value <= 3 * played ? 3 * played : Infinity;
}

/** Words of a league table: a total of points, not a player's score in a game. */
const LEAGUE_TABLE =
  /(?<!\p{L})(?:classement|totalise|totalisent|place|devance|devancent|podium|leader|longueurs?|unités|relégable|relégation)(?!\p{L})/u;

/**
 * Plausible wrong values: neighbours for small counts and years, round ratios for large
 * values, steps for shares. The options are listed in numeric order, so the answer's rank
 * among them varies from question to question (blind grading: when the answer was always the
 * smallest, or always between a half and a double, students could answer without reading).
 * Plural units read wrong after 1 (`1 jours`), so values start at 2.
 */
export function nearbyValues(
  value: number,
  unit: string,
  ceiling = Infinity,
  floor = -Infinity,
  rank?: number,
  excluded: readonly number[] = [],
  spread = 0,
): number[] {
  const year = isYear(value, unit);
  // `environ 18 m²`: an option within the figure's own roundness (`19 m²`) is right too.
  const apart = (n: number) => Math.abs(n - value) >= spread * Math.abs(value);
  const share = (unit === "%" || unit === "pour cent") && value <= 100;
  const [below, above] = year
    ? [
        // `2039` for a work due in 30 months was absurd (blind grading): years close by.
        [value - 1, value - 2, value - 4],
        [value + 1, value + 2, value + 4],
      ]
    : share && value < 10
      ? // `1,4 %` of growth: options of its scale (`0,7 | 2,1 | 2,8`), not `6,6 | 11 | 15,5`.
        [
          [0.5, 0.7].map((ratio) => roundSmall(value * ratio, value)),
          [1.6, 2.4, 3.2].map((ratio) => roundSmall(value * ratio, value)),
        ]
      : share
        ? // Uneven steps kept to the answer's decimals: `36,86 | 41,86 | 46,86` showed how
          // they were made (blind grading).
          [
            [-4.7, -9.3, -13.6].map((step) => roundLike(value + step, value)),
            [5.2, 9.6, 14.1].map((step) => roundLike(value + step, value)).filter((n) => n <= 100),
          ]
        : /^(?:°C|degrés?)$/u.test(unit) && value > 0 && value < 5
          ? // A warming of `1,5 °C`: `4,5 | 6,5 | 9,5 °C` were absurd beside it; half degrees.
            [
              [-0.5, -1],
              [0.5, 1, 1.5],
            ].map((steps) => steps.map((step) => roundTo(value + step, 1)))
          : /^(?:°C|degrés?)$/u.test(unit)
            ? // `29 °C` at night: `49 | 70 °C` were absurd (round 103); a few degrees apart.
              [
                [-3, -5, -8],
                [3, 5, 8],
              ].map((steps) => steps.map((step) => roundLike(value + step, value)))
            : value < 20 && Number.isInteger(value)
              ? // Not only consecutive counts (9, 10, 11, 12 test memory, not reading): a step of
                // about a third, then neighbours.
                [
                  [
                    Math.round(value * 0.67),
                    Math.round(value * 0.5),
                    value - 1,
                    value - 2,
                    value - 3,
                  ],
                  [Math.round(value * 1.5), value * 2, value + 1, value + 2, value + 3],
                ]
              : (inYears(unit) ? YEAR_RATIOS : ratiosFor(value, unit)).map((ratios) =>
                  // A whole count has whole options (`28 ans` requis: not `9,8 ans`).
                  ratios.map((ratio) => {
                    // As precise as the answer (`13 842` → `11 074`, not `11 000`): a lone precise
                    // figure among round ones gives itself away (blind grading).
                    const option = roundLike(
                      roundSignificant(value * ratio, significantDigits(value)),
                      value,
                    );
                    return Number.isInteger(value) && value >= 10 ? Math.round(option) : option;
                  }),
                );
  // `92 000 hectolitres, contre une moyenne de 112 000`: between the answer and a bound close to
  // it, options on both sides keep the answer from being the highest or lowest of all.
  const between = (bound: number) =>
    [0.45, 0.8].map((share) =>
      roundLike(roundSignificant(value + (bound - value) * share, significantDigits(value)), value),
    );
  const nearCeiling =
    Number.isFinite(ceiling) && ceiling > value && ceiling < value * 1.5 && !year
      ? between(ceiling).filter((n) => n < ceiling)
      : [];
  const nearFloor =
    Number.isFinite(floor) && floor < value && floor > value / 1.5 && !year
      ? between(floor).filter((n) => n > floor)
      : [];
  // A small share may have options below 1 (`0,3 %` for `0,5 %`).
  // `15,4 %` of sugar: `1,8 | 6,1 %` are absurd beside it (round 117); a share's options stay
  // above half of it.
  const lower = [...new Set([...nearFloor, ...(below ?? [])])].filter(
    (n) =>
      n > (share && value < 10 ? 0 : 1) &&
      n < value &&
      n >= floor &&
      (!share || n >= value / 2) &&
      !excluded.includes(n) &&
      apart(n),
  );
  // `un chauffeur de 54 ans`: an age or a term in years stays within a life (not `110 ans`).
  const years = inYears(unit) && value <= 100;
  const higher = [...new Set([...nearCeiling, ...(above ?? [])])].filter(
    (n) => n > value && (!years || n <= 100) && n <= ceiling && !excluded.includes(n) && apart(n),
  );
  // How many options below the answer: 0 to 3, fixed by the value itself (deterministic).
  const wanted = rank ?? rankOf(`${value} ${unit}`);
  const fromBelow = Math.min(wanted, lower.length, 3);
  const fromAbove = Math.min(3 - fromBelow, higher.length);
  const picked = [
    ...lower.slice(0, fromBelow + (3 - fromBelow - fromAbove)),
    ...higher.slice(0, fromAbove),
  ];
  return [...new Set(picked)].filter((n) => n !== value);
}

/**
 * An age or a term in years (`47 ans`, `24 ans de réclusion`) lies within a life: options
 * close to it (blind grading: `75 | 100 ans` for a man of 47 was absurd).
 */
const YEAR_RATIOS: readonly [readonly number[], readonly number[]] = [
  [0.85, 0.7, 0.6],
  [1.15, 1.3, 1.45],
];

function inYears(unit: string): boolean {
  return /^(?:ans|années)$/u.test(unit);
}

/**
 * Ratios below and above a large value, one set of three chosen by the value: always the same
 * ratios (`×0.8, ×1.25, ×1.5`) let a student see which option the others were made from (blind
 * grading).
 */
const RATIO_SETS: readonly (readonly [readonly number[], readonly number[]])[] = [
  [
    [0.8, 0.6, 0.4],
    [1.25, 1.5, 2],
  ],
  [
    [0.7, 0.55, 0.35],
    [1.3, 1.7, 2.4],
  ],
  [
    [0.85, 0.65, 0.45],
    [1.2, 1.6, 2.2],
  ],
];

/** `d'altitude` after a height. */
const ALTITUDE_AFTER = /^\s*(?:d['’]altitude|au-dessus du niveau de la mer)(?!\p{L})/u;
/** Metres: no height on Earth is above it. */
const HIGHEST_SUMMIT = 8849;

function ratiosFor(value: number, unit: string): readonly [readonly number[], readonly number[]] {
  return RATIO_SETS[hashOf(`${unit}|${value}`) % RATIO_SETS.length] ?? [[], []];
}

/**
 * A small share rounded to the answer's decimals (`9 %` → `6 %`); below 3, one decimal at
 * least (`0,5 %` → `0,3 %`, not `0 %`).
 */
function roundSmall(value: number, like: number): number {
  const written = decimalsOf(like);
  return roundTo(value, like < 3 ? Math.max(1, written) : written);
}

/** `value` rounded to as many decimals as `like` has (0 to 2). */
function roundLike(value: number, like: number): number {
  return roundTo(value, decimalsOf(like));
}

/** How many decimals `value` is written with, 2 at most. */
function decimalsOf(value: number): number {
  return Math.min(2, (/[.,](\d+)$/u.exec(String(value))?.[1] ?? "").length);
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** A bare figure that reads as a year (`2028`). */
function isYear(value: number, unit: string): boolean {
  return unit === "" && Number.isInteger(value) && value >= 1000 && value <= 2100;
}

/** A number from 0 to 3 spread evenly over answers (FNV-1a of the text), the same every time. */
function rankOf(text: string): number {
  return hashOf(text) % 4;
}

/** FNV-1a of the text, unsigned. */
export function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return hash >>> 0;
}

/** How many significant digits a figure is written with: `13842` 5, `45000` 2, `11.6` 3. */
function significantDigits(value: number): number {
  const digits = String(value).replace(/[^\d]/gu, "").replace(/^0+/u, "");
  return (Number.isInteger(value) ? digits.replace(/0+$/u, "") : digits).length || 1;
}

/**
 * `value` to `digits` significant digits, two at least; below 10 the step is a fraction,
 * divided out to stay exact (1,3 not 1,3000000000000003).
 */
function roundSignificant(value: number, digits: number): number {
  const exponent = Math.floor(Math.log10(value)) - (Math.max(2, digits) - 1);
  return exponent >= 0
    ? Math.round(value / 10 ** exponent) * 10 ** exponent
    : Math.round(value * 10 ** -exponent) / 10 ** -exponent;
}
