/**
 * @module
 * Finds places: known countries and cities, and capitalised names after `à`, `au`, `en`.
 */

import { CAPITAL_AHEAD, startAhead } from "../text/start-ahead";
import { wordOffsets } from "../text/word-offsets";
import type { Mention, Place } from "./entities";
import { CITIES } from "./lexicon/cities";
import { isCommonWord } from "./lexicon/common-words";
import { COUNTRIES } from "./lexicon/countries";
import { GIVEN_TO } from "./lexicon/given-to";
import { ORGANISATION_NOUNS } from "./lexicon/organisation-nouns";

/**
 * A capitalised name after `à`, `au`, `aux`, `en`, hyphenated words whole (`Yverdon-les-Bains`,
 * `Aix-en-Provence`, `Saint-Jean-d'Angély`, `Môle Saint-Nicolas`, `Stade Louis-II`): cut at `-les-`, the rest of
 * the name stays behind.
 */
const AFTER_PREPOSITION = new RegExp(
  String.raw`${startAhead(["à|au|aux|en"], { whole: true })}(?<![\p{L}])(?:à|au|aux|en)\s+(\p{Lu}\p{Ll}+(?:-(?:(?:sur|sous|en|lès|les|le|la|de|des|du|aux|au|et)-|d['’])?\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+(?:-(?:(?:sur|sous|en|lès|les|le|la|de|des|du|aux|au|et)-|d['’])?\p{Lu}\p{Ll}+)*)?(?:-[IVX]{1,4}(?![\p{L}\d]))?)`,
  "gu",
);

const KNOWN_PLACES = [...COUNTRIES.keys(), ...CITIES];
/** A name's first run of letters, when it opens on a capital. */
const FIRST_WORD = /^\p{Lu}\p{L}*/u;
/** The text's runs of letters that open on a capital. */
const CAPITALISED_WORD = new RegExp(String.raw`${CAPITAL_AHEAD}(?<!\p{L})\p{Lu}\p{L}*`, "gu");

/**
 * Finds the places named in a text; `excluded` names (people, organisations) are skipped.
 *
 * @example
 * findPlaces("Il est arrivé à Rabat, au Maroc.").map((place) => place.name); // ["Rabat", "Maroc"]
 */
export function findPlaces(body: string, excluded: ReadonlySet<string> = new Set()): Place[] {
  const places = new Map<string, Place>();
  const add = (name: string, kind: Place["kind"], mention: Mention) => {
    const place = places.get(name) ?? { name, kind, mentions: [] };
    if (!place.mentions.some((m) => m.start === mention.start)) place.mentions.push(mention);
    places.set(name, place);
  };
  // A known place named in the text has its first word there whole (a run of letters between
  // non-letters, capitalised as the name is): the lexicon's other names are not searched for
  // through the whole body.
  const words = new Set(body.match(CAPITALISED_WORD));
  for (const name of KNOWN_PLACES) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (first !== undefined && !words.has(first)) continue;
    for (const start of wordOffsets(body, name, { hyphens: true })) {
      // `le Suisse s'est imposé`: a determiner the country does not take makes it a person.
      const determiner = /(?<!\p{L})(le|la)\s+$/iu.exec(body.slice(Math.max(0, start - 4), start));
      const article = COUNTRIES.get(name);
      if (determiner && article && article !== determiner[1]?.toLowerCase()) continue;
      add(name, COUNTRIES.has(name) ? "country" : "city", {
        text: name,
        start,
        end: start + name.length,
      });
    }
  }
  for (const match of body.matchAll(AFTER_PREPOSITION)) {
    const name = match[1] ?? "";
    if (excluded.has(name) || [...excluded].some((e) => e.startsWith(name))) continue;
    // `au Trésor public`, `à Santé Canada`: a French common noun opens no unknown place's name.
    if (!name.includes(" ") && !name.includes("-") && isCommonWord(name)) continue;
    // `au Grand Conseil`, `au Tribunal fédéral`: an institution's name, not a place's.
    if (name.split(/\s+/u).some((word) => ORGANISATION_NOUNS.has(word.toLowerCase()))) continue;
    // `le prix a été attribué à Meryem Zniber`: who receives, not where.
    if (GIVEN_TO.test(body.slice(Math.max(0, match.index - 60), match.index + 2))) continue;
    // `grâce à Mehdi Lambert`, `face à Paul Roux`, `à cause de`: thanks to someone, not where.
    if (
      /(?<!\p{L})(?:grâce|face|quant|contre)\s*$/u.test(
        body.slice(Math.max(0, match.index - 8), match.index),
      )
    ) {
      continue;
    }
    const mention = mentionOf(match, name);
    // `en Afrique du Sud`: a known place already covers these words.
    const covered = [...places.values()].some((place) =>
      place.mentions.some((m) => m.start < mention.end && mention.start < m.end),
    );
    if (!covered) add(name, places.get(name)?.kind ?? "place", mention);
  }
  return [...places.values()]
    .map((place) => ({ ...place, mentions: place.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function mentionOf(match: RegExpExecArray, name: string): Mention {
  const start = match.index + match[0].lastIndexOf(name);
  return { text: name, start, end: start + name.length };
}
