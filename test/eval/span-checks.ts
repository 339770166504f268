/**
 * @module
 * Span defects (issue 10): an answer or blank that is part of a name, a number read inside a
 * word, an ordinal or a time cut, an answer running across a clause.
 */
import { isCommonWord, isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { finiteVerb, participleOf } from "../../src/core/french/lexicon/verb-form";
import { parseFrenchNumber } from "../../src/core/french/parse-french-number";
import type { Question } from "../../src/core/quiz/quiz";
import {
  answerTexts,
  escapeRegExp,
  GAP,
  hasWholeWord,
  occurrences,
  type QuestionCheck,
  wordsOf,
} from "./defect-check";
import { rightAnswer } from "./right-answer";

/** Months and weekdays: stopwords-fr lists them, yet they end a phrase well. */
/**
 * Adjectives stopwords-fr lists among its function words (`catastrophe naturelle`, `une
 * victoire remarquable`): after a noun they end the phrase.
 */
const LISTED_ADJECTIVES = new Set(
  (
    "naturel naturelle naturels naturelles remarquable unique uniques possible possibles ouvert " +
    "ouverte ouverts directe relative tardive maximale minimale comparable comparables multiple " +
    "multiples semblable probable probante particulier particulière suffisant suffisante " +
    "différent différente différents différentes divers diverse diverses proche rare rares"
  ).split(" "),
);
const MONTH_OR_WEEKDAY =
  /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/u;

/** What an ordinal or a time leaves after its number: `5e`, `1er`, `1re`, `XXe`, `18h`. */
const ORDINAL_OR_HOUR_SUFFIX = /^(?:e|er|re|ère|ème|es|h)(?![\p{L}])/u;
/**
 * A rate right after a figure (`le kilogramme`, `par heure`), not a time (`l'an dernier`). The
 * finder's own reading, kept apart from the generator's.
 */
const RATE_AFTER =
  /^\s+(?:par|chaque|le|la|l['’])\s*(?<noun>kilogramme|kilo|kg|tonne|litre|heure|jour|semaine|mois|an|année|habitant|personne|ménage|élève|trajet|nuit)s?(?![\p{L}])(?!\s+(?:derni|prochain|passé|suivant|de\s|d['’]|du\s|des\s))/u;
/** Titles before a name: the word before them is not part of the name. */
const TITLE = /^(?:M|Mme|Mlle|Me|Dr|Pr)$/u;
/** A time written `18h`, `18 h 30`, `28h20`. */
const TIME = /(?<!\d)(\d{1,2})[ \u00a0]?h[ \u00a0]?(\d{2})?(?![\p{L}\d])/giu;
/**
 * Finite verbs that never belong inside a name or a noun phrase answer: `être` and `avoir`, and
 * the verbs news uses to report and to say where people live.
 */
const FINITE_VERBS = new Set(
  (
    "a ont est sont était étaient sera seront fut avait avaient fait font dit disent raconte " +
    "racontent explique expliquent affirme affirment déclare déclarent indique indiquent précise " +
    "précisent souligne soulignent ajoute ajoutent estime estiment annonce annoncent assure " +
    "assurent rappelle rappellent confie confient réside résident vit vivent habite habitent " +
    "devait devaient doit doivent peut peuvent va vont"
  ).split(" "),
);

export const SPAN_CHECKS: Record<string, QuestionCheck> = {
  "name-cut": {
    description:
      "answer or blank that is part of a hyphenated or longer capitalised name (……-et-Vilaine, « Cité » of Cité du design)",
    find: (question) => [...blankInName(question.prompt), ...answerInName(question)],
  },
  "number-in-word": {
    description:
      "a number read inside a word or another number: answer words not whole words of the evidence (centrés → 100 rés), a blank touching a digit (11'……)",
    find: (question) => [...blankTouchingDigit(question.prompt), ...numberWordsInside(question)],
  },
  "number-of-name": {
    description:
      "a blank or a count on the number that names a road, a line or an article (La route nationale …… → 2, options 2 | 3 | 4 | 5)",
    find: (question) => numberOfName(question),
  },
  "figure-given-away": {
    description:
      "a blank on one count of a vote (par …… contre 24) or on a figure restated after `soit` (trois cinquièmes, soit …… sur 100): the other words give it away",
    find: (question) => figureGivenAway(question),
  },
  "ordinal-or-time-cut": {
    description:
      "ordinal or time cut (du ……e au 5e, vers ……h, vers 5 h ……), a number answer that is an ordinal or a time in the article, an impossible time (28h20)",
    find: (question) => {
      const details: string[] = [];
      const gap = question.prompt.indexOf(GAP);
      if (gap >= 0) {
        const after = question.prompt.slice(gap + GAP.length);
        if (ORDINAL_OR_HOUR_SUFFIX.test(after))
          details.push(`blank before « ${after.slice(0, 3)} »`);
        // `vers 5 h …… par un technicien`: the minutes of a time (blind grading, set F).
        const before = question.prompt.slice(Math.max(0, gap - 6), gap);
        if (/\d\s?h\s?$/u.test(before)) details.push(`blank after « ${before.trim()} »`);
      }
      for (const text of answerTexts(question)) {
        for (const time of text.matchAll(TIME)) {
          if (Number(time[1]) > 23 || Number(time[2] ?? 0) > 59)
            details.push(`impossible time « ${time[0]} »`);
        }
      }
      const answer = rightAnswer(question)?.canonical ?? "";
      if (question.kind === "number" && /^\d+$/u.test(answer)) {
        const evidence = question.evidence.text;
        const at = occurrences(evidence, answer).filter(
          (start) =>
            !/\d/u.test(evidence[start - 1] ?? "") &&
            !/\d/u.test(evidence[start + answer.length] ?? ""),
        );
        if (
          at.length > 0 &&
          at.every((start) => ORDINAL_OR_HOUR_SUFFIX.test(evidence.slice(start + answer.length)))
        ) {
          details.push(`« ${answer} » is an ordinal or a time in the article`);
        }
      }
      return details;
    },
  },
  "clause-crossing": {
    description:
      "answer or blank running across a clause: a comma, a conjugated verb after its first word, a last word that is a function word (Union africaine durant), a time glued on (sa décision vers 13 h 30)",
    find: (question) =>
      answerTexts(question).flatMap((text) => {
        // Names of organisations (`…de la concurrence, de la consommation…`) and quoted titles
        // (« Demain, la mer ») hold commas of their own.
        const quoted = question.evidence.text.includes(`« ${text} »`);
        // `121 voix pour, 3 contre et 2 abstentions`: a vote's count lists its parts.
        const listedTally = /^\S+ voix pour, \S+ contre(?: et \S+ abstentions?)?$/u.test(text);
        // `deux ans d'emprisonnement, dont six mois ferme`: a prison term with its part to serve.
        const servedPart = /, dont [^,]*(?:ferme|avec sursis)$/u.test(text);
        if (
          /,(?!\d)|(?<!\d),/u.test(text) &&
          question.kind !== "organisation" &&
          !quoted &&
          !listedTally &&
          !servedPart
        ) {
          return [`comma in « ${text} »`];
        }
        const words = wordsOf(text);
        const verb = words.slice(1).find((word) => FINITE_VERBS.has(word));
        // `pour déterminer s'il a pu être victime d'un malaise`: a purpose may hold the clause
        // its infinitive governs, whole.
        // `parce que les postes sont pourvus …`: a cause given as a clause holds its verb.
        const governed =
          /^(?:pour|afin de|afin d['’])\s*\p{Ll}+(?:er|ir|re)\s+(?:s['’]il|si|qu['’]|que)/u.test(
            text,
          ) || /^(?:parce que\s|parce qu['’]|car\s)/u.test(text);
        if (verb && !governed) return [`verb « ${verb} » in « ${text} »`];
        // `sa décision vers 13 h 30`: when it happened glued to what happened.
        if (question.kind === "phrase" && TIME_IN_ANSWER.test(text)) {
          return [`time in « ${text} »`];
        }
        const last = words.at(-1) ?? "";
        const isQuantity = question.kind === "number" || question.kind === "date";
        // `le matin même`, `le jour même`: `même` after a noun stresses it, ending the phrase.
        const emphatic = last === "même" && words.length > 2;
        // `matière première`, `l'an dernier`: an ordinal adjective after its noun ends the phrase.
        const postposed = /^(?:premi|derni)(?:er|ère|ers|ères)$/u.test(last) && words.length > 1;
        // `la faiblesse des pluies de juillet`: stopwords-fr lists the months, nouns all the same.
        // And the seasons: `d'ici à l'été` (`été` is a form of `être` to stopwords-fr).
        const month =
          MONTH_OR_WEEKDAY.test(last.replace(/^[dl]['’]/u, "")) ||
          /^(?:[dl]['’])?(?:été|hiver|automne|printemps)$/u.test(last);
        // `d'une capacité de 40 tonnes chacun`: a distributive after a figure ends its phrase.
        const distributive =
          /^chacune?$/u.test(last) && /\d[\d\s]*\s+\p{L}+\s+chacune?$/u.test(text);
        // `six voix contre trois`: a vote's count ends on its last figure.
        const tally =
          /(?<!\p{L})voix(?!\p{L})/u.test(text) && parseFrenchNumber(last) !== undefined;
        // `parce que la nappe ne se recharge plus`: a negation's second word ends its clause
        // when the clause ends there in the article.
        const negationEnd =
          /^(?:pas|plus|jamais|rien|personne)$/u.test(last) &&
          /(?<!\p{L})(?:ne|n['’])(?!\p{L})/u.test(text) &&
          !/^\s+\p{Ll}/u.test(
            question.evidence.text.slice(question.evidence.text.indexOf(text) + text.length),
          );
        // `Conseil d'État`: a capitalised last word ends a name, whatever stopwords-fr lists.
        const capitalised = /(?:^|[\s'’])\p{Lu}\p{L}*$/u.test(text);
        if (
          words.length > 1 &&
          !isQuantity &&
          !emphatic &&
          !postposed &&
          !distributive &&
          !tally &&
          !month &&
          !capitalised &&
          !negationEnd &&
          // « Batroun demain »: a quoted title ends where its author ended it.
          !quoted &&
          /^\p{Ll}/u.test(last) &&
          isFunctionWord(last) &&
          !LISTED_ADJECTIVES.has(last) &&
          // `le doublé 100 m - 200 m`: a unit after its figure.
          !/^\d/u.test(words.at(-2) ?? "")
        ) {
          return [`« ${text} » ends on « ${last} »`];
        }
        return [];
      }),
  },
  "range-bound": {
    description:
      "a date answer that is one end of a range in the evidence (« du 18 au 26 octobre » keyed « 26 octobre »)",
    find: (question) => {
      if (question.kind !== "date" || question.prompt.includes(GAP)) return [];
      const text = question.evidence.text;
      return answerTexts(question).flatMap((answer) =>
        occurrences(text, answer)
          .filter(
            (at) =>
              /(?:du|entre le)\s+\d{1,2}(?:er)?\s+(?:\p{Ll}+\s+)?(?:au|et le)\s+$/u.test(
                text.slice(Math.max(0, at - 30), at),
              ) ||
              // Not a time of day: `samedi 5 décembre à 14 h` is one day.
              /^\s+(?:au|à)\s+(?!\d{1,2}\s?h(?:\s?\d{2})?(?!\p{L}))(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/u.test(
                text.slice(at + answer.length),
              ),
          )
          .map(() => `« ${answer} » ends a range`),
      );
    },
  },
  "one-of-two-done": {
    description:
      "a what-question keyed with the first of two things done (« la reconstruction des hangars » of « … en matériaux définitifs et l'installation de 20 bouches »)",
    find: (question) => {
      if (question.kind !== "phrase" || !/^Qu['’]/u.test(question.prompt)) return [];
      const canonical = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      return occurrences(text, canonical).flatMap((at) => {
        const after = text.slice(at + canonical.length);
        const second =
          /^(?:\s+[^,;:.]{0,40}?)?\s(?:et|ou)\s+(?:(?:le|la|les|un|une|des)\s|l['’])/u.test(after);
        return second ? [`« ${canonical} » is one of two things done`] : [];
      });
    },
  },
  "vague-what": {
    description:
      "a what-question on a verb with many objects in a story (Que prévoit l'entreprise ?, Qu'exigeait la demande de rançon ?, Qu'enregistre la station ?)",
    find: (question) => {
      if (question.kind !== "phrase") return [];
      const vague =
        /^Qu(?:e\s|['’])(?:[^?]*?\s)?(?:prévoi\p{Ll}*|prévu\p{Ll}*|exig\p{Ll}*|enregistr\p{Ll}*)(?:-t-|\s|-)/u.exec(
          question.prompt,
        );
      return vague && !question.prompt.startsWith("Qu'est-ce qui")
        ? [`« ${question.prompt} »`]
        : [];
    },
  },
  "word-cut": {
    description:
      "a keyed answer cut inside a word of the article (« … et quatre at » for « quatre ateliers »)",
    find: (question) =>
      answerTexts(question).flatMap((text) => {
        // The key may have dropped a bracket the sentence holds (`technique (TSS) de`).
        const evidence = question.evidence.text.replace(/\s*\([^()]{1,40}\)/gu, "");
        const at = evidence.indexOf(text);
        const next = at >= 0 ? (/^\p{L}+/u.exec(evidence.slice(at + text.length))?.[0] ?? "") : "";
        return next ? [`« ${text} » ends inside « ${text.split(/\s+/u).at(-1)}${next} »`] : [];
      }),
  },
  "adverb-cut": {
    description:
      "an accepted wording cut after a negation or an adverb, before what it bears on (« car sa pelouse n'est pas entièrement » for « … entièrement clôturée »)",
    find: (question) =>
      (question.type === "short_answer" ? [question.answer, ...question.accepted] : []).flatMap(
        (form) =>
          ADVERB_END.test(form) &&
          new RegExp(`${escapeRegExp(form)}\\s+\\p{Ll}`, "u").test(question.evidence.text)
            ? [`« ${form} » stops before what its last word bears on`]
            : [],
      ),
  },
  "main-cause-as-only": {
    description:
      "a cause the article gives as the main one asked as the only one (« s'explique en grande partie par A » → *Comment … s'explique-t-elle ?*)",
    find: (question) => {
      if (!/^(?:Selon [^,]+, )?Comment .+ s['’]expliqu/u.test(question.prompt)) return [];
      const mainly = MAINLY_EXPLAINED.exec(question.evidence.text)?.[1];
      return mainly && !question.prompt.includes(mainly)
        ? [`the article says « ${mainly} », the question does not`]
        : [];
    },
  },
  "text-without-purpose": {
    description:
      "a convention, a credit or an agreement keyed without the purpose the sentence gives it (« une convention de partenariat » of « … pour la construction d'une gare routière »)",
    find: (question) =>
      answerTexts(question).flatMap((text) => {
        if (!TEXT_OR_FUNDS.test(text)) return [];
        const at = question.evidence.text.indexOf(text);
        const after = at >= 0 ? question.evidence.text.slice(at + text.length) : "";
        return /^\s+pour\s+(?:la|le|les|l['’])\s*\p{Ll}+/u.test(after)
          ? [`« ${text} » without its « pour … »`]
          : [];
      }),
  },
  "one-cause-of-two": {
    description:
      "a cause or an instruction keyed alone when the article gives more (« la surpêche » of « à la surpêche, mais aussi au réchauffement des eaux », « …, ainsi que par l'extension … », « pour détention » of « pour détention, circulation et commercialisation de … »; « à vider les récipients » of « …, à se protéger et à consulter »)",
    find: (question) => {
      if (
        question.kind !== "phrase" ||
        !/^(?:À quoi|Pourquoi|Comment|Selon)/u.test(question.prompt)
      ) {
        return [];
      }
      const canonical = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      return occurrences(text, canonical).flatMap((at) =>
        /^[^,;:.]{0,40}?,\s*(?:[^,;:.]{2,80},\s*(?=mais\s))?(?:mais\s+(?:aussi|également|surtout)|ainsi\s+qu(?:['’]|e\s+(?:par|à|au|aux)\s)|\p{Ll}+\s+et\s+\p{Ll}+\s+(?:de|d['’])|(?:à|de|d['’])\s*(?:se\s+|s['’])?\p{Ll}+(?:er|ir|re)(?!\p{L}))/u.test(
          text.slice(at + canonical.length),
        )
          ? [`« ${canonical} » is one of several`]
          : [],
      );
    },
  },
  "cause-runs-on": {
    description:
      "a cause keyed with the next action of the main verb (« la chaussée glissante et percuté le bus de plein fouet »)",
    find: (question) => {
      if (question.kind !== "phrase" || !/^(?:Pourquoi|Selon)/u.test(question.prompt)) return [];
      const canonical = rightAnswer(question)?.canonical ?? "";
      const next =
        /\set\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(\p{Ll}+(?:é|i|u|is|it)(?:e|s|es)?)\s+(?:le|la|les|l['’]|un|une|des)(?!\p{L})/u.exec(
          canonical,
        );
      return next ? [`« ${canonical} » runs on to « ${next[0].trim()} »`] : [];
    },
  },
  "list-item-what": {
    description:
      "a what-question keyed with one item of a list (« des pastilles de chlore » of « des pastilles de chlore, du savon et des bouteilles d'eau »)",
    find: (question) => {
      // *Quel est l'un des points … ?* asks any item, and marking takes each.
      if (question.kind !== "phrase" || !/^Qu/u.test(question.prompt)) return [];
      if (/(?<!\p{L})l['’]une? des(?!\p{L})/u.test(question.prompt)) return [];
      const canonical = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      return occurrences(text, canonical).flatMap((at) => {
        const after = text.slice(at + canonical.length);
        // `, un parcours de 54 km et 2150 mètres de dénivelé`: an apposition measuring the thing.
        const measured =
          /^,\s*(?:un|une)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:de|d['’])\s*(?:près de\s+|plus de\s+)?\d[\d\s,.]*\s*\p{L}+\s+et\s+\d/u;
        return /^,\s*(?:du|de la|de l['’]|des|de|d['’]|le|la|les|l['’]|un|une|\d[\d\s]*|deux|trois|quatre|cinq)\s*[^,;:]{1,50}?(?:,\s*|\s+)(?:et|ou)\s/u.test(
          after,
        ) && !measured.test(after)
          ? [`« ${canonical} » is one item of a list`]
          : [];
      });
    },
  },
  "rate-dropped": {
    description:
      "a figure keyed without the rate the article gives it (« 40 mètres cubes » for « 40 mètres cubes par heure », « 15,8 dinars » for « 15,8 dinars le kilogramme ») and that the prompt does not say",
    find: (question) => {
      if (question.kind !== "number" || question.prompt.includes(GAP)) return [];
      const canonical = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      return occurrences(text, canonical).flatMap((at) => {
        const rate = RATE_AFTER.exec(text.slice(at + canonical.length))?.groups?.noun ?? "";
        const said = rate && hasWholeWord(question.prompt.toLowerCase(), rate);
        return rate && !said && !canonical.includes(rate)
          ? [`« ${canonical} » without « ${rate} » after it`]
          : [];
      });
    },
  },
  "number-idiom": {
    description:
      "a number read in a set phrase (« à deux pas du complexe » asked as 2 pas, « des quatre coins »)",
    find: (question) => {
      if (question.kind !== "number") return [];
      const idiom =
        /(?<!\p{L})(?:à\s+deux\s+pas|(?:aux|des|les)\s+quatre\s+coins|à\s+quatre\s+pattes|en\s+deux\s+temps)(?!\p{L})/iu.exec(
          question.evidence.text,
        );
      const unit = idiom?.[0].split(/\s+/u).at(-1) ?? "";
      return idiom && answerTexts(question).some((text) => text.endsWith(` ${unit}`))
        ? [`« ${idiom[0]} »`]
        : [];
    },
  },
  "torn-opening": {
    description:
      "a gap-fill window opening inside a noun phrase or a title (« … rural et des Productions vivrières, …… », « … de la Recherche et de l'Innovation »), or on a comparison without what it compares (« … contre …… »), or on `et` with no verb (« … et …… des hospitalisations … »), not at a clause",
    find: (question) => {
      const opening = /^Complétez : « … (\S+(?:\s+\S+){0,3})/u.exec(question.prompt)?.[1];
      if (!opening || !/^\p{Ll}/u.test(opening)) return [];
      if (/^(?:contre|soit)(?!\p{L})/u.test(opening)) return [`opens on « ${opening} »`];
      // `… et …… des hospitalisations …`: a second object, its verb before the window (round 138).
      const window = /^Complétez : « … (.*?)(?: …)? »$/u.exec(question.prompt)?.[1] ?? "";
      const verbless = !wordsOf(window.replace(GAP, " ")).some(
        (word) =>
          /^(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront)$/u.test(word) ||
          finiteVerb(word.toLowerCase()) !== undefined,
      );
      if (/^(?:et|ou)\s/u.test(window) && verbless) {
        return [`opens on « ${opening} » with no verb`];
      }
      // `… de la Recherche et de l'Innovation, ……`: the end of a ministry's name (round 78).
      if (/^(?:et\s+)?(?:de|du|des|d['’])\s*(?:la\s+|l['’])?\p{Lu}/u.test(opening)) {
        return [`opens on « ${opening} », a name's end`];
      }
      const text = question.evidence.text;
      const at = text.indexOf(opening);
      if (at <= 0) return [];
      const before = text.slice(Math.max(0, at - 30), at);
      // After a comma, a connective or a verb the window opens a clause; after a noun's
      // words (`du Développement | rural`) it tears a phrase.
      return /(?:^|\s)(?:du|de|des|et|d['’][^\s,]+|\p{Lu}\p{Ll}+)\s+$/u.test(before)
        ? [`opens on « ${opening} » after « ${before.trim()} »`]
        : [];
    },
  },
  "key-names-nothing": {
    description:
      "a key that says what its answer is like or that it comes next, not what it is (une unité similaire, le prochain rendez-vous, la même salle), or one cut inside a quotation (le gouvernement doit payer »)",
    find: (question) => {
      if (question.type === "true_false") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      const opened = (answer.match(/«/gu) ?? []).length;
      const closed = (answer.match(/»/gu) ?? []).length;
      if (opened !== closed) return [`« ${answer} » cuts a quotation`];
      const words = wordsOf(answer.toLowerCase());
      const last = words.at(-1) ?? "";
      const likeness =
        /^(?:similaires?|équivalente?s?|identiques?|semblables?|analogues?|comparables?|pareil(?:le)?s?)$/u;
      const next =
        words.length === 3 &&
        /^(?:le|la|les)$/u.test(words[0] ?? "") &&
        /^(?:prochaine?s?|mêmes?)$/u.test(words[1] ?? "");
      return likeness.test(last) || next ? [`« ${answer} » names nothing`] : [];
    },
  },
  "blank-without-clause": {
    description:
      "a cut gap-fill window whose blank's own clause is a few words (« … il y a ……, a annoncé jeudi le Parc »): what the blank measures is not shown",
    find: (question) => {
      const match = /^Complétez : « … ([^,«»]*?)……([^,«»]*?)(?:,|\s…\s»|\.\s»|\s»)/u.exec(
        question.prompt,
      );
      if (!match) return [];
      const words = wordsOf(`${match[1]} ${match[2]}`).length;
      return words < 4 ? [`« ${match[0]} »`] : [];
    },
  },
  "blank-before-verb": {
    description:
      "a gap-fill window that opens on its blank and is cut before the verb (« Près de …… des colonies observées dans le lagon … »): what the blank's figure measures is left out",
    find: (question) => {
      const inner = /^Complétez : « ((?:[\p{L}'’]+\s+){0,2}…….*)…\s*»$/u.exec(question.prompt)?.[1];
      if (inner === undefined) return [];
      const words = wordsOf(inner.replace(GAP, " ")).map((word) => word.toLowerCase());
      const verb = words.some(
        (word) =>
          FINITE_VERBS.has(word) ||
          /^(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fait|font|compte|comptent|reste|restent)$/u.test(
            word,
          ) ||
          /\p{Ll}{3,}(?:ait|aient|ent|era|eront|erait)$/u.test(word),
      );
      return verb ? [] : [`« ${question.prompt.slice(12, 70)} »`];
    },
  },
  "agent-of-class": {
    description:
      "a who-did-it question read from a class one thing belongs to (l'un des principaux fruits exportés par … → Qui a exporté les principaux fruits ?)",
    find: (question) => {
      const asked = /^Qui a (\p{Ll}+) /u.exec(question.prompt)?.[1];
      if (!asked) return [];
      const stem = asked.slice(0, -1);
      const member = new RegExp(
        `(?:l['’]\\s*une?|\\bune?)\\s+des\\s+[^,.;]*?${escapeRegExp(stem)}\\p{Ll}*\\s+par\\s`,
        "u",
      ).exec(question.evidence.text);
      return member ? [`« ${member[0].trim()} »`] : [];
    },
  },
  "action-noun-cut": {
    description:
      "an accepted purpose cut after the noun of action its verb is about, what it acts on left out (pour discuter de la construction | d'un entrepôt)",
    find: (question) => {
      if (question.type !== "short_answer") return [];
      const text = question.evidence.text;
      return [question.answer, ...question.accepted].flatMap((form) => {
        const purpose =
          /(?:pour|afin de|afin d['’])\s+\p{Ll}+(?:er|ir|re)\s+(?:de la|de l['’]|du|des|la|le|les|l['’])\s*\p{Ll}+(?:tion|sion|ment|ure)$/u;
        if (!purpose.test(form)) return [];
        const at = text.indexOf(form);
        const next = at === -1 ? "" : text.slice(at + form.length, at + form.length + 6);
        return /^\s(?:(?:de|du|des)(?!\p{L})|d['’])/u.test(next)
          ? [`« ${form} » then « ${next.trim()} »`]
          : [];
      });
    },
  },
  "penalty-part-left-out": {
    description:
      "a penalty keyed without the part to serve the article gives with it (deux ans d'emprisonnement | , dont six mois ferme)",
    find: (question) => {
      if (!/^À quelle peine/u.test(question.prompt)) return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      const at = answer ? text.indexOf(answer) : -1;
      if (at === -1) return [];
      const after = text.slice(at + answer.length, at + answer.length + 40);
      return /^,?\s*dont\s+[^,.;]*?(?:ferme|avec sursis)/u.test(after)
        ? [`« ${answer} » without « ${after.replace(/^,?\s*/u, "").split(",")[0]} »`]
        : [];
    },
  },
  "count-of-half-unit": {
    description:
      "a count asked of part of what the article counts (Combien de vergers de pommiers … ? for « 24 vergers de pommiers et de poiriers »)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez") || question.kind !== "number") return [];
      const counted =
        /^(?:Combien|À combien)\s+d(?:e\s|['’])\s*([\p{L}'’-]+(?:\s+(?:de|d['’]|des|du)\s*[\p{L}'’-]+)+)/u.exec(
          question.prompt,
        )?.[1];
      if (!counted) return [];
      const goesOn = new RegExp(
        `${escapeRegExp(counted)}\\s+(?:et|ou)\\s+(?:de|d['’]|des|du)\\s*\\p{Ll}`,
        "u",
      );
      return goesOn.test(question.evidence.text) ? [`« ${counted} » of more`] : [];
    },
  },
  "demonym-for-name": {
    description:
      "a who-question keyed with a demonym standing for a person the article names (le Mooréen for the rower)",
    find: (question) => {
      if (!/^Qui\s/u.test(question.prompt)) return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      return /^(?:le|la|l['’])\s*\p{Lu}\p{Ll}+(?:éen|éenne|ien|ienne|ais|aise|ois|oise|ain|aine|ol|ole)$/u.test(
        answer,
      )
        ? [`« ${answer} »`]
        : [];
    },
  },
  "purpose-of-other": {
    description:
      "a why keyed with what a chance was used for (profitait d'une relance pour ouvrir le score) or with the purpose of an infinitive (n'auront plus besoin de partir … pour trouver un emploi)",
    find: (question) => {
      if (!/^Pourquoi\s/u.test(question.prompt)) return [];
      const text = question.evidence.text;
      return answerTexts(question).flatMap((answer) => {
        const bare = answer.replace(/^pour\s+/u, "");
        const at = text.indexOf(`pour ${bare}`);
        if (at === -1) return [];
        const before = text.slice(Math.max(0, at - 120), at);
        return /(?:profit\p{Ll}*\s+(?:de|d['’]|du|des)|besoin\s+(?:de|d['’])\s*\p{Ll}+(?:er|ir|re))[^,]*$/u.test(
          before,
        )
          ? [`« ${answer} » after « ${before.trim().slice(-40)} »`]
          : [];
      });
    },
  },
  "contraction-left-in-key": {
    description:
      "a key said without its connective that keeps a contraction in its second part (les relevés … et aux appels)",
    find: (question) =>
      answerTexts(question).flatMap((answer) =>
        /^(?:Grâce à quoi|À quoi|Pourquoi)\s/u.test(question.prompt) &&
        /^(?:les|le|la|l['’])\s*\p{L}[^,]*\set\s+(?:aux|au|des|du)\s/u.test(answer) &&
        !question.evidence.text.includes(answer) &&
        // `et de lenteurs` → `et des lenteurs`: a bare plural takes `des` standing alone.
        !question.evidence.text.includes(answer.replace(/^.*?\set\s+des\s+(\S+).*$/u, "et de $1"))
          ? [`« ${answer} »`]
          : [],
      ),
  },
  "signed-idiom": {
    description:
      "signer une victoire asked as a thing signed (Qu'a signé l'AS Capoise ? → une victoire …)",
    find: (question) => {
      if (!/^Qu['’](?:a|ont|avait|avaient)\s+signé\s/u.test(question.prompt)) return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      return /(?:victoire|succès|exploit|performance|remontada|remontée|qualification|doublé|triplé|record)/u.test(
        answer,
      )
        ? [`« ${answer} »`]
        : [];
    },
  },
  "hanging-participle-key": {
    description:
      "a key cut after a participle that needs where or what for (412 diamants bruts dissimulés | dans le double fond …)",
    find: (question) => {
      if (question.type === "true_false") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      const at = answer ? text.indexOf(answer) : -1;
      if (at === -1) return [];
      const next = text.slice(at + answer.length, at + answer.length + 12);
      // Participles of where a thing is kept or what it is for (`salariés`, `délégués` are not).
      const last = wordsOf(answer).at(-1) ?? "";
      const participle =
        /^(?:dissimul|cach|stock|entrepos|enfou|enterr|destin|install|plac|dépos|situ|rang)(?:é|ée|és|ées)$/u.test(
          last,
        );
      return participle && /^\s+(?:dans|sous|à|au|aux|en|sur|pour|chez)\s/u.test(next)
        ? [`« ${answer} » then « ${next.trim()} »`]
        : [];
    },
  },
  "duration-purpose": {
    description:
      "a why-question keyed with what a time span is for (« disposent de trente jours pour interjeter appel »)",
    find: (question) => {
      if (!/^Pourquoi\s/u.test(question.prompt)) return [];
      const text = question.evidence.text;
      return answerTexts(question).flatMap((answer) => {
        if (!/^pour\s/u.test(answer)) return [];
        const at = text.indexOf(answer);
        const before = at === -1 ? "" : text.slice(Math.max(0, at - 30), at);
        // `suspendre leurs ventes pendant deux semaines pour protester`: how long the deed
        // lasts, whose purpose it is; not a time given to do something.
        const lasting =
          /(?:pendant|durant)\s+(?:(?:au moins|près de|plus de|environ)\s+)?\S+\s+\S+\s*,?\s*$/u;
        return /(?:jours?|semaines?|mois|ans|années?|heures?)\s*,?\s*$/u.test(before) &&
          !lasting.test(before)
          ? [`« ${answer} » says what « ${before.trim()} » is for`]
          : [];
      });
    },
  },
  "torn-compound": {
    description:
      "a prompt or answer ending right before « avec » and a bare noun that belongs to it (« son 1er combat en lutte » | « avec frappe »)",
    find: (question) => {
      const tail = /(\S+\s+\S+)\s*\?$/u.exec(question.prompt)?.[1];
      const texts = [...(tail ? [tail] : []), ...answerTexts(question)];
      const text = question.evidence.text;
      return texts.flatMap((piece) => {
        const at = text.indexOf(piece);
        if (at === -1) return [];
        const after = text.slice(at + piece.length);
        return /^\s+avec\s+(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s)\p{Ll}+(?![\p{L}'’])/u.test(
          after,
        )
          ? [`« ${piece} » is cut before « ${after.trim().split(/\s+/u).slice(0, 2).join(" ")} »`]
          : [];
      });
    },
  },
  "invented-day": {
    description:
      "a date answer naming a day the evidence does not write (« en mars 2023 » keyed « 1er mars 2023 »)",
    find: (question) => {
      if (question.kind !== "date" || question.prompt.includes(GAP)) return [];
      const text = question.evidence.text;
      return answerTexts(question).flatMap((answer) => {
        const dated = DAY_AND_MONTH.exec(answer);
        if (!dated?.groups || /\d{1,2}[/.]\d{1,2}/u.test(text)) return [];
        const { day, month } = dated.groups;
        const written = new RegExp(`(?<!\\d)${day}(?:er)?\\s+${month}`, "iu");
        return text.includes(month ?? "") && !written.test(text)
          ? [`« ${answer} »: the evidence gives ${month} without that day`]
          : [];
      });
    },
  },
  "how-won-in-key": {
    description:
      "a side beaten keyed with how the match was won (Qui … a-t-elle battu ? → l'ASC Sadaga aux tirs au but)",
    find: (question) =>
      /^Qui\s/u.test(question.prompt)
        ? answerTexts(question).flatMap((answer) =>
            /\s(?:aux tirs au but|aux penalties|aux points|au sprint|de justesse|après prolongations?)$/u.test(
              answer,
            )
              ? [`« ${answer} »`]
              : [],
          )
        : [],
  },
  "crowd-count": {
    description:
      "a count keyed with the first noun of the list it counts (600 producteurs | , acheteurs agréés et responsables …)",
    find: (question) => {
      const text = question.evidence.text;
      const list =
        /^,\s+\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Ll}+)?\s+(?:et|ou)\s+(?:des\s+|les\s+)?\p{Ll}+[sx](?!\p{L})/u;
      const crowd = (counted: string) => {
        const at = counted ? text.indexOf(counted) : -1;
        return at !== -1 && /[sx]$/u.test(counted) && list.test(text.slice(at + counted.length));
      };
      // `Qui a mobilisé 85 médecins ?`: the prompt states the crowd's count as its first noun's.
      const stated = (/\d[\d\s]*\s\p{Ll}+[sx](?!\p{L})/u.exec(question.prompt)?.[0] ?? "").trim();
      if (!question.prompt.includes("……") && crowd(stated)) return [`« ${stated} » in the prompt`];
      if (question.kind !== "number") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      return crowd(answer) ? [`« ${answer} » then a list`] : [];
    },
  },
  "object-cut-before-participle": {
    description:
      "a why keyed with an infinitive's object cut before the participle that says which (rembourser des dettes | accumulées sur des sites de jeu en ligne)",
    find: (question) => {
      if (!/(?:^|,\s)pourquoi\s/iu.test(question.prompt) || question.type === "single_choice")
        return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      const text = question.evidence.text;
      const at = answer ? text.indexOf(answer) : -1;
      // An infinitive's object (`rembourser des dettes`), not a noun's complement (`la
      // réorganisation des rotations | prévue à partir du 1er janvier`: when, not which).
      if (at === -1 || !/\s\p{Ll}+(?:er|ir|re)\s(?:des|les)\s\p{Ll}+$/u.test(answer)) return [];
      // An agent (`obstrués par les déchets`) only says by whom.
      const next = /^\s+(\p{Ll}+)\s+(?:sur|dans|en|à|au|aux|de|du|des|auprès)\s/u.exec(
        text.slice(at + answer.length),
      )?.[1];
      return next && participleOf(next) !== undefined && !finiteVerb(next)
        ? [`« ${answer} » then « ${next} »`]
        : [];
    },
  },
  "key-ends-on-auxiliary": {
    description:
      "a key or accepted answer cut right after an auxiliary (parce qu'une conseillère … s'était)",
    find: (question) => {
      if (question.type === "single_choice" || question.type === "true_false") return [];
      const forms = [question.answer, ...question.accepted];
      return forms
        .filter((form) =>
          /(?:^|\s)(?:[smtl]['’])?(?:a|ont|avait|avaient|est|sont|était|étaient)$/u.test(form),
        )
        .map((form) => `« ${form} »`);
    },
  },
  "accepted-cut-from-complement": {
    description:
      "an accepted answer cut after a present participle or an action noun whose complement the key goes on with (la route menant | à leurs quartiers; prévoit l'inscription | d'une quarantaine d'élèves)",
    find: (question) => {
      if (question.type !== "short_answer" || question.kind !== "phrase") return [];
      return question.accepted
        .filter(
          (form) =>
            /(?:\s\p{Ll}{3,}ant|\sl['’]\p{Ll}{3,}(?:tion|sion|ment|age))$/u.test(form) &&
            question.answer.startsWith(form) &&
            /^\s+(?:(?:de|des|du|à|au|aux|vers)(?!\p{L})|d['’])/u.test(
              question.answer.slice(form.length),
            ),
        )
        .map((form) => `« ${form} »`);
    },
  },
  "accepted-ends-on-figure": {
    description:
      "an accepted phrase cut right after a figure whose count the key goes on to say (une grève de 19 | de leurs 27 enseignants)",
    find: (question) => {
      if (question.type !== "short_answer" || question.kind !== "phrase") return [];
      return question.accepted
        .filter(
          (form) =>
            /\s\d[\d.,]*$/u.test(form) &&
            question.answer.startsWith(form) &&
            /^\s+(?:de|des|du|d['’])/u.test(question.answer.slice(form.length)),
        )
        .map((form) => `« ${form} »`);
    },
  },
};

/** A date answer's day and month: `1er mars 2023`, `mardi 4 juin`. */
const DAY_AND_MONTH =
  /^(?:\p{L}+\s+)?(?<day>\d{1,2})(?:er)?\s+(?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/iu;

/** The blank continues or precedes a number (`11'……`): it cuts the number. */
function blankTouchingDigit(prompt: string): string[] {
  const gap = prompt.indexOf(GAP);
  if (gap < 0) return [];
  const before = prompt.slice(0, gap);
  const after = prompt.slice(gap + GAP.length);
  // `plus de …….000 autres`: a blank on the thousands a dot follows.
  return /\d['’ ]?$/u.test(before) || /^['’]?\d|^[.,]\d/u.test(after)
    ? [`blank touching a digit: « ${prompt.slice(Math.max(0, gap - 6), gap + GAP.length + 4)} »`]
    : [];
}

/** What a number after it names rather than counts: `route nationale 2`, `ligne 6`, `article 12`. */
const NAMING_NOUN =
  /(?<!\p{L})(?:routes?\s+(?:nationales?|départementales?|provinciales?|régionales?)|RN|RD|ligne|numéro|n°|article|chapitre|quai|terminal|pavillon)\s*$/iu;

function numberOfName(question: Question): string[] {
  if (question.kind !== "number") return [];
  const gap = question.prompt.indexOf(GAP);
  if (gap < 0) return [];
  const before = question.prompt.slice(Math.max(0, gap - 40), gap);
  return NAMING_NOUN.test(before) ? [`a blank on a name's number: « ${before.trim()} …… »`] : [];
}

/** A share in words or a change `de 4 à 5`: what a restatement after `soit` is worked out from. */
const SHARE_OR_CHANGE =
  /(?<!\p{L})(?:moitié|tiers|quarts?|cinquièmes?|dixièmes?|centièmes?)(?!\p{L})|(?<!\p{L})de\s+\d[\d\s,]*\s*(?:\p{L}+\s+)?à\s+\d/u;

function figureGivenAway(question: Question): string[] {
  if (question.kind !== "number") return [];
  const gap = question.prompt.indexOf(GAP);
  if (gap < 0) return [];
  const before = question.prompt.slice(Math.max(0, gap - 60), gap);
  const after = question.prompt.slice(gap + GAP.length, gap + GAP.length + 100);
  const vote =
    /^\s*(?:voix\s+)?contre\s+\d/u.test(after) || /\d+\s+(?:voix\s+)?contre\s+$/u.test(before);
  const soit = /(?<!\p{L})soit\s+[^.;:!?]{0,30}$/u.exec(before);
  const restatedAfter = soit !== null && SHARE_OR_CHANGE.test(before.slice(0, soit.index));
  const restatedBefore =
    /^[^.;:!?]{0,60}?,\s*soit\s+[^.;:!?]{0,30}(?:\d\s+(?:\p{L}+\s+)?sur\s+\d|\d\s*%)/u.test(after);
  return vote || restatedAfter || restatedBefore
    ? [`figure given away: « ${before.slice(-30)}……${after.slice(0, 30)} »`]
    : [];
}

/** Words of a number answer found only inside longer words of the evidence (`rés` of `centrés`). */
function numberWordsInside(question: Question): string[] {
  if (question.kind !== "number") return [];
  const evidence = question.evidence.text;
  const lower = evidence.toLowerCase();
  return answerTexts(question).flatMap((text) =>
    wordsOf(text)
      .filter((word) => /^\p{L}{2,}$/u.test(word))
      // `1,4 million` beside `2,3 millions`: the scale word agrees with each option's number.
      .filter((word) => !/^(?:million|milliard)s?$/u.test(word))
      // `1,7 kilomètre` beside the evidence's `kilomètres`: the unit agrees with the number.
      .filter((word) => !hasWholeWord(evidence, `${word}s`))
      .filter((word) => !hasWholeWord(evidence, word) && lower.includes(word.toLowerCase()))
      .slice(0, 1)
      .map((word) => `« ${word} » of « ${text} » only inside a word of the evidence`),
  );
}

/** The blank touches a letter or a hyphen: it stands for part of a word or of a compound name. */
/** Adjectives that make a region's name of a country's (`Suisse romande`, `Afrique centrale`). */
const REGION_ADJECTIVE =
  /^\s+(?:romande|alémanique|subsaharienne|centrale|occidentale|orientale|méridionale|du Nord|du Sud)(?!\p{L})/u;

/** `vers 13 h 30`, `à 9h`: a time of day at the end of a phrase answer. */
const TIME_IN_ANSWER =
  /\s(?:(?:vers|à)\s+\d{1,2}\s?(?:h(?:\s?\d{2})?|heures?)|le lendemain|la veille|le surlendemain)$/u;

function blankInName(prompt: string): string[] {
  const gap = prompt.indexOf(GAP);
  if (gap < 0) return [];
  const before = prompt[gap - 1] ?? "";
  const after = prompt.slice(gap + GAP.length);
  if (/[\p{L}-]/u.test(before))
    return [`blank after « ${prompt.slice(Math.max(0, gap - 6), gap)} »`];
  if (/^-/u.test(after) || (/^\p{L}/u.test(after) && !ORDINAL_OR_HOUR_SUFFIX.test(after))) {
    return [`blank before « ${after.slice(0, 8)} »`];
  }
  // `la Coton …… SN`: a blank between a name's word and its company's legal form.
  if (
    /\p{Lu}[\p{L}'’-]*\s+$/u.test(prompt.slice(Math.max(0, gap - 30), gap)) &&
    /^\s+(?:SA|SN|SAS|SARL|SNC|SPRL|SRL|Sàrl|SE|AG|GmbH|Ltd|Inc|SEM)(?![\p{L}])/u.test(after)
  ) {
    return [`blank before « ${after.slice(0, 8)} »`];
  }
  // `la …… romande`: the blank is the first half of a region's name (Suisse romande).
  const region = REGION_ADJECTIVE.exec(after);
  if (region) return [`blank before « ${region[0].trim()} »`];
  return [];
}

/**
 * The evidence shows the answer continuing a name at every place it stands: a hyphen or a letter
 * touching it, a capitalised word right after it, a capitalised word right before a place or an
 * organisation, or a common noun taken as a name before `du`, `de la`… (« Cité » du design).
 */
function answerInName(question: Question): string[] {
  if (question.type === "true_false" || question.kind === "number" || question.kind === "date")
    return [];
  const answer = rightAnswer(question)?.canonical ?? "";
  const words = wordsOf(answer);
  const last = words.at(-1) ?? "";
  if (!/^\p{Lu}/u.test(last)) return [];
  const evidence = question.evidence.text;
  const starts = occurrences(evidence, answer);
  if (starts.length === 0) return [];
  const continues = (start: number) => {
    const before = evidence.slice(0, start);
    const after = evidence.slice(start + answer.length);
    if (/[\p{L}-]$/u.test(before) || /^(?:-\p{L}|\p{L})/u.test(after)) return true;
    if (/^ \p{Lu}\p{Ll}/u.test(after)) return true;
    const previous = /(\p{Lu}[\p{L}'’-]*)\.? $/u.exec(before)?.[1];
    if (
      previous &&
      question.kind !== "person" &&
      !TITLE.test(previous) &&
      !isCommonWord(previous)
    ) {
      return true;
    }
    return (
      words.length === 1 && isCommonWord(answer) && /^ (?:du|de la|de l['’]|des|d['’])/u.test(after)
    );
  };
  return starts.every(continues) ? [`« ${answer} » continues a name in the evidence`] : [];
}

/** A wording that ends on a negation's second word or an adverb after an auxiliary. */
const ADVERB_END =
  /(?:\s(?:pas|plus|jamais|guère|trop|très|assez|presque)|\s(?:est|sont|a|ont|était|étaient|pas|plus)\s+\p{Ll}{3,}ment)$/u;
/** `s'explique en grande partie par`: a main cause, not the only one. */
const MAINLY_EXPLAINED =
  /s['’]expliqu\p{Ll}*\s+(en grande partie|principalement|surtout|essentiellement|avant tout|largement)\s+par/u;
/** A text or a sum that is for something: `une convention de partenariat`, `un crédit`. */
const TEXT_OR_FUNDS =
  /^(?:une?|le|la|l['’])\s*(?:convention|accord|protocole|contrat|crédit|budget|enveloppe|subvention|financement|prêt|emprunt)(?:\s+(?:de|d['’])\s*\p{Ll}+)?$/u;
