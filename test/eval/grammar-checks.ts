/**
 * @module
 * Grammar defects (issue 10): first person kept outside quotes, `Quel`/`Quelle` or a determiner
 * that disagrees with its noun's gender, two conjugated verbs in a row.
 */
import { isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { nounGender } from "../../src/core/french/lexicon/noun-gender";
import { ROLE_NOUNS } from "../../src/core/french/lexicon/role-nouns";
import { finiteVerb, participleOf, pastParticiple } from "../../src/core/french/lexicon/verb-form";
import { answerTexts, around, outsideQuotes, type QuestionCheck, wordsOf } from "./defect-check";

/** The first person, and what a child calls a parent (`que papa ne reviendra pas`). */
const FIRST_PERSON =
  /(?<!\p{L})(?:(?:ma|mon|mes|nous|notre|nos|je|papa|maman)(?!\p{L})|j['’](?=\p{L}))/iu;
/** `Qui a apporté le reste étant ?`: an absolute participle read as a subject. */
const ABSOLUTE_PARTICIPLE = /(?<!\p{L})(?:étant|ayant)\s*\?$/u;
/** `a-t-elle été mesurée un record local ?`: an apposition read as a passive's complement. */
const PASSIVE_APPOSITION = /(?<!\p{L})été\s+\p{Ll}+(?:é|ée|és|ées)\s+(?:un|une)\s+[^?]*\?$/u;
const QUEL = /(?<!\p{L})(quel|quelle|quels|quelles)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;
/** A hyphenated compound (`le porte-parole`) takes its own gender: the noun is read whole. */
const DETERMINER = /(?<!\p{L})(le|la|un|une)\s+(\p{L}+)(?![\p{L}-])(?:\s+(\p{L}+))?/giu;
/** Words after which `le`/`la` are object pronouns (`qui la dirige`), not determiners. */
const BEFORE_PRONOUN =
  /(?<!\p{L})(?:il|elle|on|ils|elles|qui|je|tu|nous|vous|ne|n['’]|ce|cela)\s+$/iu;
/** `être` and `avoir`: `Quelle est…`, `Quel a été…` name no noun. */
const AUXILIARY = /^(?:est|sont|était|étaient|sera|seront|fut|a|ont|avait|avaient)$/u;
/** Adjectives French puts before the noun; the Lefff also lists many of them as nouns. */
const PRENOMINAL_ADJECTIVES = new Set(
  (
    "beau bel belle bon bonne grand grande gros grosse haut haute jeune joli jolie long longue " +
    "mauvais mauvaise meilleur meilleure petit petite vieux vieil vieille nouveau nouvel nouvelle " +
    "premier première dernier dernière seul seule même autre double triple large vaste propre " +
    "vrai vraie faux fausse simple principal principale futur future ancien ancienne éventuel " +
    "prochain prochaine énorme immense célèbre fameux fameuse véritable unique moindre"
  ).split(" "),
);
/** A wire dateline left in a prompt: `GENÈVE - Le Conseil…`, `RABAT (AFP) -`. */
const DATELINE =
  /(?<!\p{L})\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,[^-–—]{1,30})?(?:\s*\([^)]{1,12}\))?\s+[-–—]\s/u;
const DOUBLE_VERB_END = /\s(?:est|sont|a|ont|était|étaient|sera|seront)\s*\?$/u;
const DOUBLE_AUXILIARY = /(?<!\p{L})(?:est|sont|a|ont) (?:est|sont|a|ont)(?!\p{L})/u;

/** A word that points back to a sentence the question does not show (round-6/7 blind grades). */
const LOOSE_REFERENCE =
  /(?<![-\p{L}])(?:une? tel(?:le)?|de tel(?:le)?s|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|ces derniers|ces dernières|cependant|toutefois|pourtant|néanmoins|en revanche)(?![-\p{L}])(?!\s+(?:jours|mois|temps|années|semaines|heures|décennies)(?!\p{L}))|^(?:Les\s+(?:\p{L}+\s+)?autres|L['’]autre)(?!\p{L})|(?<!\p{L})(?:les|ces)\s+(?:deux|trois|quatre|\d+)\s+(?:précédent|suivant|premi|derni)\p{Ll}*(?=\s+(?:avaient|ont|avait|a|sont|étaient|ont-ils|avaient-ils|ont-elles|avaient-elles)(?!\p{L}))|^Pourquoi\s+(?:est-ce\s+que\s+)?(?:les|des|ces)\s[^?«]*(?<!\p{L})(?:dans|chez|pour)\s+(?:sa|son)\s+\p{Ll}+\s*\?$|(?<![-\p{L}'’])y(?=\s+(?:a|ont|est|sont|avait|avaient|sera|seront|\p{Ll}+(?:e|ent|ait|aient|era|eront))\s)|(?<!\p{L})(?:si c['’]est le cas|si tel est le cas|dans ce cas|pour ce faire|de ce fait|de ce type|de ce genre|d['’]entre eux|d['’]entre elles|ces (?:deux|trois|quatre|\d+) \p{L}+)(?!\p{L})|^Qui\s[^«]*(?<![-\p{L}])(?:cette|ces|ce|cet)\s+(?:hausse|baisse|augmentation|progression|chute|recul|mesure|décision|situation|projet|initiative|résultat|montant|somme|dossier|affaire|opération|texte)(?!\p{L})|-(?:ils|elles)(?!\p{L})[^«]*\s(?:son|sa)\s/u;

/** `d'une capacité ?`: a noun that only names a measure, its figure gone (round 76). */
// `à un mètre de profondeur ?` has its figure; `à l'entrée de la surface ?` is a football pitch's
// area, no measure.
const MEASURE_WITHOUT_FIGURE =
  /(?<!\p{L})(?<!(?:mètres?|m|cm|km|centimètres?|kilomètres?|entrée)\s+)(?:d['’]une?|de la|du|de)\s+(?:capacité|superficie|surface|longueur|largeur|profondeur|durée|valeur|montant|coût|poids|puissance|taille|contenance)\s*\?$/u;
/** `une indemnité (MRU)`: a currency's code in parentheses with no figure before it (round 76). */
const STRANDED_CODE =
  /(?<=\p{Ll})\s+\((?:MRU|XOF|XAF|FCFA|EUR|USD|CHF|MAD|DZD|TND|MGA|BIF|CDF|GNF|HTG|CAD|XPF|MUR|KMF|RWF|DJF|LBP)\)/u;

/** A number below 2 (`1,7`, `0,5`, not `1 000`) before a word in the plural. */
const BELOW_TWO_PLURAL = /(?<![\d\s,.])[01](?:,\d+)?\s+(?!\d)(\p{L}+s)(?!\p{L})/u;
/** An article before a count: `des trois oppositions`. */
const ARTICLE_BEFORE_COUNT =
  /^(?:des|les)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d)(?!\p{L})/iu;

/**
 * Words written twice in a row (`accueillis l'an l'an dernier`); `nous nous`, `vous vous` are
 * French.
 */
const DOUBLED_WORD = /(?<![\p{L}'’-])([\p{L}'’-]{2,})\s+\1(?![\p{L}'’-])/iu;
/**
 * A phrase cut before the complement it needs (round 64, set I): `Qui a annoncé la mise ?`, `une
 * reprise à bout ?` (à bout portant), `un capteur capable de détecter ?`, an accepted cause
 * ending `… à cause`.
 */
const CUT_PHRASE =
  /(?:(?<!\p{L})(?:la|une|sa|leur)\s+(?:mise|prise|remise|reprise en main)|(?<!\p{L})à bout|(?<!\p{L})(?:capables?|susceptibles?|chargée?s?|en mesure|permettant|destinée?s?)\s+(?:de|d['’]|à)\s*\p{Ll}+(?:er|ir|re)|(?<!\p{L})(?:à cause|en raison|grâce|faute|afin|parce)|(?<!\p{L})(?:annonce|annoncé|prévoit|prévu)\s+(?:l['’]|la\s|le\s)\s*(?:arrivée|départ|livraison|installation|construction|ouverture|fermeture|suppression)|(?<!\p{L})(?:doit|doivent|peut|peuvent)\s+(?:encore\s+)?être|(?<!\p{L})(?:à|de)\s+ce)$|(?<!\p{L})en (?:moins|plus)(?=\s+(?:dans|à|au|en|sur|pour)\s)/u;

/** An inverted subject pronoun and the word after it: `respire-t-il | réclame`. */
const AFTER_INVERSION = /-(?:t-)?(?:il|elle|ils|elles|on)\s+(\p{Ll}+)/gu;

/** What completes a `ne`: without one of them it is the stub of a cut clause (round 78). */
const NEGATION_WORDS = new Set(
  "pas plus jamais rien guère aucun aucune que qu personne point ni nullement".split(" "),
);
/** `avoir`/`disposer` as a main verb, whose time span needs what it is for. */
const TIME_HOLDERS = new Set("a ont avait avaient aura auront dispose disposent".split(" "));

export const GRAMMAR_CHECKS: Record<string, QuestionCheck> = {
  "verb-after-inversion": {
    description:
      "a conjugated verb right after an inverted subject pronoun (respire-t-il réclame): two verbs, one of them a name's",
    find: (question) =>
      [...outsideQuotes(question.prompt).matchAll(AFTER_INVERSION)]
        .filter(([, word = ""]) => {
          return finiteVerb(word) !== undefined && !participleOf(word) && !nounGender(word);
        })
        .map((match) => `« ${match[0]} »`),
  },
  "number-agreement": {
    description:
      "an answer or option with a plural after a number below 2 (1,7 kilomètres), or an article before a count (des trois oppositions)",
    find: (question) =>
      answerTexts(question).flatMap((text) => {
        const plural = BELOW_TWO_PLURAL.exec(text);
        const singular = plural?.[1]?.slice(0, -1) ?? "";
        // `1,3 fois`, `1,5 mois`: nouns that end in `s` in the singular.
        const invariable = /^(?:fois|mois|pays|poids|prix|temps|cours|corps|bras|repas|fonds)$/u;
        if (
          plural &&
          !invariable.test(plural[1] ?? "") &&
          (nounGender(singular) !== undefined || /^(?:million|milliard)$/u.test(singular))
        ) {
          return [`« ${plural[0]} »`];
        }
        return ARTICLE_BEFORE_COUNT.test(text) ? [`« ${text} »`] : [];
      }),
  },
  "measure-agreement": {
    description:
      "a participle agreed with a measure after an intransitive verb (Combien de kilomètres … a marchés ?)",
    find: (question) =>
      /^Combien\s[^?]*\s(?:a|ont|avait|avaient)\s+(?:marché|couru|nagé|roulé|dormi|duré|coûté|pesé|valu|vécu|régné)(?:e|s|es)\s/u.test(
        question.prompt,
      )
        ? [`« ${question.prompt} »`]
        : [],
  },
  "loose-reference": {
    description:
      "a prompt or statement pointing back to a sentence it does not show (celle-ci, ce dernier, Les trois autres, les deux précédents, … dans sa coopérative ?, cependant, y before a verb, si c'est le cas, de ce type, onze d'entre eux, ces deux marchés, Qui … cette hausse ?, a singular possessive after a plural subject)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const text = outsideQuotes(question.prompt);
      const match = LOOSE_REFERENCE.exec(text);
      return match ? [`« ${around(text, match.index)} »`] : [];
    },
  },
  "absolute-participle": {
    description:
      "a subject read across an absolute participle (Qui a apporté le reste étant ?) or a passive taking an apposition as its complement (a-t-elle été mesurée un record local ?)",
    find: (question) => {
      const text = outsideQuotes(question.prompt);
      const match = ABSOLUTE_PARTICIPLE.exec(text) ?? PASSIVE_APPOSITION.exec(text);
      return match ? [`« ${around(text, match.index)} »`] : [];
    },
  },
  "first-person": {
    description:
      "first person outside quotes in a prompt (ma, mon, mes, nous, notre, je, j'; papa, maman)",
    find: (question) => {
      const text = outsideQuotes(question.prompt);
      const match = FIRST_PERSON.exec(text);
      return match ? [`« ${around(text, match.index)} »`] : [];
    },
  },
  "quel-agreement": {
    description:
      "Quel/Quelle not agreeing with the next noun's gender (Quel fonction, Quelle programme)",
    find: (question) =>
      [...outsideQuotes(question.prompt).matchAll(QUEL)]
        .filter(([, quel = "", noun = "", next]) => {
          if (AUXILIARY.test(noun.toLowerCase())) return false;
          return disagrees(quel.toLowerCase().startsWith("quelle") ? "f" : "m", noun, next);
        })
        .map((match) => `« ${match[0]} »`),
  },
  "determiner-gender": {
    description:
      "le/la/un/une before a noun the lexicon knows with the other gender (la voyage, le direction); not role nouns nor adjectives",
    find: (question) => {
      const text = outsideQuotes(question.prompt);
      return [...text.matchAll(DETERMINER)]
        .filter((match) => {
          const [, determiner = "", noun = "", next] = match;
          if (BEFORE_PRONOUN.test(text.slice(0, match.index))) return false;
          const gender = /^(?:la|une)$/iu.test(determiner) ? "f" : "m";
          return disagrees(gender, noun, next);
        })
        .map((match) => `« ${match[0]} »`);
    },
  },
  "dateline-in-prompt": {
    description: "a wire dateline left in a prompt (GENÈVE - Le Conseil d'Etat…, RABAT (AFP) -)",
    find: (question) => {
      const match = DATELINE.exec(question.prompt);
      return match ? [`« ${around(question.prompt, match.index)} »`] : [];
    },
  },
  "doubled-word": {
    description: "a word written twice in a row (accueillis l'an l'an dernier)",
    find: (question) => {
      const match = DOUBLED_WORD.exec(question.prompt);
      if (!match || /^(?:nous|vous)$/iu.test(match[1] ?? "")) return [];
      return [`« ${around(question.prompt, match.index)} »`];
    },
  },
  "cut-phrase": {
    description:
      "a prompt or an accepted answer cut before the complement its last words need (Qui a annoncé la mise ?, capable de détecter ?, … à cause, Qui annonce l'arrivée ?, … et à veiller à ce)",
    find: (question) => {
      const prompt = question.prompt.replace(/\s*[?.]$/u, "");
      const texts = [
        prompt,
        ...(question.type === "short_answer" ? [question.answer, ...question.accepted] : []),
      ];
      return texts.filter((text) => CUT_PHRASE.test(text.trim())).map((text) => `« ${text} »`);
    },
  },
  "preposition-before-inversion": {
    description:
      "a preposition left before `est-ce que` (Combien de rotations vers est-ce qu'Air Corsica a ajoutées Marseille ?)",
    find: (question) => {
      const match = /(?<!\p{L})(?:vers|pour|dans|sur|avec|chez|sous|à|de)\s+est-ce\s+qu/u.exec(
        question.prompt,
      );
      return match ? [`« ${around(question.prompt, match.index)} »`] : [];
    },
  },
  "urged-cut": {
    description:
      "who or what of a verb that urges someone to something, asked without the `à …` (Qui a invité les populations ?)",
    find: (question) => {
      const match =
        /^(?:Qui|Qu['’]|Que)\s.*(?<!\p{L})(?:invité|appelé|exhorté|encouragé|incité|poussé)e?s?\s+(?:les?|la|l['’]|leurs?|ses|des)\s*[^?]*\?$/u.exec(
          question.prompt,
        );
      return match && !/(?<!\p{L})à\s/u.test(match[0]) ? [`« ${question.prompt} »`] : [];
    },
  },
  "byline-in-prompt": {
    description: "a gap-fill on the writer's line or its date (Par Karine Appadoo Le …… à 10h40)",
    find: (question) =>
      /^Complétez : « (?:…\s)?Par\s+\p{Lu}/u.test(question.prompt)
        ? [`« ${question.prompt.slice(0, 50)} »`]
        : [],
  },
  "garbled-subject": {
    description:
      "a conjunction or adverb opening a subordinate taken for the subject (Pourquoi est-ce qu'Alors ont refusé … ?), a plural demonym or a share of a group taken for feminine (les Valaisans … produisent-elles ?, la plupart des patients … ont-elles ?)",
    find: (question) => {
      const found: string[] = [];
      const conjunction =
        /est-ce qu['’](?:Alors|Lorsque|Quand|Si|Comme|Tandis|Bien|Puisque)(?!\p{L})/u.exec(
          question.prompt,
        );
      if (conjunction) found.push(`« ${around(question.prompt, conjunction.index)} »`);
      const demonym =
        /(?<!\p{L})les\s+\p{Lu}\p{Ll}+(?:ais|ois|ains|iens|ans|ins|ons)\s+(?:[^?]*?\s)?\p{Ll}+-(?:t-)?elles(?!\p{L})/u.exec(
          question.prompt,
        );
      if (demonym) found.push(`« ${around(question.prompt, demonym.index)} »`);
      // `la plupart des patients … ont-elles`: a share takes the gender of the group.
      const share =
        /(?<!\p{L})la plupart des (\p{Ll}+)s\s+(?:[^?]*?\s)?\p{Ll}+-(?:t-)?elles(?!\p{L})/u.exec(
          question.prompt,
        );
      if (share?.[1] && nounGender(share[1]) === "m") {
        found.push(`« ${around(question.prompt, share.index)} »`);
      }
      return found;
    },
  },
  "who-for-a-thing": {
    description:
      "*Qui* asked of a thing acted upon (Qui a été ouvert … ? → le CTC) or of a territory (Qui ferme la marche ? → la région de Diffa), *Que* of a team received (Que recevront les Sfaxiens ? → le Club Africain), a time before est-ce que (Combien de buts cette saison est-ce que …)",
    find: (question) => {
      const found: string[] = [];
      if (/^Qui (?:a|ont|avait|avaient|sera|seront) été \p{Ll}+/u.test(question.prompt)) {
        if (question.kind === "organisation" || question.kind === "phrase") {
          found.push(`« ${question.prompt.slice(0, 40)} »`);
        }
      }
      const team = answerTexts(question).some((text) =>
        /^(?:le|la|les|l['’])\s*\p{Lu}/u.test(text),
      );
      if (/^Que recevr\p{Ll}+\s/u.test(question.prompt) && team) {
        found.push(`« ${question.prompt} »`);
      }
      // *Qui ferme la marche ? → la région de Diffa* (round 76).
      const territory = answerTexts(question).some((text) =>
        /^(?:la|le|l['’])\s*(?:région|commune|ville|province|wilaya|département|canton)\s+(?:de|d['’])/u.test(
          text,
        ),
      );
      if (/^Qui\s/u.test(question.prompt) && territory) found.push(`« ${question.prompt} »`);
      const time = /^Combien\s[^?]*?\s(?:cette|ce|cet)\s+\p{Ll}+\s+est-ce qu/u.exec(
        question.prompt,
      );
      if (time) found.push(`« ${time[0]} »`);
      return found;
    },
  },
  "headless-numeral": {
    description:
      "a numeral after a determiner taken for a noun phrase (À combien s'élevait les quatre ?), or a giving verb's possessive object with no one it is given to (a-t-elle remis leurs diplômes ?)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const found: string[] = [];
      const numeral =
        /(?<!\p{L})(?:les|des|ces)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s*\?$/u.exec(
          question.prompt,
        );
      if (numeral) found.push(`« ${numeral[0]} »`);
      const owner =
        /(?:remis|versé|accordé|distribué|offert|décerné|octroyé)e?s?\s+leurs?\s+\p{Ll}+\s*\?$/u.exec(
          question.prompt,
        );
      // *À combien de lauréats … a-t-elle remis leurs diplômes ?*: the question names them.
      if (owner && !/^(?:À|A) (?:combien|qui)(?!\p{L})/u.test(question.prompt)) {
        found.push(`« ${owner[0]} »`);
      }
      return found;
    },
  },
  "figure-cut-from-prompt": {
    description:
      "a measure noun left without its figure (un magasin d'une capacité ?), or a currency code stranded after the figure was cut (une indemnité (MRU), coûte-t-il CFP ?)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const found: string[] = [];
      const measure = MEASURE_WITHOUT_FIGURE.exec(question.prompt);
      if (measure) found.push(`« ${measure[0]} »`);
      // `Combien le ticket coûte-t-il CFP ?` (round 77).
      const bare = /\s(?:CFP|CFA|FCFA|XPF|XOF|XAF)\s*\?$/u.exec(question.prompt);
      if (bare && !/\d/u.test(question.prompt)) found.push(`« ${bare[0].trim()} »`);
      const code = STRANDED_CODE.exec(question.prompt);
      // `40 000 ouguiyas (MRU)`: the figure stands just before.
      const figure =
        code && /\d/u.test(question.prompt.slice(Math.max(0, code.index - 25), code.index));
      if (code && !figure) found.push(`« ${around(question.prompt, code.index)} »`);
      return found;
    },
  },
  "figure-after-blank": {
    description:
      "a gap-fill whose blank is followed by the figure in parentheses (d'une capacité de …… (400) camions)",
    find: (question) => {
      const match = /……\s*\(\s*\d[\d\s.,]*\)/u.exec(question.prompt);
      return match ? [`« ${around(question.prompt, match.index)} »`] : [];
    },
  },
  "ne-without-negation": {
    description:
      "a `ne` with no pas, plus, jamais, que… after it: a clause cut in two (Quelle est la capacité totale de la coopérative ne dispose ?)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const words = wordsOf(outsideQuotes(question.prompt).toLowerCase().replace(/['’]/gu, "' "));
      return words.flatMap((word, index) => {
        if (word !== "ne" && word !== "n'") return [];
        const rest = words.slice(index + 1, index + 7).map((next) => next.replace(/'$/u, ""));
        return rest.some((next) => NEGATION_WORDS.has(next))
          ? []
          : [`« ${words.slice(index, index + 4).join(" ")} »`];
      });
    },
  },
  "time-for-what": {
    description: "how long someone has, without what for (Combien de temps ont les parties ?)",
    find: (question) => {
      const words = wordsOf(question.prompt);
      if (words.slice(0, 3).join(" ") !== "Combien de temps") return [];
      const verb = words[3] ?? "";
      const next = words[4] ?? "";
      if (!TIME_HOLDERS.has(verb) || participleOf(next) || words.includes("pour")) return [];
      return [`« ${words.slice(0, 6).join(" ")} »`];
    },
  },
  "possessive-without-owner": {
    description:
      "a possessive before any noun it could stand for (À combien leur taux de survie est-il estimé ?)",
    find: (question) => {
      const words = wordsOf(question.prompt);
      const at = words.findIndex((word) => /^(?:leur|leurs|son|sa|ses)$/u.test(word));
      if (at === -1) return [];
      // Only question words before it: `À combien`, `Quel est`, `Pourquoi`.
      const before = words.slice(0, at);
      const asking = before.every((word) =>
        /^(?:À|A|De|combien|Combien|Quel|Quelle|Quels|Quelles|est|sont|était|sera|a|été|Pourquoi|Quand|Où|Comment)$/u.test(
          word,
        ),
      );
      return before.length > 0 && asking ? [`« ${words.slice(0, at + 3).join(" ")} »`] : [];
    },
  },
  "participle-needs-complement": {
    description:
      "a participle cut from the complement it needs (mangue destinée a-t-il été fixé ?, lits réservés ?, élèves … sont conduits ?)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const words = wordsOf(outsideQuotes(question.prompt));
      return words.flatMap((word, index) => {
        if (
          !/^(?:destiné|consacré|réservé|dédié|situé|doté|conduit|emmené|amené)e?s?$/u.test(word)
        ) {
          return [];
        }
        const next = words[index + 1];
        const complement =
          next !== undefined &&
          /^(?:à|au|aux|de|du|des|d'.*|d’.*|en|par|pour|sur|dans|comme|entre|vers|chez)$/u.test(
            next,
          );
        return complement
          ? []
          : [`« ${words.slice(Math.max(0, index - 2), index + 2).join(" ")} »`];
      });
    },
  },
  "made-for-why": {
    description:
      "a why of what a thing is made for (Pourquoi la moustiquaire est-elle faite ? of « est faite pour dormir dessous »)",
    find: (question) =>
      /^Pourquoi\s.*\s(?:est|sont|était|étaient)-(?:il|elle|ils|elles)\s+(?:fait|conçu)e?s?\s*\?$/u.test(
        question.prompt,
      )
        ? [`« ${question.prompt} »`]
        : [],
  },
  "capitalised-common-word": {
    description:
      "a common word written with a capital inside a question, read as a name (Qu'ont reçu Toutes ?, Pourquoi est-ce que Rafistoler aurait coûté … ?)",
    find: (question) => {
      if (question.prompt.startsWith("Complétez")) return [];
      const words = wordsOf(outsideQuotes(question.prompt));
      return words
        .slice(1)
        .filter(
          (word) =>
            /^\p{Lu}\p{Ll}+$/u.test(word) &&
            (isFunctionWord(word.toLowerCase()) ||
              // `Pourquoi est-ce que Rafistoler aurait coûté … ?`: an infinitive read as a subject.
              (/(?:er|ir)$/u.test(word) && pastParticiple(word.toLowerCase()) !== undefined)),
        )
        .filter((word) => !/^(?:Le|La|Les|De|Du|Des)$/u.test(word))
        .map((word) => `« ${word} »`);
    },
  },
  "decimal-cut": {
    description:
      "a whole number of two or more before a singular million or milliard: a decimal cut in two (participera 2 million de francs, for 1,2 million)",
    find: (question) => {
      const match = /(?<![\d,.])([2-9]|[1-9]\d+)\s+(?:million|milliard)(?![\p{L}])/u.exec(
        outsideQuotes(question.prompt),
      );
      return match ? [`« ${match[0]} »`] : [];
    },
  },
  "club-gender": {
    description:
      "a club named by feminine initials taken as masculine (l'AS Capoise a-t-il battu …, association sportive)",
    find: (question) => {
      const match =
        /(?:l['’]|la\s+)(?:AS|ASC|ASEC|US|USM|JS|JSK|ES|ESS)\s[^?,]*?-t-il(?!\p{L})/u.exec(
          question.prompt,
        );
      return match ? [`« ${match[0]} »`] : [];
    },
  },
  "verbless-statement": {
    description:
      "a true/false statement with no conjugated verb: a photo caption or a heading asked as a fact (La comédienne … lors de la répétition générale, mardi soir à Genève.)",
    find: (question) => {
      if (question.type !== "true_false") return [];
      // `s'empilent`, `n'auront`: the verb after an elided pronoun counts.
      const words = wordsOf(outsideQuotes(question.prompt).toLowerCase().replace(/['’]/gu, " "));
      const auxiliary =
        /^(?:est|sont|était|étaient|sera|seront|a|ont|avait|avaient|aura|auront|fut|va|vont)$/u;
      // A word the lexicon conjugates, unless a determiner makes it a noun (`au centre`).
      const determiner =
        /^(?:le|la|les|l|un|une|des|du|au|aux|sa|son|ses|leur|leurs|ce|cet|cette|ces)$/u;
      const verb = words.some(
        (word, index) =>
          auxiliary.test(word) ||
          (finiteVerb(word) !== undefined && !determiner.test(words[index - 1] ?? "")),
      );
      return verb ? [] : [`« ${question.prompt} »`];
    },
  },
  "what-of-people-or-adjective": {
    description:
      "what asked of people (Qu'a condamné la chambre … ?), Quel before an adjective whose noun was lost (Quel territorial … ?), or a duration cut from what it counts from (décédée trois jours ?)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /^Qu['’](?:a|ont)\s+(?:condamné|arrêté|interpellé|nommé|élu|recruté|licencié)\s/u.test(
          prompt,
        )
      ) {
        found.push(`« ${prompt.slice(0, 30)} »`);
      }
      const quel = /^Quel(?:le)?s?\s+(\p{Ll}+)/u.exec(prompt)?.[1] ?? "";
      if (
        /(?:al|ale|aux|ales)$/u.test(quel) &&
        !ROLE_NOUNS.has(quel) &&
        !/^(?:journal|tribunal|canal|signal|local|festival|hôpital|capital|total|arsenal|mal|bal|métal|récital|carnaval|cheval|val|animal|général|taux|travaux|réseaux|niveaux|bureaux|journaux|tribunaux|canaux|locaux|hôpitaux|animaux|métaux|matériaux|bateaux|châteaux|morceaux)$/u.test(
          quel,
        )
      ) {
        found.push(`« Quel ${quel} »`);
      }
      const cut =
        /(?:é|ée|és|ées|i|ie|u|ue)\s+(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:jours?|semaines?|mois|ans|heures?)\s*\?$/u.exec(
          prompt,
        );
      if (cut) found.push(`« ${cut[0]} »`);
      return found;
    },
  },
  "double-verb": {
    description: "two conjugated verbs in a row (Combien de salariés compte cette dernière est ?)",
    find: (question) => {
      if (question.type === "true_false") return [];
      const { prompt } = question;
      const match = DOUBLE_VERB_END.exec(prompt) ?? DOUBLE_AUXILIARY.exec(prompt);
      return match ? [`« ${around(prompt, match.index)} »`] : [];
    },
  },
  "wh-noun-repeated": {
    description:
      "a question whose interrogative's noun heads its subject again (Quelle température la température de l'eau a-t-elle atteinte ?)",
    find: (question) => {
      const repeated = /^Quel(?:le)?s?\s+(\p{L}+)\s+(?:les?|la|l['’])\s*(\p{L}+)/u.exec(
        question.prompt,
      );
      const [, asked = "", head = ""] = repeated ?? [];
      return repeated && asked.replace(/s$/u, "") === head.replace(/s$/u, "")
        ? [question.prompt]
        : [];
    },
  },
  "adjective-for-noun": {
    description:
      "a question ending on a determiner and an adjective whose noun was cut (… a-t-il condamné le principal ?)",
    find: (question) => {
      const end =
        /\s(?:le|la|les|l['’])\s*(principale?s?|premiers?|première?s?|derniers?|dernières?|seule?s?|nouveaux?|nouvelles?|ancienn?e?s?)\s*\?$/u.exec(
          question.prompt,
        );
      return end ? [`« ${end[0].trim()} »`] : [];
    },
  },
};

/**
 * Whether `noun` is a lowercase noun the lexicon knows with the other gender than `gender`,
 * and not a word that is also a role noun (`la ministre`), a prenominal adjective (`la large
 * majorité`) or an adjective before a noun that agrees (`next` of `gender`).
 */
function disagrees(gender: "m" | "f", noun: string, next: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(noun) || isFunctionWord(noun)) return false;
  const known = nounGender(noun);
  if (known === undefined || known === gender) return false;
  if (ROLE_NOUNS.has(noun) || PRENOMINAL_ADJECTIVES.has(noun) || BOTH_GENDERS.has(noun)) {
    return false;
  }
  return next === undefined || nounGender(next) !== gender;
}

/** Nouns of both genders with two meanings (`le mort`, `la mort`; `le tour`, `la tour`). */
const BOTH_GENDERS = new Set(
  "mort tour poste livre mode voile somme page manche mémoire solde critique moule vase physique".split(
    " ",
  ),
);
