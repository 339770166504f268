/**
 * @module
 * What the French analysis finds in an article: sentences, people, organisations, places,
 * dates and quantities, each with its mentions (offsets into the body text).
 */
import type { FrenchDateMatch } from "./parse-french-date";
import type { Sentence } from "./split-sentences";

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export type Gender = "m" | "f";

/** A role given to a person by an apposition (`le directeur de la DSITI, Mourad Naimi`). */
export interface PersonRole {
  /** The role without its determiner: `directeur de la DSITI`. */
  text: string;
  /** Where the role is written (for evidence). */
  mention: Mention;
}

export interface Person {
  /** The most frequent full form of the name: `Charles Michel`. */
  name: string;
  /** Other spellings of the same person in the article (`Jean Jambon` for `Jan Jambon`). */
  aliases: string[];
  surname: string;
  gender?: Gender;
  roles: PersonRole[];
  mentions: Mention[];
}

export interface Organisation {
  /** Full name when known (`Direction générale de la sûreté nationale`), else the acronym. */
  name: string;
  acronym?: string;
  /** Head noun and its gender, for `Quelle direction`, `Quel office`. */
  head?: { noun: string; gender: Gender };
  mentions: Mention[];
}

export interface Place {
  name: string;
  kind: "country" | "city" | "place";
  mentions: Mention[];
}

/** A date written in the article (`mardi 1er mars`), with its year when the text gives it. */
export type DateMention = FrenchDateMatch;

export interface Quantity extends Mention {
  value: number;
  /** Unit as written, e.g. `jours`, `millions d'euros`. */
  unit: string;
}

/** Everything the generator needs to know about an article. */
export interface ArticleAnalysis {
  /** The body text: `article.paragraphs.join("\n\n")`. */
  body: string;
  sentences: Sentence[];
  people: Person[];
  organisations: Organisation[];
  places: Place[];
  dates: DateMention[];
  quantities: Quantity[];
  /** Other capitalised names: events, works, buildings, places the lexicon does not know. */
  names: Mention[];
  /**
   * The round figures of rough counts anywhere in the article, headline and standfirst included
   * (`une vingtaine` → 20).
   */
  roughFigures: number[];
}
