/**
 * @module
 * French verb forms, from the Lefff (via `french-verbs-lefff`, every verb of it, and
 * packed in `verb-forms.generated.ts`): is `verseront` a verb, and whose? What a sentence's main
 * verb is when it is not a compound past.
 */
import { VERB_FORMS, VERB_PATTERNS } from "./verb-forms.generated";

/** The tenses of the finite forms kept, in the generated module's order. */
const TENSES = ["present", "future", "imperfect", "simple-past", "conditional"] as const;
export type FiniteTense = (typeof TENSES)[number];

/** A third-person finite form: `verseront` → verser, future, plural. */
export interface FiniteVerb {
  infinitive: string;
  tense: FiniteTense;
  plural: boolean;
}

/** A form read back to its verb: the verb's place in the lexicon and the form's in the verb. */
interface Reading {
  infinitive: string;
  /** The verb's rank in the lexicon's order: of two verbs sharing a form, the first wins. */
  rank: number;
  /** The form's index in {@link regular}'s order (10 finite forms, then 4 participles). */
  index: number;
}

/** The irregular verbs' forms, read out once. */
let finite: Map<string, Reading> | undefined;
let participles: Map<string, Reading> | undefined;
let participleTable: Map<string, string[]> | undefined;
/**
 * The regular `-er` verbs and their rank. Four in five verbs are regular: their forms are read
 * back by their endings when asked rather than all written out at start-up (14 map entries a
 * verb made the first generation of an isolate pay tens of milliseconds).
 */
let regularRank: Map<string, number> | undefined;

/**
 * The verb a third-person indicative or conditional form belongs to, or undefined when the word
 * is no such form of a frequent verb. A form of two tenses (`finit`) reads as the first listed.
 *
 * @example
 * finiteVerb("construira"); // { infinitive: "construire", tense: "future", plural: false }
 * finiteVerb("verseront"); // { infinitive: "verser", tense: "future", plural: true }
 * finiteVerb("usine"); // { infinitive: "usiner", tense: "present", plural: false }
 * finiteVerb("Lithonor"); // undefined
 */
export function finiteVerb(word: string): FiniteVerb | undefined {
  if (!finite) decode();
  const reading = first(finite?.get(word), regularReading(word, 0, FINITE_FORMS));
  if (!reading) return undefined;
  const tense = TENSES[Math.floor(reading.index / 2)] ?? "present";
  return { infinitive: reading.infinitive, tense, plural: reading.index % 2 === 1 };
}

/**
 * The infinitive of a past participle (`construite` → construire), or undefined.
 *
 * @example
 * participleOf("signées"); // "signer"
 * participleOf("annonce"); // undefined
 */
export function participleOf(word: string): string | undefined {
  if (!participles) decode();
  return first(participles?.get(word), regularReading(word, FINITE_FORMS, FORMS))?.infinitive;
}

/**
 * Whether a word is an infinitive the lexicon knows (`former`, `réduire`), whatever else it may
 * also be (`dîner`).
 *
 * @example
 * isInfinitive("contourner"); // true
 * isInfinitive("contour"); // false
 */
export function isInfinitive(word: string): boolean {
  return /(?:er|ir|re)$/u.test(word) && pastParticiple(word) !== undefined;
}

/**
 * The past participle of a verb agreed in gender and number (`construire`, f, plural →
 * construites), or undefined when the verb is not known.
 *
 * @example
 * pastParticiple("signer"); // "signé"
 * pastParticiple("condamner", "m", true); // "condamnés"
 */
export function pastParticiple(
  infinitive: string,
  gender: "m" | "f" = "m",
  plural = false,
): string | undefined {
  if (!participleTable) decode();
  const forms =
    participleTable?.get(infinitive) ??
    (regularRank?.has(infinitive) ? regular(infinitive).slice(FINITE_FORMS) : undefined);
  return forms?.[(gender === "f" ? 2 : 0) + (plural ? 1 : 0)] || forms?.[0] || undefined;
}

function decode(): void {
  finite = new Map();
  participles = new Map();
  participleTable = new Map();
  regularRank = new Map();
  const patterns = VERB_PATTERNS.split(";");
  let previous = "";
  let rank = 0;
  for (const entry of VERB_FORMS.split(",")) {
    const [head = "", ...written] = entry.split(" ");
    // `=3`: the verb follows the fourth shared pattern.
    const shared = written[0]?.startsWith("=")
      ? patterns[Number.parseInt(written[0].slice(1), 36)]
      : undefined;
    const coded = shared === undefined ? written : shared.split(" ");
    const infinitive = previous.slice(0, Number.parseInt(head[0] ?? "0", 36)) + head.slice(1);
    previous = infinitive;
    rank += 1;
    if (coded.length === 0) {
      regularRank.set(infinitive, rank);
      continue;
    }
    const forms = coded.map((code) => undiff(infinitive, code));
    forms.forEach((form, index) => {
      if (form === "") return;
      const reading = { infinitive, rank, index };
      if (index < FINITE_FORMS) {
        if (!finite?.has(form)) finite?.set(form, reading);
      } else {
        if (index === FINITE_FORMS) participleTable?.set(infinitive, forms.slice(index));
        if (!participles?.has(form)) participles?.set(form, reading);
      }
    });
  }
}

/** The earlier of two readings in the lexicon's order (verb, then form), as a table built in that order keeps. */
function first(a: Reading | undefined, b: Reading | undefined): Reading | undefined {
  if (!a || !b) return a ?? b;
  return a.rank < b.rank || (a.rank === b.rank && a.index <= b.index) ? a : b;
}

/** The endings of {@link regular}'s forms, in its order; `a` marks the stem that spells `-cer` ç and `-ger` ge. */
const REGULAR_ENDINGS: readonly (readonly [string, boolean])[] = [
  ["e", false],
  ["ent", false],
  ["era", false],
  ["eront", false],
  ["ait", true],
  ["aient", true],
  ["a", true],
  ["èrent", false],
  ["erait", false],
  ["eraient", false],
  ["é", false],
  ["és", false],
  ["ée", false],
  ["ées", false],
];
const FINITE_FORMS = 2 * TENSES.length;
const FORMS = REGULAR_ENDINGS.length;

/** The first regular verb of which `word` is the form `from` ≤ index < `to` of {@link regular}. */
function regularReading(word: string, from: number, to: number): Reading | undefined {
  let found: Reading | undefined;
  for (let index = from; index < to; index += 1) {
    const [ending, spelled] = REGULAR_ENDINGS[index] ?? ["", false];
    if (!word.endsWith(ending)) continue;
    let stem = word.slice(0, word.length - ending.length);
    if (spelled) {
      // `lança`, `mangeait`; `lancait` and `mangait` are no forms.
      if (/[cg]$/u.test(stem)) continue;
      stem = stem.endsWith("ç") ? `${stem.slice(0, -1)}c` : stem.replace(/(?<=g)e$/u, "");
    }
    const infinitive = `${stem}er`;
    const rank = regularRank?.get(infinitive);
    if (rank !== undefined) found = first(found, { infinitive, rank, index });
    // `paieront`, `paie`: a verb in `-ayer` may write its stem with `i` before a mute `e`.
    const ayer = /ai$/u.test(stem) && /^e/u.test(ending) ? `${stem.slice(0, -1)}yer` : "";
    const ayerRank = ayer ? regularRank?.get(ayer) : undefined;
    if (ayerRank !== undefined) found = first(found, { infinitive: ayer, rank: ayerRank, index });
  }
  return found;
}

/** `construire`, `2t` → `construit`. */
function undiff(infinitive: string, code: string): string {
  if (code === "-") return "";
  const drop = /^\d+/u.exec(code)?.[0] ?? "";
  return infinitive.slice(0, infinitive.length - Number(drop || 0)) + code.slice(drop.length);
}

/** The rule `scripts/build-verb-lexicon.mjs` checked the verb follows (`lancer` → lança). */
function regular(infinitive: string): string[] {
  const s = infinitive.slice(0, -2);
  const a = s.endsWith("c") ? `${s.slice(0, -1)}ç` : s.endsWith("g") ? `${s}e` : s;
  return REGULAR_ENDINGS.map(([ending, spelled]) => `${spelled ? a : s}${ending}`);
}
