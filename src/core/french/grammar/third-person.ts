/**
 * @module
 * A speaker's first person singular turned to the third, for a question on what they said
 * (`J'ai écrit ce roman parce que je voulais …`, said by the author → `Awa Diallo a écrit ce
 * roman parce qu'elle voulait …`).
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
