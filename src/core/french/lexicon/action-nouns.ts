/**
 * @module
 * Nouns of an action (`construction`, `aménagement`, `ouverture`), told by their ending: they
 * name what they act on (`la construction | d'un centre scolaire`) and state what a sum is for.
 */

/** A noun ending as actions do: `-tion`, `-sion`, `-ment`, `-age`, `-ure`. */
export const ACTION_NOUN = /\p{Ll}{3,}(?:tion|sion|ment|age|ure)s?$/u;

/** Nouns in `-ment`, `-age` that name no action (`le gouvernement`, `le village`). */
const NOT_ACTION =
  /^(?:moment|gouvernement|département|établissement|parlement|village|personnel|âge|ménage|paysage|message|étage|voyage|partage|stage|pâturage|fromage|plage|image|page|visage|garage|barrage|rivage|logement|bâtiment|équipement|médicament|aliment|monument|instrument|appartement|nature|culture|structure|voiture|toiture|station|nation|population|région)s?$/u;

/**
 * Whether a noun names an action, not a thing that merely ends like one.
 *
 * @example
 * isActionNoun("construction"); // true
 * isActionNoun("village"); // false
 */
export function isActionNoun(noun: string): boolean {
  return ACTION_NOUN.test(noun) && !NOT_ACTION.test(noun);
}
