/**
 * @module
 * Runs the French analysis of an article once: sentences and every kind of entity.
 */
import type { Article } from "../article/article";
import type { ArticleAnalysis } from "./entities";
import { findOrganisations } from "./find-organisations";
import { findPeople } from "./find-people";
import { findPlaces } from "./find-places";
import { findProperNames } from "./find-proper-names";
import { findQuantities } from "./find-quantities";
import { findFrenchDates } from "./parse-french-date";
import { roughCounts } from "./rough-counts";
import { splitSentences } from "./split-sentences";

/**
 * Analyses the body of an article. Dates without a year take the publication year.
 *
 * @example
 * const analysis = analyseArticle(parseArticle(raw));
 * analysis.people.map((person) => person.name);
 */
export function analyseArticle(article: Article): ArticleAnalysis {
  const body = article.paragraphs.join("\n\n");
  const people = findPeople(body);
  const organisations = findOrganisations(body);
  const names = new Set([
    ...people.flatMap((person) => [person.name, ...person.aliases]),
    ...organisations.map((organisation) => organisation.name),
  ]);
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : undefined;
  const dates = findFrenchDates(body).map((date) =>
    date.year === undefined && publishedYear !== undefined
      ? { ...date, year: publishedYear }
      : date,
  );
  const places = findPlaces(body, names);
  const known = [
    ...people.flatMap((person) => person.mentions),
    // `ministre de la Sécurité`: a capital inside a role is not a name of its own.
    ...people.flatMap((person) => person.roles.map((role) => role.mention)),
    ...organisations.flatMap((organisation) => organisation.mentions),
    ...places.flatMap((place) => place.mentions),
    ...dates,
  ];
  return {
    body,
    sentences: splitSentences(body),
    people,
    organisations,
    places,
    dates,
    quantities: findQuantities(body),
    names: findProperNames(body, known),
    roughFigures: roughCounts(`${article.title}\n${article.caption ?? ""}\n${body}`),
  };
}
