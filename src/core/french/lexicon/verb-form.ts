/**
 * @module
 * French verb forms, from the Lefff (via `french-verbs-lefff`, kept to frequent verbs and
 * packed in `verb-forms.generated.ts`): is `verseront` a verb, and whose? What a sentence's main
 * verb is when it is not a compound past.
 */
import { VERB_FORMS } from "./verb-forms.generated";

/** The tenses of the finite forms kept, in the generated module's order. */
const TENSES = ["present", "future", "imperfect", "simple-past", "conditional"] as const;
export type FiniteTense = (typeof TENSES)[number];

/** A third-person finite form: `verseront` → verser, future, plural. */
export interface FiniteVerb {
  infinitive: string;
  tense: FiniteTense;
  plural: boolean;
}

let finite: Map<string, FiniteVerb> | undefined;
let participles: Map<string, string> | undefined;
let participleTable: Map<string, string[]> | undefined;

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
  return finite?.get(word);
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
  return participles?.get(word);
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
  const forms = participleTable?.get(infinitive);
  return forms?.[(gender === "f" ? 2 : 0) + (plural ? 1 : 0)] || forms?.[0] || undefined;
}

function decode(): void {
  finite = new Map();
  participles = new Map();
  participleTable = new Map();
  let previous = "";
  for (const entry of VERB_FORMS.split(",")) {
    const [head = "", ...coded] = entry.split(" ");
    const infinitive = previous.slice(0, Number.parseInt(head[0] ?? "0", 36)) + head.slice(1);
    previous = infinitive;
    const forms =
      coded.length > 0 ? coded.map((code) => undiff(infinitive, code)) : regular(infinitive);
    forms.forEach((form, index) => {
      if (form === "") return;
      if (index < 2 * TENSES.length) {
        const tense = TENSES[Math.floor(index / 2)] ?? "present";
        if (!finite?.has(form)) finite?.set(form, { infinitive, tense, plural: index % 2 === 1 });
      } else {
        if (index === 2 * TENSES.length) participleTable?.set(infinitive, forms.slice(index));
        if (!participles?.has(form)) participles?.set(form, infinitive);
      }
    });
  }
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
  return [
    `${s}e`,
    `${s}ent`,
    `${s}era`,
    `${s}eront`,
    `${a}ait`,
    `${a}aient`,
    `${a}a`,
    `${s}èrent`,
    `${s}erait`,
    `${s}eraient`,
    `${s}é`,
    `${s}és`,
    `${s}ée`,
    `${s}ées`,
  ];
}
