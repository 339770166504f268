/**
 * @module
 * French function words and sentence-opening adverbs: a capitalised one starts a sentence, it
 * does not start a name.
 */

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "le la les l un une des du de d au aux à a et ou mais donc or ni car en dans sur sous par pour " +
    "avec sans chez vers depuis pendant avant après outre lors selon contre entre parmi malgré " +
    "ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos il elle ils elles on " +
    "nous vous je tu qui que quoi dont où quand comme si ainsi alors puis enfin aussi même tout " +
    "toute tous toutes plusieurs chaque aucun aucune cela ceci ça voici voilà oui non " +
    // Adverbs that open a sentence (`Hier,`, `Pourtant,`).
    "hier demain pourtant cependant toutefois néanmoins ensuite désormais déjà encore toujours " +
    "soudain certes bref auparavant autrefois bientôt " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin " +
    "juillet août septembre octobre novembre décembre monsieur madame mademoiselle"
  ).split(" "),
);
