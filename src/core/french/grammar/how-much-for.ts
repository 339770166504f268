/**
 * @module
 * The question word for an amount a verb governs: *Combien la ville versera-t-elle ?*, but
 * *Quel montant les charges atteignent-elles ?* — a verb of level (`atteindre`, `dépasser`)
 * takes its figure as a mark reached, which *Combien* does not ask.
 */

/** Verbs whose object is a level reached or passed, not a quantity handed over or counted. */
const LEVEL_VERBS = new Set(["atteindre", "dépasser", "franchir", "avoisiner", "frôler"]);

/**
 * `Combien` for most verbs; `Quel montant` for a sum after a verb of level; undefined for any
 * other figure after one (*Combien de visiteurs le salon a-t-il atteint ?* reads wrong).
 *
 * @example
 * howMuchFor("verser", true); // "Combien"
 * howMuchFor("atteindre", true); // "Quel montant"
 * howMuchFor("atteindre", false); // undefined
 */
export function howMuchFor(infinitive: string | undefined, money: boolean): string | undefined {
  if (!infinitive || !LEVEL_VERBS.has(infinitive)) return "Combien";
  return money ? "Quel montant" : undefined;
}
