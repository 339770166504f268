/**
 * @module
 * The forms of an answer that marking accepts, and the look-alike forms it must reject: the other
 * entities of the same kind in the article.
 */

import type { ArticleAnalysis, Organisation, Person } from "../french/entities";
import { endsIncomplete } from "../french/grammar/ends-incomplete";
import { formatFrenchNumber } from "../french/grammar/format-french-number";
import { MONTH_NAMES } from "../french/lexicon/month-names";
import type { CandidateAnswer } from "./candidate";

export interface AnswerForms {
  /** Canonical answer shown after marking. */
  answer: string;
  accepted: string[];
  rejected: string[];
  /** `YYYY-MM-DD` for dates, `--MM-DD` when the year is unknown. */
  date?: string;
  value?: number;
}

/**
 * Lists what is accepted and rejected for an answer.
 *
 * @example
 * answerForms({ kind: "person", person: charlesMichel }, analysis);
 * // { answer: "Charles Michel", accepted: ["Charles Michel", "Michel"], rejected: ["Jan Jambon", …] }
 */
export function answerForms(answer: CandidateAnswer, analysis: ArticleAnalysis): AnswerForms {
  switch (answer.kind) {
    case "person": {
      const { person } = answer;
      const others = analysis.people.filter((other) => other !== person);
      return {
        answer: person.name,
        accepted: unique([
          person.name,
          ...person.aliases,
          ...surnameIfUnique(person, analysis.people),
        ]),
        rejected: unique(others.flatMap((other) => personForms(other, person.surname))),
      };
    }
    case "organisation": {
      const { organisation, form } = answer;
      const own =
        organisation.acronym && organisation.name !== organisation.acronym
          ? [organisation.acronym, organisation.name]
          : [organisation.name];
      const others = analysis.organisations.filter((other) => other !== organisation);
      const otherForms = others
        .flatMap((other) => [other.name, other.acronym ?? ""])
        .filter(Boolean);
      if (form === "acronym" && organisation.acronym) {
        return {
          answer: organisation.acronym,
          accepted: [organisation.acronym],
          rejected: unique(otherForms),
        };
      }
      if (form === "name") {
        return {
          answer: organisation.name,
          accepted: [organisation.name],
          rejected: unique([
            ...(organisation.acronym ? [organisation.acronym] : []),
            ...otherForms,
          ]),
        };
      }
      return {
        answer: organisation.acronym ?? organisation.name,
        accepted: unique([...own, ...holderForms(organisation, analysis)]),
        rejected: unique(otherForms),
      };
    }
    case "place":
      return {
        answer: answer.place.name,
        accepted: [answer.place.name],
        rejected: analysis.places.filter((p) => p !== answer.place).map((p) => p.name),
      };
    case "date": {
      const { date } = answer;
      if (date.day === undefined) {
        // A month and year (`en mars 2023`): the answer is that month, never a made-up first day.
        const month = `${MONTH_NAMES[date.month - 1] ?? ""}${date.year ? ` ${date.year}` : ""}`;
        const numeric = date.year ? [`${pad(date.month)}/${date.year}`] : [];
        return {
          answer: month,
          accepted: unique([month, `en ${month}`, ...numeric]),
          rejected: [],
        };
      }
      const day = date.day ?? 1;
      const month = MONTH_NAMES[date.month - 1] ?? "";
      const written = `${day === 1 ? "1er" : day} ${month}${date.year ? ` ${date.year}` : ""}`;
      const iso = `${date.year ?? "-"}-${pad(date.month)}-${pad(day)}`;
      // A year the article does not write (taken from the publication date) is accepted, not
      // shown as the answer: the student could not have read it.
      const shown = /\d{4}/u.test(date.text) ? written : `${day === 1 ? "1er" : day} ${month}`;
      const canonical = date.weekday ? `${date.weekday} ${shown}` : shown;
      const numeric = date.year ? [`${pad(day)}/${pad(date.month)}/${date.year}`] : [];
      return {
        answer: canonical,
        accepted: unique([canonical, shown, written, ...numeric]),
        rejected: [],
        date: iso,
      };
    }
    case "number": {
      const { quantity } = answer;
      const digits = `${formatFrenchNumber(quantity.value, quantity.unit)}${quantity.unit ? ` ${quantity.unit}` : ""}`;
      const bounded = answer.bound ? `${answer.bound} ${digits}` : digits;
      return {
        answer: bounded,
        accepted: unique([
          bounded,
          digits,
          quantity.text,
          writtenNumber(quantity.text),
          // `14,2 milliards d'euros` is also written `14,2 milliards`.
          quantity.text.replace(/\s+(?:d['’]|de\s+)\S+$/u, ""),
          `${quantity.value}`,
        ]),
        rejected: [],
        value: quantity.value,
      };
    }
    case "role":
      return {
        answer: answer.role,
        accepted: [answer.role],
        rejected: analysis.people
          .flatMap((p) => p.roles.map((r) => r.text))
          .filter((r) => r !== answer.role),
      };
    case "truth":
      return { answer: answer.value ? "Vrai" : "Faux", accepted: [], rejected: [] };
    case "phrase": {
      // `les risques d'inondations` is also right as the article words it: `en raison des …`.
      // Another wording that ends on `au nombre` or `à moins` is no answer (a template that cut
      // it so is caught here too); a sentence's full stop is no part of one.
      const others = [
        answer.asWritten ?? "",
        ...(answer.shorter ?? []),
        ...(answer.alsoRight ?? []),
      ]
        .map((form) => form.replace(/\s*[.,;:]$/u, ""))
        .filter((form) => !endsIncomplete(form));
      const accepted = [answer.text, ...others].filter(
        (form, index, forms) => form !== "" && forms.indexOf(form) === index,
      );
      return { answer: answer.text, accepted, rejected: [] };
    }
  }
}

/** The number as the article writes it, without its unit: `20 000 employeurs` → `20 000`. */
function writtenNumber(text: string): string {
  // `350'000 francs`: a Swiss thousands apostrophe is part of the number, not its end.
  return /^\d[\d\s\u00a0.,'’]*\d|^\d/u.exec(text)?.[0] ?? text;
}

function surnameIfUnique(person: Person, people: Person[]): string[] {
  const shared = people.some((other) => other !== person && other.surname === person.surname);
  // `Kevin D.`: an initial alone names nobody.
  return shared || !person.surname || /^\p{Lu}\.$/u.test(person.surname) ? [] : [person.surname];
}

/** Another person's name, spellings and surname (unless the answer shares that surname). */
function personForms(person: Person, answerSurname: string): string[] {
  const forms = [person.name, ...person.aliases];
  return person.surname && person.surname !== answerSurname ? [...forms, person.surname] : forms;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * `le médecin-chef du district (MCD) de Léo, Dr Salif Ouattara`: the person the article names
 * right after a post's acronym holds it, so a question on what the MCD did accepts her name.
 */
function holderForms(organisation: Organisation, analysis: ArticleAnalysis): string[] {
  const [first] = organisation.mentions;
  if (!first || !organisation.acronym || !/^\p{Ll}/u.test(organisation.name)) return [];
  const holder = analysis.people.find((person) => {
    const start = person.mentions[0]?.start ?? -1;
    const between = analysis.body.slice(first.end, start);
    return start > first.end && HOLDER_AFTER.test(between);
  });
  return holder ? [holder.name, ...surnameIfUnique(holder, analysis.people)] : [];
}

/** From the end of a post's name to its holder: `(MCD) de Léo, Dr ` (one apposition). */
const HOLDER_AFTER =
  /^\s*\(\p{Lu}+\)(?:\s+(?:de|du|des|d['’])\s*[^,;.()]{1,40})?,\s*(?:(?:Dr|Pr|M\.|Mme|Me)\s+)?$/u;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
