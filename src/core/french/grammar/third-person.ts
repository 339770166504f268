/**
 * @module
 * A speaker's first person turned to the third, for a question on what they said (`J'ai écrit
 * ce roman parce que je voulais …`, said by the author → `Awa Diallo a écrit ce roman parce
 * qu'elle voulait …`; `Nous avons dû ajouter deux séances …`, said for the festival → `le
 * festival a dû ajouter deux séances …`).
 */
import { finiteVerb } from "../lexicon/verb-form";

/** Verbs whose first person is irregular, and their third. */
const IRREGULAR: Readonly<Record<string, string>> = {
  ai: "a",
  suis: "est",
  vais: "va",
  peux: "peut",
  veux: "veut",
  vaux: "vaut",
  dois: "doit",
  sais: "sait",
  fais: "fait",
  dis: "dit",
  crois: "croit",
  vois: "voit",
};

/** Possessives of the first person and their third. */
const POSSESSIVES: Readonly<Record<string, string>> = { mon: "son", ma: "sa", mes: "ses" };

/** Words of the first or second person left after the rewriting: no sure third person. */
const STILL_FIRST =
  /(?<!\p{L})(?:(?:je|me|moi|nous|vous|notre|nos|votre|vos|mien|mienne|miens|miennes)(?!\p{L})|[jm]['’])/iu;

/**
 * The third person singular of a verb written in the first (`voulais` → `voulait`, `prends` →
 * `prend`), when the lexicon knows the result as a singular finite verb.
 *
 * @example
 * thirdPersonOf("voulais"); // "voulait"
 * thirdPersonOf("ai"); // "a"
 */
export function thirdPersonOf(verb: string): string | undefined {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  const candidates = /ais$/u.test(verb)
    ? [verb.replace(/s$/u, "t")]
    : /[^aeiou]e$/u.test(verb)
      ? [verb]
      : /(?:d|t)s$/u.test(verb)
        ? [verb.slice(0, -1)]
        : /s$/u.test(verb)
          ? [verb.replace(/s$/u, "t")]
          : /ai$/u.test(verb)
            ? [verb.replace(/i$/u, "")]
            : [];
  return candidates.find((third) => {
    const known = finiteVerb(third);
    return known !== undefined && !known.plural;
  });
}

/**
 * A statement in the first person singular, said by `name`, told in the third person: the
 * opening `Je`/`J'` becomes the name, a later `je` the pronoun, `mon`/`ma`/`mes` the speaker's
 * `son`/`sa`/`ses`. Undefined when the statement does not open on `Je`, when a verb is one the
 * lexicon does not know, or when another first or second person remains (`nous`, `me`).
 *
 * @example
 * toThirdPerson("J'ai refusé parce que je voulais rester", "Awa Diallo", "f");
 * // "Awa Diallo a refusé parce qu'elle voulait rester"
 */
export function toThirdPerson(
  statement: string,
  name: string,
  gender: "m" | "f",
): string | undefined {
  const pronoun = gender === "f" ? "elle" : "il";
  let failed = false;
  const verbAfter = (verb: string) => {
    const third = thirdPersonOf(verb.toLowerCase());
    if (!third) failed = true;
    return third ?? verb;
  };
  const opening = /^(?:J['’]|Je\s+)(?:(ne\s+|n['’]))?(\p{Ll}+)/u.exec(statement);
  if (!opening?.[2]) return undefined;
  const verb = verbAfter(opening[2]);
  // `Je ne suis pas` → `X n'est pas`: `ne` elides before the third person's vowel too.
  const negation = opening[1] ? (/^[aeiouéèêh]/u.test(verb) ? "n'" : "ne ") : "";
  const head = `${name} ${negation}${verb}`;
  const rest = statement
    .slice(opening[0].length)
    // `que je voulais` → `qu'elle voulait`; `je ne savais pas` → `il ne savait pas`.
    .replace(
      /(?<!\p{L})(?:je\s+|j['’])(ne\s+|n['’])?(\p{Ll}+)/gu,
      (_whole, ne: string | undefined, verb: string) =>
        `${pronoun} ${ne ? (/^[aeiouéèêh]/u.test(verbAfter(verb)) ? "n'" : "ne ") : ""}${verbAfter(verb)}`,
    )
    .replace(/(?<!\p{L})(mon|ma|mes)(?!\p{L})/gu, (word: string) => POSSESSIVES[word] ?? word)
    .replace(/(?<!\p{L})(qu|lorsqu|puisqu)e\s+(il|elle)(?!\p{L})/gu, "$1'$2");
  const told = `${head}${rest}`;
  return failed || STILL_FIRST.test(told) ? undefined : told;
}

/** Verbs whose first person plural is irregular, and their third singular and plural. */
const IRREGULAR_PLURAL: Readonly<Record<string, readonly [string, string]>> = {
  avons: ["a", "ont"],
  sommes: ["est", "sont"],
  allons: ["va", "vont"],
  faisons: ["fait", "font"],
  pouvons: ["peut", "peuvent"],
  voulons: ["veut", "veulent"],
  devons: ["doit", "doivent"],
  savons: ["sait", "savent"],
  disons: ["dit", "disent"],
  prenons: ["prend", "prennent"],
  venons: ["vient", "viennent"],
  tenons: ["tient", "tiennent"],
  voyons: ["voit", "voient"],
  recevons: ["reçoit", "reçoivent"],
};

/** Possessives of the first person plural and their third. */
const PLURAL_POSSESSIVES: Readonly<Record<string, readonly [string, string]>> = {
  notre: ["son", "leur"],
  nos: ["ses", "leurs"],
};

/**
 * The third person of a verb written in the first person plural (`refusons` → `refuse`,
 * `refusent`; `perdions` → `perdait`), when the lexicon knows the result as a finite verb of
 * that number.
 *
 * @example
 * thirdPersonOfPlural("avons", false); // "a"
 * thirdPersonOfPlural("refusons", true); // "refusent"
 */
export function thirdPersonOfPlural(verb: string, plural: boolean): string | undefined {
  const irregular = IRREGULAR_PLURAL[verb];
  if (irregular) return irregular[plural ? 1 : 0];
  const candidates = /ions$/u.test(verb)
    ? [verb.replace(/ions$/u, plural ? "aient" : "ait")]
    : /issons$/u.test(verb)
      ? [verb.replace(/issons$/u, plural ? "issent" : "it")]
      : /ons$/u.test(verb)
        ? plural
          ? [verb.replace(/ons$/u, "ent")]
          : [verb.replace(/ons$/u, "e"), verb.replace(/ons$/u, "")]
        : [];
  return candidates.find((third) => {
    const known = finiteVerb(third);
    return known !== undefined && known.plural === plural;
  });
}

/**
 * A statement in the first person plural, said for a body, told in the third person of that
 * body: the opening `Nous` becomes `subject`, a later `nous` its pronoun, `notre`/`nos` its
 * possessives. Undefined when the statement does not open on `Nous`, when a verb is one the
 * lexicon does not know, or when another first or second person remains (`nous` as an object).
 *
 * @example
 * toThirdPersonOf("Nous avons choisi l'été parce que nous voulions …", "les CFL", true, "m");
 * // "les CFL ont choisi l'été parce qu'ils voulaient …"
 */
export function toThirdPersonOf(
  statement: string,
  subject: string,
  plural: boolean,
  gender: "m" | "f",
): string | undefined {
  const pronoun = `${gender === "f" ? "elle" : "il"}${plural ? "s" : ""}`;
  let failed = false;
  const verbAfter = (verb: string) => {
    const third = thirdPersonOfPlural(verb.toLowerCase(), plural);
    if (!third) failed = true;
    return third ?? verb;
  };
  const elided = (ne: string | undefined, verb: string) =>
    ne ? (/^[aeiouéèêh]/u.test(verb) ? "n'" : "ne ") : "";
  const opening = /^Nous\s+(ne\s+|n['’])?(\p{Ll}+)/u.exec(statement);
  if (!opening?.[2]) return undefined;
  const verb = verbAfter(opening[2]);
  const rest = statement
    .slice(opening[0].length)
    .replace(/(?<!\p{L})nous\s+(ne\s+|n['’])?(\p{Ll}+)/gu, (_whole, ne: string, next: string) => {
      const third = verbAfter(next);
      return `${pronoun} ${elided(ne, third)}${third}`;
    })
    .replace(
      /(?<!\p{L})(notre|nos)(?!\p{L})/gu,
      (word: string) => PLURAL_POSSESSIVES[word]?.[plural ? 1 : 0] ?? word,
    )
    .replace(/(?<!\p{L})(qu|lorsqu|puisqu)e\s+(ils?|elles?)(?!\p{L})/gu, "$1'$2");
  const told = `${subject} ${elided(opening[1], verb)}${verb}${rest}`;
  return failed || STILL_FIRST.test(told) ? undefined : told;
}
