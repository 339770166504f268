/**
 * @module
 * A candidate question: what a template proposes before ranking, selection and the choice of a
 * question type.
 */
import type {
  ArticleAnalysis,
  DateMention,
  Organisation,
  Person,
  Place,
  Quantity,
} from "../french/entities";
import type { Sentence } from "../french/split-sentences";

/** What the candidate asks for, with the entity that answers it. */
export type CandidateAnswer =
  | { kind: "person"; person: Person }
  | { kind: "organisation"; organisation: Organisation; form: "acronym" | "name" | "either" }
  | { kind: "place"; place: Place }
  | { kind: "date"; date: DateMention }
  | {
      kind: "number";
      quantity: Quantity;
      /** `plus de`, `moins de`: a bound the article puts before the figure, shown with the key. */
      bound?: string;
    }
  | { kind: "role"; person: Person; role: string }
  | { kind: "truth"; value: boolean }
  | {
      kind: "phrase";
      text: string;
      /** The answer as the article words it (`en raison des risques`), accepted too. */
      asWritten?: string;
      /**
       * Shorter wordings that still give the answer (`pour lutter contre la fuite des fèves` for
       * `… vers les pays voisins`), accepted too: a student need not type a long cause back.
       */
      shorter?: string[];
      /**
       * Other answers as right as this one: *Quel est l'un des points que prévoit le texte ?*
       * takes any item of the list (with its shorter wordings).
       */
      alsoRight?: string[];
    };

export interface Candidate {
  /** Template that made it; used for reliability and variety. */
  template: string;
  prompt: string;
  answer: CandidateAnswer;
  /** The sentence that justifies the answer. */
  sentence: Sentence;
  /** How often this template makes a good question, 0–1. */
  reliability: number;
  /** Two candidates with the same topic ask the same thing: keep one. */
  topic: string;
  /** Whether the answer may be offered among options (false: always a short answer). */
  choice: boolean;
  /**
   * The name a true/false statement is about (the one it swaps out): the statement and *Qui a
   * reçu la délégation ?* on that name ask one fact, and a quiz holds one of them.
   */
  concerns?: string;
}

/**
 * A question template (templates/): reads the analysed article and proposes candidates, each
 * with its own `template` name and `reliability`: one template makes several kinds of question
 * (askAgent: "agent" at 0.85 or 0.9, "agent-organisation" at 0.95), so both stay per candidate.
 *
 * @example
 * const TEMPLATES: readonly Template[] = [askAgent, askRole];
 */
export type Template = (analysis: ArticleAnalysis) => Candidate[];

/**
 * A question whose answer is a figure of the article, offered among figures of its unit; one
 * question per figure (its place in the text is the topic).
 *
 * @example
 * figureQuestion("among", "Combien d'enfants figurent parmi les victimes ?", quantity, sentence);
 */
export function figureQuestion(
  template: string,
  prompt: string,
  quantity: Quantity,
  sentence: Sentence,
  reliability = 0.85,
): Candidate {
  return {
    template,
    prompt,
    answer: { kind: "number", quantity },
    sentence,
    reliability,
    topic: `quantity:${quantity.start}`,
    choice: true,
  };
}
