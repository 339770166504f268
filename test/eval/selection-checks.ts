/**
 * @module
 * Selection defects (issue 10) a single question shows: a function word as the answer, a long
 * quotation asked as an exact short answer.
 */

import { startsWithVowelSound } from "../../src/core/french/grammar/starts-with-vowel-sound";
import { hasFiniteVerb } from "../../src/core/french/has-finite-verb";
import { isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { nounGender } from "../../src/core/french/lexicon/noun-gender";
import { ROLE_NOUNS } from "../../src/core/french/lexicon/role-nouns";
import { finiteVerb, participleOf } from "../../src/core/french/lexicon/verb-form";
import { rateAfter } from "../../src/core/french/rate-after";
import { withoutCauseConnective } from "../../src/core/marking/without-cause-connective";
import type { Question } from "../../src/core/quiz/quiz";
import { allMatches } from "../../src/core/text/all-matches";
import { answerTexts, escapeRegExp, type QuestionCheck, wordsOf } from "./defect-check";
import { rightAnswer } from "./right-answer";

/** A short answer longer than this is a quotation to recite, not a fact to recall. */
const MAX_SHORT_ANSWER_WORDS = 8;

/** Whatever the question's kind, a weekday or a month answers « Quel jour… ? ». */
const WEEKDAY_OR_MONTH =
  /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})/iu;

/** The wh-word a prompt opens on, and the answers it cannot take (round 41's DEFECTs). */
const WH_MISMATCH: readonly [RegExp, (question: Question) => boolean][] = [
  // *Pourquoi … ?* answered by a name.
  [/^Pourquoi\s/u, (question) => ["person", "organisation", "place"].includes(question.kind)],
  // *Où … ?* answered by anything but a place: a demonym (`Rbatis`), a person.
  [/^Où\s/u, (question) => question.kind !== "place" && question.kind !== "phrase"],
  // *Qui … ?* answered by a figure or a date.
  [/^Qui\s/u, (question) => question.kind === "number" || question.kind === "date"],
];
/** `une telle mesure`, `cette décision`: an answer that points back to what it does not say. */
const POINTING_ANSWER =
  /^(?:(?:une?\s+tel(?:le)?|de\s+tel(?:le)?s|cette|ce|cet|ces|celui-ci|celle-ci|ladite|ledit)\s)/iu;
/** `Qui a paraphé ?`: a verb and nothing it was done to, so several answers fit. */
const BARE_VERB = /^(?:Qui|Qu['’]|Que)\s*(?:a|ont|avait|avaient)\s+\p{Ll}+\s*\?$/u;

/** `grâce à leur gardien`: a means that is a person (its head a role noun). */
const MEANS_OF_PEOPLE = /^Grâce à quoi\s[^?]*\?$/u;
const PERSON_HEAD =
  /^(?:grâce\s+(?:à|au|aux)\s+)?(?:(?:le|la|les|leur|leurs|son|sa|ses|un|une)\s+|l['’]\s*)?(\p{Ll}+)/u;
/** A figure's share, cut before the relative that says which (`la part des colonies`). */
const SHARE_WITHOUT_WHICH =
  /(?<!\p{L})(?:part|nombre|proportion|pourcentage|taux|quantité)\s+(?:de|des|du|d['’])\s*[\p{L}'’-]+$/u;

/** The figures the body gives before `unit` (`412 nids` → 412). */
function allNumbersBefore(body: string, unit: string): number[] {
  return [
    ...body.matchAll(
      new RegExp(`(\\d[\\d\\s\\u00a0\\u202f]*)\\s+${escapeRegExp(unit)}(?!\\p{L})`, "gu"),
    ),
  ].map((match) => Number((match[1] ?? "").replace(/\D/gu, "")));
}

export const SELECTION_CHECKS: Record<string, QuestionCheck> = {
  "headline-town-swapped-in": {
    description:
      "a false statement that puts in the town of the story's lede, or one whose people the statement names (Les Parakois se déplaceront à Parakou)",
    find: (question, body) => {
      if (question.type !== "true_false") return [];
      const evidence = question.evidence.text;
      const lede = body.split(/(?<=[.!?])\s/u)[0] ?? "";
      const inserted = wordsOf(question.prompt).filter(
        (word) => /^\p{Lu}\p{Ll}{3,}/u.test(word) && !evidence.includes(word),
      );
      return inserted.flatMap((word) => {
        const stem = word.slice(0, 5).toLowerCase();
        const demonym = wordsOf(question.prompt).some(
          (other) => other !== word && other.toLowerCase().startsWith(stem),
        );
        return demonym || lede.includes(word) ? [`« ${word} » swapped in`] : [];
      });
    },
  },
  "round-86-shapes": {
    description:
      "a pronoun against its participle (ménages … ont-elles été évacués), a figure for a subject (Qu'ont obtenu 123 ?), a second complement lost (Qui avait placé la province … ?), a canton's code as the key (GE)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /-elles?\s+été\s+\p{Ll}+(?:é|és)\s|-ils?\s+été\s+\p{Ll}+(?:ée|ées)\s/u.test(`${prompt} `)
      ) {
        found.push("agreement");
      }
      if (/^Qu['’](?:a|ont)\s+\p{Ll}+\s+\d[\d\s]*\?$/u.test(prompt)) found.push("figure subject");
      // A question, not a blank (`classé monument historique`); `placé`, not `remplacés`.
      if (
        /(?<!\p{L})placée?s?\s[^?]*\?$/u.test(prompt) &&
        !/(?<!\p{L})placée?s?\s[^?]*\s(?:en|sous|à|au|parmi|dans|comme)\s/u.test(prompt)
      ) {
        found.push("second complement lost");
      }
      const key = question.type === "short_answer" ? question.answer : "";
      if (/^(?:GE|VD|NE|FR|VS|JU|BE|ZH|TI|LU|BS|SG|AG)$/u.test(key)) found.push(`« ${key} »`);
      return found;
    },
  },
  "round-88-shapes": {
    description:
      "a rough count's pronoun against its participle (une centaine de parents … se sont-elles rassemblés), a someone's subject (Que déposerait son club ?), a measure cut from `au bout` (… au bout ?), a bare name after `par` read as the doer (… mis en place par Noertrange ?), a purpose under a negation (pourquoi … n'est-elle pas là ?)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      // A pronominal verb agrees with its subject (`Combien de comprimés … ont-elles distribués`
      // agrees with the object before it, and is right).
      if (/\sse\s+sont-elles\s+\p{Ll}+és\s|\sse\s+sont-ils\s+\p{Ll}+ées\s/u.test(` ${prompt} `)) {
        found.push("agreement");
      }
      if (/^(?:Que|Qu['’]\p{L}+)\s+(?:\p{Ll}+\s+)?(?:son|sa|ses|leur|leurs)\s/u.test(prompt)) {
        found.push("someone's subject");
      }
      if (/(?<!\p{L})au bout(?:\s+en\s+\d{4})?\s*\?$/u.test(prompt)) found.push("au bout");
      if (/^Qu['’]est-ce qui\s[^?]*\spar\s+\p{Lu}[\p{L}'’-]*\s*\?$/u.test(prompt)) {
        found.push("par a place");
      }
      if (/pourquoi\s[^?]*\sn['’]\p{Ll}+-(?:il|elle|ils|elles)\s+pas\s+là\s*\?$/iu.test(prompt)) {
        found.push("negated purpose");
      }
      return found;
    },
  },
  "round-89-shapes": {
    description:
      "a decimal cut from its figure (d'économiser environ 1 for 1,6 million), a unit cut at its hyphen (sages for sages-femmes), a comparison without its other term (précipitations supérieures ?, Combien de minutes plus tard … ?), a surname's article lowered (le Roux)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const key = question.type === "short_answer" ? question.answer : "";
      if (
        /\d$/u.test(key) &&
        evidence.includes(`${key},`) &&
        /\d,\d/u.test(evidence.slice(evidence.indexOf(`${key},`) + key.length - 1))
      ) {
        found.push("decimal cut");
      }
      const counted = /^Combien\s+(?:de\s+|d['’])(\p{Ll}+)\s/u.exec(prompt)?.[1];
      if (counted && evidence.includes(`${counted}-`))
        found.push(`« ${counted} » cut at its hyphen`);
      if (
        /\s(?:supérieure?s?|inférieure?s?)\s*\?$/u.test(prompt) &&
        !/(?:passage|niveau|étage|partie|cours)\s+(?:supérieur|inférieur)/u.test(prompt)
      ) {
        found.push("comparison cut");
      }
      if (/^Combien\s+de\s+\p{L}+\s+plus\s+(?:tard|tôt)(?!\p{L})/u.test(prompt))
        found.push("delay");
      for (const name of evidence.matchAll(/\p{Lu}\p{Ll}+\s(Le|La)\s(\p{Lu}[\p{Ll}-]+)/gu)) {
        const [, article = "", surname = ""] = name;
        if (prompt.includes(` ${article.toLowerCase()} ${surname}`))
          found.push(`« ${article} ${surname} » lowered`);
      }
      return found;
    },
  },
  "round-90-shapes": {
    description:
      "years counted as `ans` (Combien d'ans moins … ?), a dimension of a clause (la longueur de la course s'est jouée …), one of several actions asked as the only one (a également ordonné → Qu'a ordonné … ?), a term less a day keyed as its first figure (deux ans moins un jour → 2 ans)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (/^Combien d['’]ans(?!\p{L})/u.test(prompt)) found.push("ans");
      if (
        /^Quelle est la (?:longueur|hauteur|largeur|profondeur) [^?]*\s(?:s['’]est|a|ont|est)\s/u.test(
          prompt,
        )
      ) {
        found.push("dimension of a clause");
      }
      const asked = /^Qu['’](?:a|ont)\s+(\p{Ll}+)\s/u.exec(prompt)?.[1];
      if (
        asked &&
        new RegExp(`\\s(?:a|ont)\\s+(?:également|aussi|en outre)\\s+${asked}(?!\\p{L})`, "u").test(
          evidence,
        )
      ) {
        found.push("one of several");
      }
      // The key's figure is the one a `moins un jour` follows.
      const term =
        /(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+ans\s+moins un jour/u.exec(
          evidence,
        )?.[1];
      const figure = rightAnswer(question)?.canonical.split(/\s/u)[0] ?? "";
      const inWords = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
      if (term && (figure === term || inWords[Number(figure) - 2] === term)) {
        found.push("less a day");
      }
      return found;
    },
  },
  "round-91-shapes": {
    description:
      "a time between the counted noun and the subject (Combien d'élèves cette rentrée l'établissement compte-t-il ?), a sum named by its envelope alone (Quel est le montant de l'enveloppe ?)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /^Combien (?:de|d['’])\s*\p{L}+ (?:cette|ce|cet) (?:rentrée|saison|année|semaine|mois) \p{Ll}+['’ ]/u.test(
          prompt,
        ) &&
        !/est-ce/u.test(prompt)
      ) {
        found.push("word order");
      }
      if (/^Quel est le montant de l['’]enveloppe\s*\?$/u.test(prompt))
        found.push("which envelope");
      return found;
    },
  },
  "round-92-shapes": {
    description:
      "league points above three a round (43 points after the 12e journée), a bare generic noun keyed as what was done (Que saluent les producteurs ? → une décision attendue), a sum each of several got asked as the one sum (Quel est le montant de l'amende ? on `leur … chacun`)",
    find: (question, body) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const round = /(?<!\d)(\d{1,2})e\s+journée/u.exec(body)?.[1];
      const table =
        /(?<!\p{L})(?:classement|totalise|totalisent|place|devance|devancent|podium|leader|longueurs?|unités)(?!\p{L})/u.test(
          evidence,
        );
      if (round && table && question.type === "single_choice") {
        for (const option of question.options) {
          const points = /^(\d+)\s+points?$/u.exec(option.text)?.[1];
          if (points && Number(points) > 3 * Number(round)) found.push(`« ${option.text} »`);
        }
      }
      const key = rightAnswer(question)?.canonical ?? "";
      if (
        /^Qu(?:e\s|['’])/u.test(prompt) &&
        /^(?:une?|des)\s+(?:\p{Ll}+\s+)?(?:décision|mesure|annonce|initiative|geste|avancée|étape|choix|démarche|signal)s?(?:\s+\p{Ll}+)?$/u.test(
          key,
        )
      ) {
        found.push(`« ${key} »`);
      }
      if (
        /^Quel est le montant de l['’]\p{Ll}+\s*\?$/u.test(prompt) &&
        /(?<!\p{L})leur\s[^.]*(?<!\p{L})chacun/u.test(evidence)
      ) {
        found.push("whose sum");
      }
      return found;
    },
  },
  "round-93-shapes": {
    description:
      "a singular auxiliary with a plural pronoun (… a-t-ils condamné), *Que* asked of a team met (Qu'accueillera … ? → l'Armada de …), options whose unit is a preposed adjective alone (45 000 jeunes), an accepted wording cut after a measuring noun (… sur le taux)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (/(?<!\p{L})(?:a|va|sera|doit|avait|était)-t-(?:ils|elles)(?!\p{L})/u.test(prompt)) {
        found.push("a-t-ils");
      }
      const key = rightAnswer(question)?.canonical ?? "";
      if (
        /^Qu['’](?:(?:a|ont|avait|avaient|va|vont)\s+(?:battu|affronté|accueilli|reçu|rencontré|défié|éliminé|dominé|devancé|affronter|accueillir|recevoir|rencontrer)|accueill\p{Ll}*|affront\p{Ll}*|recevr\p{Ll}*|rencontr\p{Ll}*|battr\p{Ll}*)\s/u.test(
          prompt,
        ) &&
        /^(?:l['’]|le\s|la\s)\p{Lu}/u.test(key)
      ) {
        found.push(`« ${key} » is someone`);
      }
      if (question.type === "single_choice") {
        for (const option of question.options) {
          if (
            /^\d[\d\s,]*\s(?:jeunes|nouveaux|nouvelles|petits|petites|grands|grandes|anciens|anciennes|premiers|premières)$/u.test(
              option.text,
            )
          ) {
            found.push(`« ${option.text} »`);
          }
        }
      }
      if (question.type === "short_answer") {
        for (const form of question.accepted) {
          if (/\s(?:le|la|les|l['’])\s*(?:taux|part|nombre|niveau|teneur)$/u.test(form)) {
            found.push(`« ${form} »`);
          }
        }
      }
      return found;
    },
  },
  "round-94-shapes": {
    description:
      "a participle left unagreed after a counted noun placed before it (Combien de couples … ont-ils dénombré ?), a sum a text provides asked without what for (Combien le document prévoit-il ?), a level reached keyed as a purpose (Pourquoi … progresse-t-elle ? → pour atteindre 5,2 millions), a blank whose window opens on an apposition's tail (« … 34 ans, devront … »)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /^Combien\s+(?:de\s+|d['’])\p{L}+s\s[^?]*\s(?:ont|avaient)-(?:ils|elles)\s+\p{Ll}+é\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("unagreed participle");
      }
      if (/^Combien\s+(?:(?:le|la|l['’])\s*\p{L}+\s+prévoi|prévoi)/u.test(prompt)) {
        found.push("which sum?");
      }
      if (
        /^Complétez : « … (?:[\p{L}\d'’-]+\s){0,2}[\p{L}\d'’-]+, (?:ont|a|sont|est|devront|doivent|devra|doit|seront|sera|avaient|avait|étaient|était)\s/u.test(
          prompt,
        )
      ) {
        found.push("subject cut");
      }
      const key = rightAnswer(question)?.canonical ?? "";
      if (
        /^Pourquoi/u.test(prompt) &&
        // `pour atteindre les jeunes` reaches people, no level (set CF's Rezo Mizik).
        /^pour\s+(?:atteindre|s['’]établir|se situer|s['’]élever)\s+(?:\d|(?:près de|plus de|environ|quelque)\s|(?:le|la|les)\s+(?:seuil|barre|niveau|cap|somme|total|montant|record)(?!\p{L}))/u.test(
          key,
        )
      ) {
        found.push(`« ${key} »`);
      }
      return found;
    },
  },
  "round-95-shapes": {
    description:
      "a wire dateline inside a question (Qu'a remporté SHERBROOKE — Le Phoenix … ?), a sum cut at its thousands dot (près de 41 for 41.000 euros), *À quoi ces structures obligeaient-elles … ?* (what `ces` points at), *Qu'a ordonné … ?* of what a court ordered besides the penalty (Outre la peine …)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (
        !prompt.startsWith("Complétez") &&
        /\p{Lu}{3,}(?:\s\([^)]{2,40}\))?\s[—–]\s/u.test(prompt)
      ) {
        found.push("dateline");
      }
      const key = rightAnswer(question)?.canonical ?? "";
      const cut = /(\d+)$/u.exec(key)?.[1];
      if (
        cut &&
        evidence.includes(`${key}.`) &&
        new RegExp(`${cut}\\.\\d{3}`, "u").test(evidence)
      ) {
        found.push(`« ${key} »`);
      }
      if (
        /^À quoi (?:ces|cette|ce|cet)\s[^?]*\s(?:oblige|obligea|appel|invit|exhort|encourag|incit|pouss|autoris|contrai)\p{Ll}*/u.test(
          prompt,
        )
      ) {
        found.push("ces");
      }
      if (/^Qu['’](?:a|ont) ordonné\s/u.test(prompt) && /^Outre\s/u.test(evidence)) {
        found.push("one of several orders");
      }
      return found;
    },
  },
  "round-130-shapes": {
    description:
      "a why of a sentence that names its suspended term (Pourquoi … condamné … avec sursis ?: read as why so lenient), a count placed with no place to put it in (Combien de lutteurs place le département ?)",
    find: (question) => {
      const found: string[] = [];
      if (
        /^Pourquoi\s[^?]*(?<!\p{L})condamnée?s?\s[^?]*(?<!\p{L})avec\s+sursis(?!\p{L})/u.test(
          question.prompt,
        )
      ) {
        found.push("a why of a suspended term");
      }
      if (
        /^Combien\s+d(?:e\s|['’])\s*\p{Ll}+\s+(?:place|placent|classe|classent)\s[^?]*\?$/u.test(
          question.prompt,
        ) &&
        !/\s(?:dans|parmi|en|à)\s/u.test(question.prompt)
      ) {
        found.push("a count placed nowhere");
      }
      return found;
    },
  },
  "round-129-shapes": {
    description:
      "an accepted answer cut before what its last words need (… à partir, … le temps), a why of two finite deeds, a scale counted with no noun (Combien de millions … ?), a state named but not what it is (l'état des sols), a trip's end keyed as its reason (pour rejoindre le port de Karongi), the story's own event keyed as what came first (À la suite de quoi … ? → l'accident), a thing cut from the participle describing it (un décor géométrique | entourant un médaillon)",
    find: (question) => {
      const found: string[] = [];
      const accepted = question.type === "short_answer" ? question.accepted : [];
      const cut = accepted.find((form) =>
        /(?:^|\s)(?:à partir|à compter|le temps|la possibilité|l['’]occasion)$/u.test(form.trim()),
      );
      if (cut) found.push(`accepted « ${cut} »`);
      if (
        /^(?:Combien|De combien|À combien)\s+d(?:e\s|['’])\s*(?:millions?|milliards?|milliers?)\s+(?!d(?:e\s|['’]))/u.test(
          question.prompt,
        )
      ) {
        found.push("a scale counted with no noun");
      }
      if (/(?:^|\s)l['’]état des \p{Ll}+$/u.test(rightAnswer(question)?.canonical ?? "")) {
        found.push("a state named, not what it is");
      }
      if (
        /^Pourquoi\s[^?]*(?:-t)?-(?:il|elle|ils|elles)\s[^?]*?\set\s+(?:\p{Ll}+(?:era|eront|ra|ront)|sera|seront|sont|est|ont|a|avait|avaient)\s/u.test(
          question.prompt,
        )
      ) {
        found.push("a why of two deeds");
      }
      const key = rightAnswer(question)?.canonical ?? "";
      if (
        /^Pourquoi\s/u.test(question.prompt) &&
        /^pour\s+(?:rejoindre|regagner|se rendre|rallier|retourner)\s/u.test(key)
      ) {
        found.push("a trip's end as its reason");
      }
      if (
        /^(?:À la suite de quoi|Pourquoi)\s/u.test(question.prompt) &&
        /^(?:(?:à la suite|en raison)\s+d(?:e\s+|['’]))?(?:le|la|l['’]|cet|cette|ce)\s*(?:accident|drame|incident|naufrage|incendie|sinistre|catastrophe|tragédie|collision|explosion)$/u.test(
          key,
        )
      ) {
        found.push("the story's event as what came first");
      }
      // `Que présente le pavement ? → un décor géométrique | entourant un médaillon …`.
      if (/^Qu(?:e\s|['’])/u.test(question.prompt) && key) {
        const at = question.evidence.text.indexOf(key);
        const after = at < 0 ? "" : question.evidence.text.slice(at + key.length);
        if (
          /^\s+(?!(?:devant|pendant|durant|avant|maintenant|cependant|suivant|concernant|moyennant)\s)\p{Ll}{3,}ant\s+(?:un|une|des|le|la|les|l['’]|de|d['’])/u.test(
            after,
          )
        ) {
          found.push("a thing cut from the participle describing it");
        }
      }
      return found;
    },
  },
  "who-of-a-bare-deed": {
    description:
      "who did a deed on one bare noun (Qui a produit le film ?, Qui a mené les travaux ?): others did it too, or it is no fact of its own",
    find: (question) =>
      /^Qui (?:a|ont|avait|avaient|va|vont)\s+(?!(?:remporté|gagné|dominé|conduit|dirigé)\s)\p{Ll}+\s+(?:le|la|les|l['’])\s*\p{Ll}+\s\?$/u.test(
        question.prompt,
      )
        ? ["a who of a bare deed"]
        : [],
  },
  "round-127-shapes": {
    description:
      "a participle cut from its phrase (Combien d'hectares ont été mis ?), a why keyed with what a sum is for (Pourquoi … ont-ils accepté un crédit ? → pour la construction …), `ensuite` in a question asked alone",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      const answer = rightAnswer(question)?.canonical ?? "";
      if (/\s(?:été|sont|seront)\s+(?:mis|mise|mises|pris|prise|prises)\s\?$/u.test(prompt)) {
        found.push("a participle cut from its phrase");
      }
      if (
        /^Pourquoi\s[^?]*\s(?:un|une)\s(?:crédit|enveloppe|budget|fonds|prêt|subvention)(?:\s\p{Ll}+)?\s\?$/u.test(
          prompt,
        ) &&
        /^pour\s(?:la|le|l['’]|les|un|une)\s*\p{Ll}{3,}(?:tion|sion|ment|age|ure)s?(?!\p{L})/u.test(
          answer,
        )
      ) {
        found.push("a why keyed with what a sum is for");
      }
      if (/\sensuite\s/u.test(prompt)) found.push("`ensuite` out of its context");
      return found;
    },
  },
  "round-126-shapes": {
    description:
      "an idiom keyed as a thing made (Qu'a créé … ? → la surprise), a why of two deeds (Pourquoi … a-t-il décrété un deuil et rappelé … ?)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      const answer = rightAnswer(question)?.canonical ?? "";
      if (/^Qu['’](?:a|ont) créé\s/u.test(prompt) && /^la surprise/u.test(answer)) {
        found.push("an idiom keyed as a thing made");
      }
      if (/^Pourquoi\s[^?]*-t-(?:il|elle|ils|elles)\s[^?]*?\set\s+\p{Ll}+é\s/u.test(prompt)) {
        found.push("a why of two deeds");
      }
      return found;
    },
  },
  "round-125-shapes": {
    description:
      "a superlative with no noun (Combien de temps a duré le plus long ?), what a company signed asked vaguely (Qu'a signé l'entreprise ?)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      if (
        /\s(?:a|ont|est|sont|duré|été)\s(?:le|la|les)\s+(?:plus|moins)\s+\p{Ll}+\s\?$/u.test(prompt)
      ) {
        found.push("a superlative with no noun");
      }
      if (
        /^Qu['’](?:a|ont) signé (?:la|le|l['’])\s*(?:société|entreprise|compagnie|groupe|firme|usine) \?$/u.test(
          prompt,
        )
      ) {
        found.push("what a company signed, vaguely");
      }
      return found;
    },
  },
  "round-124-shapes": {
    description:
      "a penalty keyed without its suspended part (deux ans d'emprisonnement | , dont un an assorti du sursis), a noun-phrase sentence asked who (Qui a balayé l'explication ?), a purpose asked of seul (Pourquoi seul un groupe … s'est présenté ? → pour disputer la victoire), an event asked Qui (Qui réunit 16 équipes ? → le Tour du Rwanda), a rank keyed for a what (Qu'obtient la série D ? → le meilleur taux de réussite)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      const answer = rightAnswer(question)?.canonical ?? "";
      const evidence = question.evidence?.text ?? "";
      if (
        prompt.startsWith("À quelle peine") &&
        answer !== "" &&
        new RegExp(`${answer.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")},\\s*dont\\s`, "u").test(
          evidence,
        )
      ) {
        found.push("a penalty without its suspended part");
      }
      if (/^Qui a \p{Ll}+ l['’](?:explication|argument|hypothèse|version)\s\?$/u.test(prompt)) {
        found.push("a noun-phrase sentence asked who");
      }
      if (
        /^Pourquoi\s(?:est-ce\squ(?:e\s|['’]))?[Ss]eul(?:e|s|es)?\s/u.test(prompt) &&
        /^(?:pour|afin)\s/u.test(answer)
      ) {
        found.push("a purpose asked of seul");
      }
      if (
        /^Qui\s/u.test(prompt) &&
        /^(?:(?:le|la|l['’])\s*)?(?:Tour|Coupe|Festival|Salon|Foire|Rallye|Marathon|Championnat|Trophée|Tournoi)(?!\p{L})/u.test(
          answer,
        )
      ) {
        found.push("an event asked Qui");
      }
      if (
        /^Qu['’]/u.test(prompt) &&
        /^(?:le|la|les)\s+(?:meilleure?s?|plus|moins)\s/u.test(answer)
      ) {
        found.push("a rank keyed for a what");
      }
      return found;
    },
  },
  "round-123-shapes": {
    description:
      "a bare subject kept with its capital (est-ce que Sapeurs-pompiers et gendarmes …), a time's word left behind (à 120 agriculteurs prochain ?), a possessive subject with no owner (À combien s'élève son budget ?), a decision not named (Pourquoi la décision a-t-elle été prise ?), what was granted asked without what for (Qu'a accordé le tribunal ?), a yield keyed without its rate (11 tonnes | à l'hectare)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      if (/\sest-ce qu(?:e\s+|['’])\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+et\s+\p{Ll}/u.test(prompt)) {
        found.push("a bare subject");
      }
      if (
        /\s\p{Ll}+s?\s+(?:prochaine?|dernière|dernier)\s\?$/u.test(prompt) &&
        !/(?:automne|été|hiver|printemps|semaine|mois|année|an|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?:prochaine?|dernière|dernier)\s\?$/u.test(
          prompt,
        )
      ) {
        found.push("a time's word left behind");
      }
      if (
        /^(?:À combien|Combien|Quel(?:le)?s? est)\s+\S+\s+(?:son|sa|ses|leur|leurs)\s+\p{Ll}+\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("a possessive subject with no owner");
      }
      if (/^Pourquoi (?:la|cette) (?:décision|mesure) a-t-elle été prise \?$/u.test(prompt)) {
        found.push("a decision not named");
      }
      if (/^Qu['’](?:a|ont|avait|avaient) accordé\s[^?]*\?$/u.test(prompt)) {
        found.push("what was granted, without what for");
      }
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      if (
        /\d\s+(?:tonnes|kilos|kilogrammes|litres)$/u.test(answer) &&
        !/hectare/u.test(prompt) &&
        evidence.includes(`${answer} à l'hectare`)
      ) {
        found.push("a yield without its rate");
      }
      return found;
    },
  },
  "round-172-shapes": {
    description:
      "an h-word elided where the article does not elide it (« l'hakem » of `Le hakem`), a trend keyed as a purpose (« pour trouver des animaux de plus en plus petits »), a lack keyed bare (« à combler un manque criant »), two verbs of one subject asked by inversion (*… ouvre-t-il à 9h et ferme à 16h30 ?*)",
    find: (question, body) => {
      const { prompt } = question;
      const found: string[] = [];
      const elided = /(?<![\p{L}])[ldLD]['’](h\p{Ll}+)/u.exec(prompt)?.[1];
      if (elided && new RegExp(`(?<!\\p{L})(?:le|la|de)\\s+${elided}(?!\\p{L})`, "iu").test(body)) {
        found.push(`« ${elided} » elided`);
      }
      const right = rightAnswer(question)?.canonical ?? "";
      if (/^(?:pour|afin)\s[^?]*de\s+(?:plus|moins)\s+en\s+(?:plus|moins)/u.test(right)) {
        found.push("a trend keyed as a purpose");
      }
      if (
        /^(?:à\s+)?\p{Ll}+\s+(?:à\s+)?(?:un|une)\s+(?:manque|vide|besoin|lacune)(?:\s+\p{Ll}+)?$/u.test(
          right,
        )
      ) {
        found.push("a lack keyed bare");
      }
      if (/^Pourquoi\s[^?]*-t-(?:il|elle)\s[^?]*\set\s+\p{Ll}+\s+(?:à|de|dès)\s/u.test(prompt)) {
        found.push("two verbs asked by inversion");
      }
      return found;
    },
  },
  "round-171-shapes": {
    description:
      "the same thing as one the question does not name (*Qui observe le même mouvement … ?*), a sum paid with nothing said of what for (*Combien l'atelier paie-t-il ?*), a blank's window that is only a fronted participle's phrase (« Construite et équipée pour un montant de …… … »), a year after a past one offered as an option when no later year is told (`2026 | 2028` for floods that had drowned the fields)",
    find: (question, body) => {
      const { prompt } = question;
      const found: string[] = [];
      const outside = prompt.split(/[«“]/u)[0] ?? "";
      if (
        !prompt.startsWith("Complétez") &&
        /(?<![\p{L}'’])(?:(?:le|la)\s+même|les\s+mêmes)\s+(?!(?:période|année|mois|époque|date|jour|semaine|moment|temps)(?!\p{L}))\p{L}{3,}(?!\s+(?:de|d['’]|du|des|que|qu['’]))/u.test(
          outside,
        )
      ) {
        found.push("the same thing, unnamed");
      }
      if (
        /^Combien\s[^?]*\s(?:paie|paient|payait|verse|versent|propose|proposent|offre|offrent)(?:-t)?-(?:il|elle|ils|elles)\s\?$/u.test(
          prompt,
        ) ||
        /^Combien\s(?:paie|paient|payait|verse|versent|propose|proposent|offre|offrent)\s+(?:le|la|les|l['’])\s*[^\s?]+\s\?$/u.test(
          prompt,
        )
      ) {
        found.push("a sum paid, for nothing said");
      }
      const opening = /^Complétez : « (\p{Lu}\p{Ll}+)\s[^»]*…… … »$/u
        .exec(prompt)?.[1]
        ?.toLowerCase();
      if (
        opening &&
        participleOf(opening) !== undefined &&
        !hasFiniteVerb(prompt.replace(/^Complétez : «|»$/gu, ""))
      ) {
        found.push("a window of a fronted participle's phrase");
      }
      if (question.type === "single_choice") {
        const right = Number(rightAnswer(question)?.canonical ?? "");
        const years = [...body.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/gu)].map((m) => Number(m[0]));
        const evidence = question.evidence?.text ?? "";
        if (
          right >= 1900 &&
          right <= 2100 &&
          Math.max(...years) <= right &&
          /(?<!\p{L})(?:avai(?:t|ent)|étai(?:t|ent))(?!\p{L})/u.test(evidence) &&
          question.options.some((option) => Number(option.text) >= right + 2)
        ) {
          found.push("a year to come offered for a past one");
        }
      }
      return found;
    },
  },
  "round-170-shapes": {
    description:
      "an option's unit left in the singular from 2 on (`2,6 dinar` beside `1,6 dinar`), an object pronoun before a finite verb with nothing for it to stand for (*Qui a expliqué que les acheteurs le savaient … ?*)",
    find: (question) => {
      const found: string[] = [];
      if (question.type === "single_choice") {
        for (const { text } of question.options) {
          const unit = /^(\d+(?:,\d+)?)\s+(\p{Ll}{3,})$/u.exec(text);
          if (
            unit &&
            Number.parseFloat((unit[1] ?? "").replace(",", ".")) >= 2 &&
            nounGender(unit[2] ?? "") !== undefined &&
            !/[sxz]$/u.test(unit[2] ?? "")
          ) {
            found.push(`« ${text} » in the singular`);
          }
        }
      }
      const pronoun = /(?<![\p{L}'’]|(?<!\p{L})et\s)(?:les|la|le)\s+(\p{Ll}+)(?!\p{L})/gu;
      for (const [, word = ""] of allMatches(
        question.prompt.startsWith("Complétez") ? "" : question.prompt,
        pronoun,
      )) {
        const verb = finiteVerb(word);
        if (
          verb &&
          (verb.tense !== "present" || verb.plural) &&
          nounGender(word) === undefined &&
          nounGender(word.replace(/[sx]$/u, "")) === undefined
        ) {
          found.push(`an object pronoun before « ${word} »`);
        }
      }
      return found;
    },
  },
  "round-169-shapes": {
    description:
      "another thing the question cannot name (*Qui souligne un autre effet ?*), a why keyed with what a price pays for (*pourquoi un motocycliste exigeait-il 15 000 FC ? → pour transporter un sac*), a blank's window opening right after a preposition (« … moitié depuis … » of `de plus de moitié`), a symbolic sum asked among options (`1 $ | 2 $ | 3 $ | 4 $`)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (/(?<![\p{L}'’])(?:un|une)\s+autre\s+\p{L}+\s\?$/u.test(prompt)) {
        found.push("another thing, unnamed");
      }
      if (
        /^(?:Selon\s[^,]+,\s+p|P)ourquoi\s[^?]*(?<!\p{L})(?:exig|coût|factur|réclam|demand)\p{Ll}*(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:environ\s+|près de\s+)?\d/u.test(
          prompt,
        ) &&
        /^pour\s/u.test(rightAnswer(question)?.canonical ?? "")
      ) {
        found.push("a why keyed with what a price pays for");
      }
      const opening = /^Complétez : « … (\S+(?:\s\S+)?)/u.exec(prompt)?.[1];
      if (
        opening &&
        new RegExp(
          `(?<!\\p{L})(?:de|à|par|pour|sur|avec|dans|sans|sous|vers|chez|entre)\\s+${escapeRegExp(opening)}`,
          "u",
        ).test(evidence)
      ) {
        found.push("a window opening after a preposition");
      }
      if (
        question.type === "single_choice" &&
        /^1\s*(?:\$|€|euros?|francs?|dinars?|dirhams?)(?:\s|$)/u.test(
          rightAnswer(question)?.canonical ?? "",
        )
      ) {
        found.push("a symbolic sum among options");
      }
      return found;
    },
  },
  "round-168-shapes": {
    description:
      "`de les` contracted before a verb (« obligés des contourner »), a level's start keyed for by how much it changed (*De combien la jauge passe-t-elle ? → 420 places* of `de 420 places dans la salle à 300 places`), an accepted form ending on a verb of trying or a bare span of days (« parce qu'ils n'ont pas réussi », « pendant les jours »)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (
        /(?<![\p{L}'’])des\s+(?:contourner|vendre|acheter|garder|protéger|réparer|transporter|remplacer)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("`de les` contracted before a verb");
      }
      const right = rightAnswer(question)?.canonical ?? "";
      if (
        /^De (?:combien|quel pourcentage)\s/u.test(prompt) &&
        right &&
        new RegExp(`de\\s+${escapeRegExp(right)}[^,;:.]{1,50}?\\sà\\s+\\d`, "u").test(evidence)
      ) {
        found.push("a level's start keyed for by how much");
      }
      if (
        forms.some(
          (form) =>
            /\s(?:réussi|parvenus?|tenté|essayé)$/u.test(form) ||
            /\s(?:pendant|durant)\s+les\s+(?:jours|semaines|mois)$/u.test(form),
        )
      ) {
        found.push("an accepted form cut after a verb of trying or a bare span");
      }
      return found;
    },
  },
  "round-167-shapes": {
    description:
      "`de` elided before the plural of an aspirated-h noun (*… 18 kilomètres d'haies …*), a time read as a relative's subject (*Combien de parcelles l'an dernier a-t-il identifiées … ?*), an object pronoun before an infinitive (*… pourront ainsi les étudier … ?*), a key ending on a participle cut from where (« … 1 243 manuscrits conservés »)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      const right = rightAnswer(question)?.canonical ?? "";
      if (
        /(?<![\p{L}'’])[dlDL]['’](?:haies|hangars|hauts|hameaux|hausses|héros)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("elision before an aspirated h");
      }
      if (
        /(?:l['’]an dernier|l['’]année dernière|la semaine dernière|le mois dernier)\s+(?:a|ont|avait|avaient)-t?-?(?:il|elle|ils|elles)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("a time read as a subject");
      }
      if (
        !prompt.startsWith("Complétez") &&
        /(?<![\p{L}'’])(?:ainsi|pourront|pourra|peut|peuvent|doit|doivent|va|vont)\s+(?:les|la|le)\s+\p{Ll}+(?:er|ir|re)(?!\p{L})/u.test(
          prompt.split("«")[0] ?? "",
        )
      ) {
        found.push("an object pronoun before an infinitive");
      }
      if (/\s(?:conservée?s?|entreposée?s?|stockée?s?)$/u.test(right)) {
        found.push("a key ending on a participle cut from where");
      }
      return found;
    },
  },
  "round-166-shapes": {
    description:
      "a figure left out before a rate that goes on (*… un loyer et par cabinet ?*), a length of time asked of days out of a week (*Combien de temps tourne le torréfacteur ? → 6 jours* of `six jours sur sept`), a town described by the district it lies in (*… la commune de l'arrondissement de Verviers … ?*)",
    find: (question, body) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /\s(?:un|une|le|la|l['’])\s*\p{Ll}+\s+et\s+par\s+\p{Ll}+/u.test(prompt) &&
        !prompt.startsWith("Complétez")
      ) {
        found.push("a figure left out before a rate that goes on");
      }
      const right = rightAnswer(question)?.canonical ?? "";
      const days = /^(\d+)\s+(?:jours?|heures?|nuits?|semaines?|mois)$/u.exec(right);
      if (
        days &&
        /^Combien de temps\s/u.test(prompt) &&
        new RegExp(
          `(?:${days[1]}|\\p{Ll}+)\\s+(?:jours?|heures?|nuits?|semaines?|mois)\\s+sur\\s+\\p{L}+`,
          "u",
        ).test(question.evidence?.text ?? body)
      ) {
        found.push("a length of time asked of a share of a week");
      }
      if (
        !prompt.startsWith("Complétez") &&
        /(?:la|le|l['’])\s*(?:commune|ville|localité|village)\s+(?:de l['’]arrondissement|du (?:département|canton|district)|de la (?:province|région|wilaya))/iu.test(
          prompt,
        )
      ) {
        found.push("a town described by the district it lies in");
      }
      return found;
    },
  },
  "round-165-shapes": {
    description:
      "an event asked with *Qui* (*Qui a réuni 32 équipes … ? → Classique Ponik*), `le tout` naming what the question does not (*Combien le tout a-t-il coûté ?*), an accepted form ending on a kind without what it is of (« … d'une variété »), a minimum's options at or above the figure set beyond it (`bien au-delà du minimum de ……` beside 48 cm), a figure a split right after it gives (`96 postes, soit 32 par laboratoire`)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const right = rightAnswer(question)?.canonical ?? "";
      const found: string[] = [];
      if (
        prompt.startsWith("Qui ") &&
        /^(?:(?:la|le|l['’])\s*)?(?:première\s+|\d+e\s+)?(?:édition|classique|tournoi|festival|coupe|championnat|foire|salon|compétition|fête|marathon)(?!\p{L})/iu.test(
          right,
        )
      ) {
        found.push("an event asked with *Qui*");
      }
      if (
        /(?<![\p{L}'’])[Ll]e tout(?![\p{L}-]|\s+(?:premier|première|dernier|dernière))/u.test(
          prompt,
        )
      ) {
        found.push("« le tout » names nothing");
      }
      if (forms.some((form) => /\s(?:d['’]une|une)\s+(?:variété|espèce|catégorie)$/u.test(form))) {
        found.push("an accepted form ending on a kind");
      }
      const bound = /(\d[\d\s]*)\s*(\p{L}+)[^.]{0,40}au-delà du minimum de ……/u.exec(prompt);
      if (bound && question.type === "single_choice") {
        const limit = Number((bound[1] ?? "").replace(/\s/gu, ""));
        if (question.options.some((option) => Number.parseInt(option.text, 10) >= limit)) {
          found.push("a minimum's option at or above the figure set beyond it");
        }
      }
      const figure = right.replace(/[\s\u00a0]/gu, "").replace(/\p{L}.*$/u, "");
      if (
        figure &&
        /\d/u.test(figure) &&
        (prompt.includes("……") || /^(?:Combien|À combien)/u.test(prompt)) &&
        new RegExp(
          `${escapeRegExp(figure)}[^.;:]{0,40},\\s*soit\\s+\\d+\\s+(?:\\p{Ll}+\\s+)?par(?!\\p{L})`,
          "u",
        ).test(evidence.replace(/(\d)[\s\u00a0](?=\d{3})/gu, "$1"))
      ) {
        found.push("a figure a split right after it gives");
      }
      return found;
    },
  },
  "round-164-shapes": {
    description:
      "a subject cut inside a range (*… chez les enfants de 3 ont-ils baissé … ?* of `de 3 à 59 mois`), a why of an obligation keyed on its purpose (*Pourquoi des familles ont-elles dû vendre leurs animaux ? → pour tenir …*: what forced them is a cause too), an accepted form ending on an adjective its measure completes (« … savoir-faire vieux »), *Que* asked of people (*Que reçoit le centre ? → des femmes …*), an option a rough count of the article gives (`20` beside « une vingtaine »), a blank's window opening on a noun torn from its determiner (« … capacités de stockage … » of `ses capacités`)",
    find: (question, body) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      for (const [, figure = ""] of allMatches(
        prompt,
        /(?<!\p{L})de\s+(\d+)\s+(?:ont|a|sont|est|avaient|avait)(?:-|\s)/gu,
      )) {
        if (evidence.includes(`de ${figure} à `)) found.push("a subject cut inside a range");
      }
      if (
        /^(?:Selon [^,]+, )?[Pp]ourquoi\s[^?]*(?:\sdû|(?<!\p{L})devai(?:t|ent)(?:-t)?-\p{Ll}+)\s/u.test(
          prompt,
        ) &&
        /^(?:pour|afin)(?!\p{L})/u.test(forms[0] ?? "")
      ) {
        found.push("a why of an obligation keyed on its purpose");
      }
      if (
        forms.some((form) => /\s(?:vieux|vieilles?|longues?|profonde?s?|épaisses?)$/u.test(form))
      ) {
        found.push("an accepted form ending on an adjective its measure completes");
      }
      if (
        /^Qu(?:e\s|['’])/u.test(prompt) &&
        /^(?:les|des|leurs|ses|\d[\d\s]*)\s+(?:\p{Ll}+\s+)?(?:femmes|hommes|mères|bébés|nouveau-nés|jeunes|infirmières|infirmiers|enseignants|ouvriers|ouvrières|agents|habitants|patients|élèves|enfants|familles)(?!\p{L})/u.test(
          forms[0] ?? "",
        )
      ) {
        found.push("*Que* asked of people");
      }
      if (question.type === "single_choice" && question.kind === "number") {
        const right = rightAnswer(question)?.canonical ?? "";
        for (const [word = "", value] of [
          ["dizaine", 10],
          ["quinzaine", 15],
          ["vingtaine", 20],
          ["trentaine", 30],
          ["quarantaine", 40],
          ["cinquantaine", 50],
          ["centaine", 100],
        ] as const) {
          // `20 000 francs` is no 20; a share is no count.
          const count = (text: string) =>
            /%|pour cent/u.test(text)
              ? Number.NaN
              : Number(
                  text
                    .replace(/[\s\u00a0\u202f]/gu, "")
                    .replace(/\p{L}.*$/u, "")
                    .replace(",", "."),
                );
          const option = question.options.find(
            (one) => one.text !== right && count(one.text) === value,
          );
          const close = Math.abs(count(right) - value) <= value * 0.3;
          if (option && close && new RegExp(`une ${word}`, "iu").test(body)) {
            found.push(`option « ${option.text} » beside « une ${word} »`);
          }
        }
      }
      const torn = /^Complétez : « … (\p{Ll}[\p{L}'’-]*)\s/u.exec(prompt)?.[1];
      if (
        torn &&
        !/^(?:le|la|les|l['’].*|un|une|des|du|de|d['’].*|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces|et|ou)$/u.test(
          torn,
        ) &&
        new RegExp(
          `(?<!\\p{L})(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces)\\s+${escapeRegExp(torn)}(?!\\p{L})`,
          "u",
        ).test(evidence) &&
        !new RegExp(`[,;:]\\s+${escapeRegExp(torn)}(?!\\p{L})`, "u").test(evidence)
      ) {
        found.push(`a window opening on « ${torn} », torn from its determiner`);
      }
      return found;
    },
  },
  "round-162-shapes": {
    description:
      "a why that leaves out the hour its cause explains (*Pourquoi le départ … sera-t-il donné depuis le front de mer ? → pour éviter les fortes chaleurs*), an accepted purpose cut after whom a verb keeps from something (« pour empêcher les larves »), an object keyed with the manner after it (« la nouvelle sans crier victoire »), a blank in parentheses (« Le parcours du semi-marathon (……) »), *Que doit permettre … ?* (several answers fit)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const hour = /(?:à|vers|dès)\s+(\d{1,2}\s?h(?:\s?\d{2})?)/u.exec(evidence)?.[1];
      if (
        hour &&
        /^(?:Selon [^,]+, )?[Pp]ourquoi\s/u.test(prompt) &&
        !prompt.includes(hour) &&
        !/heure/u.test(prompt) &&
        /(?<!\p{L})(?:chaleurs?|soleil|canicule|circulation|trafic|affluence|embouteillages?)(?!\p{L})/u.test(
          forms[0] ?? "",
        )
      ) {
        found.push("a why without the hour its cause explains");
      }
      if (
        forms.some((form) =>
          /(?:empêch|dissuad)\p{Ll}*\s+(?:le|la|les|l['’]|des)\s*[\p{L}'’-]+$/u.test(form),
        )
      ) {
        found.push("an accepted purpose cut after whom a verb keeps from something");
      }
      if (
        forms.some((form) =>
          /^(?:le|la|les|l['’]|une?|des)\s*\S.*\ssans\s+\p{Ll}+(?:er|ir|re)(?!\p{L})/u.test(form),
        ) &&
        /^Qu/u.test(prompt)
      ) {
        found.push("an object keyed with the manner after it");
      }
      if (/\(\s*……\s*\)/u.test(prompt)) found.push("a blank in parentheses");
      if (
        /^Qu(?:e|['’])\s*(?:doit|doivent|devrait|devraient|a|ont|avait|avaient)?\s*(?:permettre|permis|permet|permettent|permettra|permettrait)\s[^?]*\?$/u.test(
          prompt,
        )
      ) {
        found.push("what a thing allows, asked open");
      }
      return found;
    },
  },
  "round-161-shapes": {
    description:
      "`de` kept before a name that elides it (*… la cuverie de Hélène Gouraud ?*), a cause set last asked of two verbs (*… testent des cépages plus tardifs ou relèvent la hauteur … ? → pour protéger les grappes*), a short what of one deed told among others (*Qu'ont permis les travaux ?* of `ont aussi permis`), options without the rate the figure is given per (`19 litres` for `19 litres par seconde`), a count asked without its year where the sentence sets it against the year before (`412 … en 2025, contre 665 l'année précédente`)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      const found: string[] = [];
      // The article's own spelling stands in a blank's sentence (`de Ouagadougou`, `de Halba`).
      const written = prompt.startsWith("Complétez") ? "" : prompt;
      for (const [, name = ""] of allMatches(written, /(?<![\p{L}'’])de\s+(\p{Lu}\p{Ll}+)/gu)) {
        if (startsWithVowelSound(name) && !/^Ou/u.test(name)) {
          found.push(`« de ${name} » not elided`);
        }
      }
      if (
        /^(?:Selon [^,]+, )?[Pp]ourquoi\s/u.test(prompt) &&
        allMatches(prompt, /\s(?:et|ou)\s+(\p{Ll}+ent)\s/gu).some(
          ([, word = ""]) => finiteVerb(word)?.plural === true,
        )
      ) {
        found.push("a cause set last asked of two verbs");
      }
      if (
        /^Qu['’](?:a|ont|avait|avaient)\s(?!(?:demandé|réclamé|exigé)\s)[^?]+\?$/u.test(prompt) &&
        prompt.split(/\s+/u).length <= 7 &&
        /(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:aussi|également|par ailleurs|en outre)\s+\p{Ll}+/u.test(
          evidence,
        )
      ) {
        found.push("a short what of one deed among others");
      }
      if (question.type === "single_choice" && /^\d/u.test(answer) && !/\spar\s/u.test(answer)) {
        const at = evidence.indexOf(answer);
        const rate = at >= 0 ? rateAfter(evidence.slice(at + answer.length)) : undefined;
        if (rate && !prompt.includes(rate.written) && !prompt.includes(rate.per)) {
          found.push(`options without « ${rate.written} »`);
        }
      }
      if (
        /^(?:Combien|À combien|Quel)\s/u.test(prompt) &&
        !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(prompt) &&
        question.type === "single_choice" &&
        /,\s+contre\s[^.;]*(?:l['’]année précédente|l['’]an dernier|l['’]année dernière)/u.test(
          evidence,
        )
      ) {
        const figure = answer.replace(/[\s\u00a0\u202f]/gu, "").replace(/\p{L}.*$/u, "");
        const compact = evidence.replace(/[\s\u00a0\u202f]/gu, "");
        if (
          figure &&
          new RegExp(`${figure}[^,]{0,60}en(?:19|20)\\d\\d,contre`, "u").test(compact)
        ) {
          found.push("a count asked without the year set against the year before");
        }
      }
      return found;
    },
  },
  "round-160-shapes": {
    description:
      "an adverb left hanging before a cause (*… jusqu'à Caen simplement ?*), an age read as the cause (*… une formation à 63 ans ?*), a purpose that names nothing alone (« pour combler le manque »), a place asked with *Qui* (*Qui concentre l'essentiel des vergers … ?*), a blank on one of two days of one month (« Les …… et 15 juillet »), a count asked without the year that sets it apart (*Combien de réparations … ?*, 1 870 in 2025 against 960 in 2023), one of several announcements (*Qu'annoncent les organisateurs ?* of `annoncent par ailleurs`), an accepted form cut inside `salle des fêtes`",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const answer = rightAnswer(question)?.canonical ?? "";
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const why = /^(?:Selon [^,]+, )?[Pp]ourquoi\s/u.test(prompt);
      if (why && /\s(?:simplement|uniquement|seulement|juste)\s\?$/u.test(prompt)) {
        found.push("an adverb left hanging before a cause");
      }
      if (why && /\sà\s\d{1,3}\s+ans\s\?$/u.test(prompt)) found.push("an age read as the cause");
      if (
        /^(?:pour|afin d['’e])\s*\p{Ll}+\s+(?:le|la|les|l['’])\s*(?:rythme|cadence|facture|note|addition|charge|manque|écart|retard|tendance|situation|pression|mouvement)$/u.test(
          forms[0] ?? "",
        )
      ) {
        found.push("a purpose that names nothing alone");
      }
      if (
        /^Qui\s+(?:concentre|abrite|compte|regroupe|recense|possède|détient|totalise|représente|produit|fournit|accueille)(?:nt)?(?!\p{L})/u.test(
          prompt,
        ) &&
        /^(?:(?:la|le|les)\s+|l['’])(?:régions?|communes?|wilayas?|provinces?|villes?|villages?|localités?|zones?|départements?|quartiers?|vallées?|plaines?|îles?|pays|territoires?|cantons?|districts?)(?!\p{L})/u.test(
          answer,
        )
      ) {
        found.push("a place asked with Qui");
      }
      if (
        /……\s+(?:et|au|à)\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|(?<!\d)\d{1,2}(?:er)?\s+(?:et|au|à)\s+……\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/u.test(
          prompt,
        )
      ) {
        found.push("a blank on one of two days");
      }
      const years = new Set(evidence.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu));
      if (
        /^(?:Combien|À combien)\s/u.test(prompt) &&
        !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(prompt) &&
        years.size > 1 &&
        /\scontre\s[^.;]*\sen\s(?:19|20)\d\d/u.test(evidence) &&
        question.type === "single_choice"
      ) {
        const figure = answer.replace(/\s/gu, "").replace(/\p{L}.*$/u, "");
        const compact = evidence.replace(/[\s\u00a0\u202f]/gu, "");
        if (figure && new RegExp(`${figure}\\p{L}*en(?:19|20)\\d\\d`, "u").test(compact)) {
          found.push("a count asked without the year that sets it apart");
        }
      }
      if (
        /^Qu'annonce(?:nt|ra|ront)?\s[^?]+\?$/u.test(prompt) &&
        /annon[cç]\p{L}*\s+(?:par ailleurs|également|aussi|en outre)(?!\p{L})/u.test(evidence)
      ) {
        found.push("one of several announcements");
      }
      if (
        forms.some((form) => /\s(?:salles?|comités?)$/u.test(form)) &&
        /des fêtes/u.test(evidence)
      ) {
        found.push("an accepted form cut inside `salle des fêtes`");
      }
      return found;
    },
  },
  "round-157-158-shapes": {
    description:
      "a cleft read into a question (*Qu'avait défendu C'est ici qu'… ?*), a subject opening on a preposition (*Comment du bureau sédunois s'explique-t-il ?*), a question ending on `peu` (*… ses derniers adversaires peu ?*), a blank's fragment opened on a complement before its verb (« … des ruines de la forteresse médiévale a fait l'objet … »), options that drop the counted noun's complement (`14 plans` for `plans d'eau`), an accepted cause cut on a noun of time (« … une troisième année consécutive »), *Qu'ont annoncé les autorités ?* where more than one announcement is told, a cause cut before the incise that splits it (« l'ouverture » of `l'ouverture, pour la première fois, des concours`)",
    find: (question, body) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (
        !prompt.startsWith("Complétez") &&
        /.\sC['’]est\s/u.test(prompt.replace(/«[^»]*»/gu, "« »"))
      ) {
        found.push("a cleft read into a question");
      }
      if (/^(?:Selon [^,]+, )?(?:Comment|Pourquoi|À quoi)\s+(?:du|au|aux|de la)\s/u.test(prompt)) {
        found.push("a subject opening on a preposition");
      }
      if (/\speu\s\?$/u.test(prompt)) found.push("a question ending on `peu`");
      if (
        /^Complétez : « … (?:dans|de|du|des|à|au|aux|sur)\s(?:(?!\squi\s)[^,;:«»…]){2,80}?\s(?:a|est|était|avait)\s+\p{Ll}+[éiut]e?s?\s/u.test(
          prompt,
        )
      ) {
        found.push("a blank's fragment opened on a complement");
      }
      if (question.type === "single_choice") {
        const unit = /^\d[\d\s\u00a0.,]*\s(\p{Ll}+)$/u.exec(question.options[0]?.text ?? "")?.[1];
        if (
          unit &&
          /^(?:plans?|cours|points?)$/u.test(unit) &&
          new RegExp(`\\s${unit}\\s+d['’]eau`, "u").test(evidence)
        ) {
          found.push("options that drop the counted noun's complement");
        }
      }
      // The form stops on a noun of time that the evidence goes on to qualify (`de faibles
      // précipitations`).
      const goesOn = (form: string) => {
        const tail = form.split(/\s+/u).slice(-3).join(" ");
        return new RegExp(`${tail}\\s(?:de|des|du|d['’])`, "u").test(evidence);
      };
      if (
        forms.some(
          (form) =>
            /\s(?:années?|consécuti(?:f|fs|ve|ves)|mois|semaines?|saisons?|période)$/u.test(form) &&
            goesOn(form),
        )
      ) {
        found.push("an accepted cause cut on a noun of time");
      }
      const announced =
        /^Qu'(?:a|ont|avait|avaient) annoncé ((?:le|la|les|l['’])\s*[^?A-Z]+) \?$/u.exec(prompt);
      if (
        announced &&
        prompt.split(/\s+/u).length <= 7 &&
        (body.toLowerCase().match(/annon[cç]\p{L}*/gu) ?? []).length > 1
      ) {
        found.push("one of several announcements asked of a generic subject");
      }
      const bare = forms[0]?.replace(/^(?:l['’]|la |le |les )/u, "");
      if (bare && !/\s/u.test(bare) && bare !== forms[0]) {
        const at = evidence.indexOf(`${bare},`);
        if (
          at >= 0 &&
          /^,\s[^,]{3,40},\s(?:de|des|du|d['’])/u.test(evidence.slice(at + bare.length))
        ) {
          found.push("a cause cut before the incise that splits it");
        }
      }
      return found;
    },
  },
  "round-156-shapes": {
    description:
      "a key rounded (« plus de 400 nids ») where the article gives the figure exactly (`412 nids`), a blank on the year of a day and month (« à partir du 1er septembre …… »), a blank on a road's number (« près de l'autoroute …… »), a passive purpose that does not agree with who it is asked of (*Pourquoi le minimum a-t-il été fixé … ? → pour être sélectionnée*), a subject read across a colon (*À quoi la performance a-t-elle contraint les organisateurs ?*)",
    find: (question, body) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const rounded = /^(?:plus|près|moins)\s+de\s+(\d[\d\s\u00a0\u202f]*)\s+(\p{L}+)/u.exec(
        forms[0] ?? "",
      );
      if (rounded?.[1] && rounded[2]) {
        const value = Number(rounded[1].replace(/\D/gu, ""));
        const exact = allNumbersBefore(body, rounded[2]).some(
          (other) => other !== value && Math.abs(other - value) <= 0.15 * value,
        );
        if (exact) found.push("a rounded key of an exact figure");
      }
      if (
        /(?<!\d)\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+……/u.test(
          prompt,
        )
      ) {
        found.push("a blank on a date's year");
      }
      if (/(?<!\p{L})(?:autoroute|route|nationale|ligne)\s+……/u.test(prompt)) {
        found.push("a blank on a road's number");
      }
      if (
        /-(?:t-)?ils?\s/u.test(prompt) &&
        forms.some((form) => /^pour\s+(?:être|avoir été)\s+\p{Ll}+ées?$/u.test(form))
      ) {
        found.push("a passive purpose of someone else");
      }
      const subject =
        /^(?:À quoi|Qu['’]|Que|Pourquoi|Qui)\s*(?:[^?]*?\s)?(?:la|le)\s+(\p{Ll}{4,})\s+(?:a|ont|avait)-t-/u.exec(
          prompt,
        )?.[1];
      const colon = evidence.indexOf(" : ");
      if (
        subject &&
        colon > 0 &&
        evidence.slice(0, colon).includes(subject) &&
        !evidence.slice(colon).includes(subject)
      ) {
        found.push("a subject read across a colon");
      }
      return found;
    },
  },
  "round-155-shapes": {
    description:
      "a why keyed with a purpose set first whose noun is of something said before (« pour suivre le rythme », « pour alléger la facture »), a count asked of the first of a list of things (*Combien de tonnes de mil … ?* for `42 tonnes de mil, de sorgho, de maïs et de niébé`), a blank's fragment opened inside the subject's apposition (« … dans la province du Boulkiemdé, est passé de 78 % à …… »)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (
        forms.some((form) =>
          /^(?:pour|afin d['’e])\s*\p{Ll}+\s+(?:le|la|l['’])\s*(?:rythme|cadence|facture|coût|note|addition|charge|écart|retard|tendance|situation|manque|pression|mouvement)$/u.test(
            form,
          ),
        ) &&
        /^(?:Pour|Afin)\s/u.test(evidence)
      ) {
        found.push("a purpose tied to the sentence before");
      }
      const counted = /^Combien\s+d(?:e\s+|['’])\s*\p{Ll}+\s+(?:de|d['’])\s*(\p{Ll}+)/u.exec(
        prompt,
      )?.[1];
      if (
        counted &&
        new RegExp(`(?:de\\s+|d['’])${counted},\\s+(?:de\\s+|d['’])\\p{Ll}+`, "u").test(evidence)
      ) {
        found.push("a count of a list asked of its first");
      }
      if (
        /^Complétez : « … (?:dans|de|du|des|à|au|aux|en|sur)\s[^,;:«»…]{2,80},\s+(?:est|sont|a|ont|était|avait|sera|va|doit|peut)\s/u.test(
          prompt,
        )
      ) {
        found.push("a fragment without its subject");
      }
      return found;
    },
  },
  "round-154-shapes": {
    description:
      "*Qui* answered by a described place (« la commune des Hauts du Sud »), a clitic before an infinitive (*Qui envisage de la reproduire ?*), people pointed at (`parmi eux`, *Que formeront les meilleurs ?*), a possessive no noun of the question owns (*À combien doit passer leur débit cumulé ?*), a question cut after a participle its sentence goes on with (« d'occasion achetée ? », `en Italie`), a past figure asked without its year (*Combien d'hectares les herbiers couvraient-ils ?*, `en 2016`), a figure asked without the rate after what it counts (*Combien de tonnes peut traiter l'unité ?*, `de tubercules par jour`), an option within a tenth of a figure said to be about so much (round 153: `19 m2` beside `environ 18 m2`)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      if (
        /^Qui\s/u.test(prompt) &&
        forms.some((form) =>
          /^(?:la|le)\s+(?:commune|ville|région)\s.*\s(?:du|au)\s+(?:Nord|Sud|Est|Ouest|Centre)(?!\p{L})/u.test(
            form,
          ),
        )
      ) {
        found.push("a described place for who");
      }
      if (
        /(?<!\p{L})(?:de|à|pour)\s+(?:la|le|les)\s+(?:reproduire|faire|refaire|utiliser|vendre|construire|réparer|financer|remplacer|étendre|généraliser)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("a clitic before an infinitive");
      }
      if (
        /(?<!\p{L})(?:parmi|chez|avec)\s+(?:eux|elles)(?!\p{L})|(?<!\p{L})les\s+(?:meilleurs|meilleures|premiers|derniers)\s*\?/u.test(
          prompt,
        )
      ) {
        found.push("people pointed at");
      }
      const possessive = /(?<!\p{L})(?:leur|leurs|son|sa|ses)\s+\p{Ll}/u.exec(prompt);
      if (
        possessive &&
        !/^(?:Qui|Complétez)\s/u.test(prompt) &&
        !/(?<!\p{L})(?:(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|ils|elles|il|elle|on|de|plusieurs|certains|certaines|quelques|nombreux|nombreuses|chaque|Quel|Quelle|Quels|Quelles)(?!\p{L})|[ld]['’])|\s\p{Lu}/u.test(
          prompt.slice(0, possessive.index),
        )
      ) {
        found.push("a possessive with no owner");
      }
      const evidence = question.evidence?.text ?? "";
      const cut = /(?:\s|['’])(\p{Ll}+)\s(\p{Ll}+(?:ée|é|ées|és))\s*\?$/u.exec(prompt);
      if (
        cut?.[1] &&
        cut[2] &&
        !prompt.startsWith("Complétez") &&
        nounGender(cut[2]) === undefined &&
        !/^(?:le|la|les|un|une|des|du|de|sa|son|ses|leur|leurs|ce|cet|cette|ces|été|est|sont|a|ont|sera|seront|être|jamais|déjà|bien|mal|très|plus|pas)$/u.test(
          cut[1],
        ) &&
        new RegExp(
          `[\\s'’]${cut[1]}\\s+${cut[2]}\\s+(?:en(?! raison)|à(?! cause| la suite)|au|aux|dans|chez|depuis|par)\\s`,
          "u",
        ).test(evidence)
      ) {
        found.push("a question cut after a participle");
      }
      if (
        /\p{Ll}(?:ait|aient)(?:-t)?-(?:il|elle|ils|elles)(?!\p{L})[^?]*\?$/u.test(prompt) &&
        !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(prompt) &&
        /\d[^,.;]{0,40}?(?<!\p{L})en\s+(?:19|20)\d\d(?!\d)/u.test(evidence)
      ) {
        found.push("a past figure without its year");
      }
      // The rate after what the key's own figure counts, not another figure's.
      const key = rightAnswer(question)?.canonical ?? "";
      const number = /^\d[\d\s\u00a0\u202f,]*/u.exec(key)?.[0].trim() ?? "";
      const at = number && !/\spar\s/u.test(key) ? evidence.indexOf(number) : -1;
      const rate =
        at < 0
          ? undefined
          : /^\d[\d\s\u00a0\u202f,]*\s\p{Ll}+\s+(?:de|d['’])\s*(?:[\p{Ll}'’-]+\s+){1,4}?par\s+(jour|an|année|mois|semaine|heure)(?!\p{L})/u.exec(
              evidence.slice(at),
            )?.[1];
      if (
        rate &&
        /^(?:Combien|À combien)/u.test(prompt) &&
        !new RegExp(`(?<!\\p{L})(?:par|chaque|l['’]|le|la)\\s*${rate}`, "u").test(prompt)
      ) {
        found.push("a figure without its rate");
      }
      if (question.type === "single_choice" && number && !/%/u.test(key)) {
        const keyValue = Number(number.replace(/[\s\u00a0\u202f]/gu, "").replace(",", "."));
        const about = new RegExp(
          `(?:environ|près de|quelque|autour de)\\s+${escapeRegExp(number)}(?!\\d)`,
          "u",
        ).test(evidence);
        const close = question.options.some((option) => {
          const value = Number(
            (/^\d[\d\s\u00a0\u202f,]*/u.exec(option.text)?.[0] ?? "")
              .replace(/[\s\u00a0\u202f]/gu, "")
              .replace(",", "."),
          );
          return (
            option.text !== key &&
            Number.isFinite(value) &&
            value > 0 &&
            Math.abs(value - keyValue) / keyValue < 0.1
          );
        });
        if (about && keyValue > 0 && close) found.push("an option too close to an approximate key");
      }
      return found;
    },
  },
  "dev-why-shapes": {
    description:
      "a why keyed with a purpose cut before what it shows (« pour montrer aux jeunes »), or with a moment cut from its relative (« pour protéger les populations au moment »); a why asked of a saying rather than of the deed it reports (*Pourquoi X affirme-t-il avoir prolongé … ?*)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      if (
        forms.some((form) =>
          /(?<!\p{L})(?:montrer|démontrer|prouver|dire|rappeler|expliquer|faire comprendre)(?:\s+(?:à|aux)\s+[^\s]+(?:\s+[^\s]+)?)?$|(?<!\p{L})(?:au|le|du)\s+moment$|(?<!\p{L})(?:à|de)\s+la\s+période$/u.test(
            form,
          ),
        )
      ) {
        found.push("a key cut before what it needs");
      }
      if (
        /^(?:Selon [^,]+, )?Pourquoi\s[^?]*\s(?:affirme|estime|reconnaît|dit|assure|explique)(?:nt)?-t-(?:il|elle)s?\s+avoir\s/u.test(
          prompt,
        )
      ) {
        found.push("a why of the saying");
      }
      return found;
    },
  },
  "round-153-shapes": {
    description:
      "a why keyed with what points back (« pour tenter d'enrayer le phénomène »), `d'y` with nothing for `y` (*Quel agriculteur continuera d'y faire pâturer … ?*), a count cut from who (*Qui compte de la 6e à la 3e ?*), a time stuck to the counted noun before `est-ce que` (*Combien de tonnes de plantes en une semaine est-ce que … ?*)",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      if (
        forms.some((form) =>
          /\s(?:le|ce)\s+(?:phénomène|problème|fléau)$|\s(?:la|cette)\s+(?:situation|pratique)$/u.test(
            form,
          ),
        )
      ) {
        found.push("a key that points back");
      }
      if (/(?:^|\s)[dn]['’]y\s/u.test(prompt.split("«")[0] ?? ""))
        found.push("`y` with nothing for it");
      if (
        /^Qui\s+(?:compte|comptent|accueille|réunit|regroupe|emploie)\s+(?:de|du|des|à|au|aux|en)\s/u.test(
          prompt,
        )
      ) {
        found.push("a count cut from who");
      }
      if (
        /^Combien\s+d(?:e\s|['’])[^?]*\s(?:en|dans|pendant|cette|ce)\s[^?]*\sest-ce\s+qu/u.test(
          prompt,
        )
      ) {
        found.push("a time before `est-ce que`");
      }
      return found;
    },
  },
  "round-152-shapes": {
    description:
      "a verb of seeing cut from what its infinitive did (*Qui a vu le prix du sac … passer ?*), a share its complement gives away (`…… de farine de blé et de 30 % de farine de manioc`), a call keyed without what it calls for (*Qu'a lancé … ? → un appel aux producteurs*), a demonym keyed as a name (*Quelle lettre d'une jeune … ? → Genevoise*), a key cut from what it is valid for (« une vignette valide »), a blank's fragment cut on `ne`",
    find: (question) => {
      const { prompt } = question;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      if (
        /^Qui\s+(?:a|ont|avait)\s+(?:vu|entendu)\s[^?]*\s\p{Ll}+(?:er|ir|re)\s\?$/u.test(prompt)
      ) {
        found.push("a verb of seeing cut from its infinitive's complement");
      }
      if (question.type === "single_choice" && prompt.startsWith("Complétez")) {
        const right = question.options.find((option) => option.id === question.answer)?.text ?? "";
        const value = /^(\d{1,3}(?:,\d+)?)\s?%$/u.exec(right)?.[1];
        const shares = [...prompt.matchAll(/(?<![\d,])(\d{1,3}(?:,\d+)?)\s?%/gu)].map((share) =>
          Number((share[1] ?? "").replace(",", ".")),
        );
        if (
          value &&
          shares.length > 0 &&
          Math.abs(
            shares.reduce((sum, share) => sum + share, Number(value.replace(",", "."))) - 100,
          ) < 0.01
        ) {
          found.push("a share its complement gives away");
        }
      }
      if (/^Complétez : «[^»]*\s(?:ne|n['’])\s*…\s*»$/u.test(prompt)) {
        found.push("a fragment cut on `ne`");
      }
      const key = forms[0] ?? "";
      if (
        /^Qu['’](?:a|ont|avait)\s+lancé\s/u.test(prompt) &&
        /^un appel\s+(?:à|aux|au)\s/u.test(key)
      ) {
        found.push("a call keyed without what it calls for");
      }
      if (
        /^(?:Quel|Quelle)\s[^?]*\s(?:une?|jeunes?)\s+(?:\p{Ll}+\s+)?\?$|^(?:Quel|Quelle)\s[^?]*\sd['’]une?\s+jeune\s/u.test(
          prompt,
        ) &&
        /^\p{Lu}\p{Ll}+$/u.test(key)
      ) {
        found.push("a demonym keyed as a name");
      }
      if (/\s(?:valide|valable|réservée?|destinée?)$/u.test(key)) {
        found.push("a key cut from what it is valid for");
      }
      return found;
    },
  },
  "round-151-shapes": {
    description:
      "an object pronoun with no antecedent (*Qui explique l'avoir construit ?*), one part of a split count asked as the whole (*Combien d'emplacements le bâtiment compte-t-il ? → 296*, of `296 … pour des vélos classiques et 24 pour …`), a kind of body or a described place keyed for *Qui* (« PME », « la commune du nord de Grande-Terre »), a wording cut before what `permettre à …` allows (« pour permettre aux producteurs de pommes »), an announcement asked without its date (*Qu'annoncent les organisateurs ?* of `… en août 2027`)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence.text;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      if (
        !prompt.startsWith("Complétez") &&
        /\s(?:l['’]|leur\s+)(?:avoir|a|ont|avait|avaient)\s+\p{Ll}+/u.test(
          prompt.split("«")[0] ?? "",
        )
      ) {
        found.push("an object pronoun with no antecedent");
      }
      if (question.type === "single_choice" && /^Combien\s/u.test(prompt)) {
        const right = question.options.find((option) => option.id === question.answer)?.text;
        const figure = right?.split(/\s+(?=\p{L})/u)[0];
        if (
          figure &&
          new RegExp(
            `${figure.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}\\s+\\p{L}+\\s+(?:pour|de|en)\\s[^,.;:()]{0,50}?(?:\\s+et|,)\\s+\\d[\\d\\s]*\\s+(?:pour|de|en)\\s`,
            "u",
          ).test(evidence)
        ) {
          found.push("one part of a split count");
        }
      }
      if (/^Qui\s/u.test(prompt)) {
        for (const form of forms) {
          if (
            /^(?:(?:la|le|l['’])\s*)?(?:PME|PMI|TPE|ETI|ONG)$/u.test(form) ||
            /^(?:la|le|l['’])\s*(?:commune|ville|municipalité|village|région|province|capitale)(?:(?:\s+[^\p{Lu}\s]\S*)*$|\s.*(?<!\p{L})(?:du|au)\s+(?:nord|sud|est|ouest|centre)(?!\p{L}))/u.test(
              form,
            )
          ) {
            found.push("a kind of body or a described place keyed for who");
            break;
          }
        }
      }
      for (const form of forms) {
        if (
          /(?:^|\s)permettre\s+(?:à|au|aux)\s(?!.*\s(?:de|d['’])\s*(?:se\s+|s['’])?\p{Ll}+(?:er|ir|re)(?:\s|$))/u.test(
            form,
          )
        ) {
          found.push("a wording cut before what is allowed");
          break;
        }
      }
      if (/^Qu['’]annoncen?t?\s[^?]*\?$/u.test(prompt) && forms.length > 0) {
        const key = forms[0] ?? "";
        const after = evidence.split(key)[1] ?? "";
        if (/^\s+(?:en|pour)\s+(?:\p{Ll}+\s+)?(?:19|20)\d\d(?!\p{L})/u.test(after)) {
          found.push("an announcement asked without its date");
        }
      }
      return found;
    },
  },
  "round-150-shapes": {
    description:
      "years offered for a decade (`à partir des années ……` → 1871 | 1872 | 1874), a blank whose fragment opens on a relative pronoun (`« … qui représentent … près de …… »`), a subject whose possessive has no owner in the question (*À combien sont passées les prises déclarées à son embouchure ?*)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (question.type === "single_choice" && /(?<!\p{L})années\s+……/u.test(prompt)) {
        if (
          question.options.some(
            (option) => /^\d{4}$/u.test(option.text) && Number(option.text) % 10 !== 0,
          )
        ) {
          found.push("years offered for a decade");
        }
      }
      if (/^Complétez : « …\s+(?:qui|que|dont|où)\s/u.test(prompt)) {
        found.push("a fragment opening on a relative pronoun");
      }
      if (
        /^(?:À combien|Combien)\s[^?]*\s(?:à|de|du|des|dans|sur)\s+(?:son|sa|ses|leur|leurs)\s+\p{Ll}+\s*\?$/u.test(
          prompt,
        ) &&
        !/^(?:À combien|Combien)\s[^?]*\s(?:son|sa|ses|leur|leurs)\s[^?]*\s(?:à|de|du|des|dans|sur)\s/u.test(
          prompt,
        )
      ) {
        found.push("a possessive with no owner in the question");
      }
      return found;
    },
  },
  "round-149-shapes": {
    description:
      "an accepted wording cut on a noun of quantity or mixture before what it is of (« pour administrer aux enfants une combinaison », « le projet à hauteur »), a key that says whose a thing is, not what (« sa propre centrale »)",
    find: (question) => {
      const evidence = question.evidence.text;
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      const found: string[] = [];
      for (const form of forms) {
        if (
          /\s(?:combinaison|mélange|série|ensemble|dose|quantité|liste|somme|hauteur|part)$/u.test(
            form,
          ) &&
          evidence.includes(`${form} d`)
        ) {
          found.push(`« ${form} » cut before what it is of`);
        }
      }
      if (forms.some((form) => /^(?:sa|son|ses|leur|leurs)\s+propres?\s/u.test(form))) {
        found.push("a key that says whose, not what");
      }
      return found;
    },
  },
  "round-148-shapes": {
    description:
      "a scale named after its degrees asked as a temperature (*Quelle température … affichaient-ils Oechsle ?* for `78 degrés Oechsle`), a who question on a bare object the sentence names by a complement (*Qui vise une sélection ?* of `une sélection pour les Jeux du Pacifique`)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence.text;
      const found: string[] = [];
      if (/^Quelle température\s.*\s\p{Lu}\p{Ll}+\s\?$/u.test(prompt)) {
        found.push("a named scale read as a temperature");
      }
      const bare = /^Qui\s(?:\p{Ll}+\s){1,3}(une?|des)\s(\p{Ll}+)\s\?$/u.exec(prompt);
      if (
        bare &&
        new RegExp(`${bare[1]}\\s${bare[2]}\\s+(?:pour|à|au|aux)\\s`, "u").test(evidence)
      ) {
        found.push("a bare object its complement names");
      }
      return found;
    },
  },
  "round-147-shapes": {
    description:
      "who runs something asked in the past (Qui a dirigé l'atelier ? — `L'atelier, dirigé par …`), a count of months the months named give (`d'août à octobre … pendant près de …… mois`), one cause keyed of three a verb lists (à A, au B et à C → A), an option the prompt states in words (`en demande désormais cinq` → 5 jours offered), an object cut before its means (`la première cartographie | par drone des foggaras`)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence.text;
      const key = rightAnswer(question)?.canonical ?? "";
      const found: string[] = [];
      const ran = /^Qui a (dirig|présid|gér|pilot|anim|coordonn)\p{Ll}*\s/u.exec(prompt)?.[1];
      if (ran && new RegExp(`,\\s+${ran}\\p{Ll}*\\s+par\\s`, "u").test(evidence)) {
        found.push("who runs it asked in the past");
      }
      if (
        /……\s*mois/u.test(prompt) &&
        /(?<!\p{L})(?:d(?:e\s+|['’])|entre\s+)(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?:à|et)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/iu.test(
          prompt,
        )
      ) {
        found.push("months named give the count");
      }
      if (
        /^À quoi .* attribu/u.test(prompt) &&
        !/,|\set\s/u.test(key) &&
        /attribu\p{Ll}*\s[^,]*\s(?:à|au|aux)\s[^,]+,\s+(?:à|au|aux)\s[^,]+\s+et\s+(?:à|au|aux)\s/u.test(
          evidence,
        )
      ) {
        found.push("one cause of a list of three");
      }
      if (question.type === "single_choice" && question.kind === "number") {
        const words = (
          prompt.match(/(?<!\p{L})(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?!\p{L})/giu) ??
          []
        ).map(
          (word) =>
            ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"].indexOf(
              word.toLowerCase(),
            ) + 2,
        );
        for (const option of question.options) {
          if (option.id === question.answer) continue;
          // `3,5 millions $` is no 3, nor `2 625 …` a 2.
          const digits = /^\d[\d\s\u00a0\u202f]*(?:,\d+)?/u.exec(option.text)?.[0] ?? "";
          const scaled = /^\d[\d\s\u00a0\u202f,]*\s+(?:millions?|milliards?)(?!\p{L})/u.test(
            option.text,
          );
          const value = scaled
            ? Number.NaN
            : Number(digits.replace(/[\s\u00a0\u202f]/gu, "").replace(",", "."));
          if (words.includes(value)) found.push(`« ${option.text} » stated in the prompt`);
        }
      }
      if (/^Qu['’]/u.test(prompt)) {
        const at = evidence.indexOf(key);
        if (
          at >= 0 &&
          /^\s+par\s+(?:drone|satellite|avion|hélicoptère|bateau)(?!\p{L})/u.test(
            evidence.slice(at + key.length),
          )
        ) {
          found.push(`« ${key} » cut before its means`);
        }
      }
      return found;
    },
  },
  "round-146-shapes": {
    description:
      "a change asked of the clause's subject when a relative's noun changes (À combien passe le département ? — `dont la capacité passe de 1 200 à 4 000 places`), a fall's range keyed as the level reached (`a baissé de 15 à 30 %` → 30 %), a subject whose `son` points back (À combien s'élève son coût total ?), *Que* asked of people received (→ les patients), why a sum was voted keyed with what it is for (Pourquoi … ont-ils accepté un crédit ? → pour agrandir …)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence.text;
      const key = rightAnswer(question)?.canonical ?? "";
      const found: string[] = [];
      if (/^À combien (?:passe|est passée?|a passé)\s/u.test(prompt)) {
        if (/\sdont\s[^,;:]{2,60}\spasse\s+de\s/u.test(evidence))
          found.push("a relative's noun changed");
        const range = /(?:baissé|reculé|chuté|diminué)\s+de\s+(\d+)\s+à\s+(\d+)\s*%/u.exec(
          evidence,
        );
        if (range && Number(range[1]) < Number(range[2]))
          found.push("a fall's range keyed as a level");
      }
      if (
        /^(?:À combien|Combien|Quel(?:le)?s? est|Quand|Où)\s+(?:s['’]\p{Ll}+|\p{Ll}+)\s+(?:son|sa|ses|leur|leurs)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("a possessive subject pointing back");
      }
      if (
        /^Que\s+(?:recevr|accueill|reçoi|reçu|accueilli)/u.test(prompt) &&
        /^(?:les|des|\d[\d\s]*)\s*(?:\p{Ll}+\s+)?(?:patients|malades|élèves|enfants|habitants|visiteurs|familles|clients|passagers|usagers|étudiants|spectateurs|participants|personnes)(?!\p{L})/u.test(
          key,
        )
      ) {
        found.push("*Que* for people");
      }
      if (
        /^(?:Selon [^,]+, )?[Pp]ourquoi .*(?:un|une|le|la|l['’])\s*(?:crédit|budget|emprunt|enveloppe|subvention|financement|prêt|investissement|dotation)(?:\s+de\s+[^?]*)?\s\?$/u.test(
          prompt,
        ) &&
        /^(?:pour|afin)\s/u.test(key)
      ) {
        found.push("what a sum is for, asked as why it was voted");
      }
      return found;
    },
  },
  "round-145-shapes": {
    description:
      "an object pronoun for someone unsaid (Combien le programme leur a-t-il versé ?), a habit asked without what makes it news (Qui quitte son domicile ? — at 5h50), a business keyed as the person it is named after (la fromagerie Bernardeau → Hélène Bernardeau), a measure's unit cut in the prompt (le bâtiment de 850 mètres | carrés), a figure asked without where it holds when the sentence compares it with one elsewhere (11 quintaux dans les zones pluviales, contre 32 dans les périmètres irrigués)",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence.text;
      const found: string[] = [];
      if (
        !prompt.startsWith("Complétez") &&
        /(?<!\p{L})(?:leur|lui|les|l['’])\s*\p{Ll}+-(?:t-)?(?:il|elle|ils|elles|on)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("a pronoun for someone unsaid");
      }
      if (
        /^Qui\s+(?!a\s|est\s|sera\s|avait\s)\p{Ll}+\s+(?:sa|son|ses)\s+\p{L}+\s\?$/u.test(prompt)
      ) {
        found.push("a habit asked bare");
      }
      if (/^Qui\s/u.test(prompt)) {
        const key = rightAnswer(question)?.canonical ?? "";
        const surname = key.split(/\s+/u).at(-1) ?? "";
        if (
          /\s/u.test(key) &&
          !evidence.toLowerCase().includes(key.toLowerCase()) &&
          new RegExp(
            `(?:[Ll]a|[Ll]e|[Ll]['’])\\s*(?:fromagerie|boulangerie|maison|ferme|famille|société|entreprise|brasserie|scierie|librairie|pharmacie|clinique|imprimerie)\\s+${escapeRegExp(surname)}(?!\\p{L})`,
            "u",
          ).test(evidence)
        ) {
          found.push(`« ${key} » for the business named after them`);
        }
      }
      for (const unit of prompt.matchAll(
        /\d[\d\s]*\s(mètres|kilomètres|centimètres)(?!\s+(?:carrés|cubes))(?!\p{L})/gu,
      )) {
        const written = unit[0].replace(/\s+/gu, " ");
        if (
          evidence.replace(/\s+/gu, " ").includes(`${written} carrés`) ||
          evidence.replace(/\s+/gu, " ").includes(`${written} cubes`)
        ) {
          found.push(`« ${written} » without its « carrés »`);
        }
      }
      if (question.kind === "number" && !prompt.startsWith("Complétez")) {
        const qualifier =
          /(?:dans|chez|sur)\s+(?:les|la|le|l['’]|des)\s*[^,;:.()]{3,60}(?=,\s+contre\s+(?:près de\s+|environ\s+)?\d[^,;:.()]{0,40}?\s(?:dans|chez|sur)\s)/u.exec(
            evidence,
          )?.[0];
        if (qualifier && !prompt.includes(qualifier)) found.push(`« ${qualifier} » left out`);
      }
      return found;
    },
  },
  "round-122-shapes": {
    description:
      "a discourse marker copied into a question (ont d'ailleurs pris la parole), a trip or a measure not named (Quelle est la durée du trajet ?, À combien grimpe la mesure …), a deed the answer's own names (Qui a porté son attaque décisive ?), a time keyed as what set something off (Qu'est-ce qui avait déclenché l'enquête ? → le printemps 2022), a question that stops before the sentence's alternative (relogées dans le hall sportif | ou chez des proches)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (prompt.startsWith("Complétez")) return found;
      const answer = rightAnswer(question)?.canonical ?? "";
      if (
        /\s(?:d['’]ailleurs|par ailleurs|en outre|également|toutefois|pourtant)\s/u.test(prompt)
      ) {
        found.push("a discourse marker");
      }
      if (
        /^Quelle est la (?:durée|longueur|distance) du (?:trajet|parcours|voyage) \?$/u.test(prompt)
      ) {
        found.push("a trip not named");
      }
      if (/^À combien (?:grimpe|passe|monte|s['’]élève) la mesure\s/u.test(prompt)) {
        found.push("a measure that climbs");
      }
      if (/^Qui\s+(?:a|avait)\s+\p{Ll}+\s+(?:sa|son|ses)\s+\p{L}+\s+\p{Ll}+\s\?$/u.test(prompt)) {
        found.push("the answer's own deed");
      }
      if (
        /^Qu['’]est-ce qui\s/u.test(prompt) &&
        /^(?:le |au |en )?(?:printemps|été|automne|hiver|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})(?:\s+\d{4})?$/u.test(
          answer,
        )
      ) {
        found.push("a time keyed as a cause");
      }
      // `relogées dans le hall sportif de la commune | ou chez des proches`.
      const evidence = question.evidence?.text ?? "";
      const tail = prompt
        .replace(/\s*\?$/u, "")
        .split(/\s+/u)
        .slice(-3)
        .join(" ");
      const at = evidence.indexOf(tail);
      if (
        at !== -1 &&
        /^\s*,?\s+ou\s+(?:chez|dans|à|au|aux|en|sur|par|pour|avec)(?!\p{L})/u.test(
          evidence.slice(at + tail.length),
        )
      ) {
        found.push("an alternative left out");
      }
      return found;
    },
  },
  "round-121-shapes": {
    description:
      "an idiom of manner cut in a prompt (Qui a dominé la course de bout ?), a thing named by a demonstrative (le bol de cette farine de manioc), a lasting state asked as a deed (Qui a géré l'aire protégée ?), one of several things asked alone (Qu'est-ce qui a été mis en alerte ? of « a aussi été »), a Qui of a sentence told of one category (Chez les dames, …), a blank compared with a figure the prompt cuts off",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      if (prompt.startsWith("Complétez")) {
        if (/^Complétez : « …[^\d«»]*\scontre ……/u.test(prompt)) found.push("comparison cut");
        return found;
      }
      if (/\sde bout \?$|\shaut la \?$/u.test(prompt)) found.push("an idiom cut");
      if (
        /(?<![\p{L}-])(?:[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s+(?!(?:que|qui|qu['’]|dont|derni\p{Ll}+|année|édition|campagne|semaine|saison|mois|soir|matin|week-end|jour|jours|nuit|an|siècle)(?!\p{L}))\p{Ll}/u.test(
          prompt.replace(/«[^«»]*»/gu, ""),
        )
      ) {
        found.push("a demonstrative thing");
      }
      if (/^Qui a (?:géré|exploité|détenu|possédé|administré|habité|occupé) /u.test(prompt)) {
        found.push("a lasting state asked as a deed");
      }
      if (
        /^Qu['’]est-ce qui (?:a|ont) été /u.test(prompt) &&
        /\s(?:a|ont)\s+(?:aussi|également)\s+été\s/u.test(evidence)
      ) {
        found.push("one of several");
      }
      if (
        /^Qui\s/u.test(prompt) &&
        /^Chez les (?:dames|femmes|hommes|messieurs),/u.test(evidence)
      ) {
        found.push("a category left out");
      }
      return found;
    },
  },
  "round-120-shapes": {
    description:
      "a change that points back (Comment ce retard s'explique-t-il ?, À quoi … attribuent-ils ce repli ?), a rank asked without its category (Qui a pris la 2e place ? of « La Luxembourgeoise … »), a sentence's reason asked of « un homme » (Pourquoi le tribunal a-t-il condamné un homme ?)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      if (prompt.startsWith("Complétez")) return found;
      if (
        /(?<!\p{L})(?:ce|cette|ces|cet)\s+(?:retard|repli|recul|hausse|baisse|chute|flambée|envolée|phénomène|situation|stratégie|décision|mesure|choix|écart)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("a change that points back");
      }
      if (
        /^Qui a (?:pris|obtenu|décroché|terminé à) la \d+(?:e|re) place \?$/u.test(prompt) &&
        /(?:^|\s)La \p{Lu}\p{Ll}+(?:aise|ienne|ine|ane|ise|ade|e)\s+\p{Lu}/u.test(evidence)
      ) {
        found.push("a rank without its category");
      }
      if (
        /^Pourquoi\s[^?]*condamné\s+une?\s+(?:homme|femme|individu|personne)\s*\?$/u.test(prompt)
      ) {
        found.push("« un homme » of several");
      }
      return found;
    },
  },
  "round-119-shapes": {
    description:
      "a name keyed short of its hyphen (Police grand for Police grand-ducale), a subject that points back (Pourquoi cette stratégie a-t-elle ses limites ?, Qu'a annoncé la société ?), the purpose of a deed said after `et expliqué avoir` asked of the saying (Pourquoi le prévenu avait-il reconnu les faits et expliqué avoir utilisé l'argent ?)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      if (prompt.startsWith("Complétez")) return found;
      if (answer && new RegExp(`${escapeRegExp(answer)}-\\p{L}`, "u").test(evidence)) {
        found.push(`« ${answer} » cut at a hyphen`);
      }
      if (
        /^(?:Selon [^,]+, )?[Pp]ourquoi (?:cette|ce|cet|ces)\s+(?!année|semaine|saison|mois|printemps|été|automne|hiver)\p{Ll}/u.test(
          prompt,
        ) ||
        /^Qu['’](?:a|ont|avait|avaient) (?:annoncé|décidé) (?:la|le|l['’])\s*(?:société|entreprise|compagnie|structure|organisation|association) \?$/u.test(
          prompt,
        )
      ) {
        found.push("a subject that points back");
      }
      if (
        /^(?:Selon [^,]+, )?[Pp]ourquoi\s[^?]*(?:expliqué|indiqué|déclaré|affirmé|précisé) (?:avoir|être)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("the saying asked why");
      }
      return found;
    },
  },
  "round-118-shapes": {
    description:
      "a key that points back and names nothing (Qu'est-ce qui a provoqué la consternation ? → l'annonce)",
    find: (question) => {
      const answer = rightAnswer(question)?.canonical ?? "";
      if (question.prompt.startsWith("Complétez")) return [];
      return /^(?:l['’](?:annonce|initiative|opération|affaire|incident|information)|la (?:décision|mesure|nouvelle|situation|proposition)|le (?:projet|drame|constat))$/u.test(
        answer.trim(),
      )
        ? [`« ${answer} »`]
        : [];
    },
  },
  "round-117-shapes": {
    description:
      "a distance for a relative's subject (Combien d'hectares une trentaine de kilomètres d'Houndé cultive-t-ils ?), a purpose that belongs to « pressés de vendre », an hour in a why's key (pour délibérer à 16h40), « des plus d'un siècle » for « de plus d'un siècle », who did a thing whose noun complements another (Qui a versé la culture ? of « la contribution à la culture versée par »), who did something to its own (Qui avait suspendu ses opérations ?), one agent of two past an acronym (par la FSB (…) et le transformateur …), a name keyed short of its complement (Association de curling | du Nord de l'Ontario), a count dropped from an accepted wording (les pontes | de trois espèces), share options below half the answer (1,8 % for 15,4 %)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      const gapFill = prompt.startsWith("Complétez");
      if (
        !gapFill &&
        /(?<!\p{L})(?:kilomètres|km)\s+d(?:e\s|['’])\s*\p{Lu}[^?]*-t-(?:ils?|elles?)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("a distance for a subject");
      }
      if (
        prompt.startsWith("Pourquoi") &&
        /(?:pressé|contraint|obligé)e?s?\s+de\s+\p{Ll}+\s*\?$/u.test(prompt)
      ) {
        found.push("the purpose of the eager ones");
      }
      if (
        /\s(?:à|vers)\s+\d{1,2}\s?h(?:\d{2})?$/u.test(answer) &&
        /^(?:pour|afin)\s/u.test(answer)
      ) {
        found.push("an hour in a why's key");
      }
      if (/^des\s+(?:plus|moins|près)\s+d/u.test(answer)) found.push("des plus d'");
      const complement =
        /\p{Ll}{3,}\s+à\s+(?:la|le|les|l['’])\s*(\p{Ll}+)\s+\p{Ll}+(?:é|ée|és|ées)\s+par\s/u.exec(
          evidence,
        );
      if (
        complement?.[1] &&
        new RegExp(`^Qui a \\p{Ll}+ (?:la|le|les|l['’])\\s*${complement[1]} \\?$`, "u").test(prompt)
      ) {
        found.push("a noun's complement as what was done");
      }
      if (
        /^Qui\s+(?:a|avait)\s+\p{Ll}+\s+(?:sa|son|ses)\s+(?!titres?\s|démission\s)\p{L}+\s\?$/u.test(
          prompt,
        )
      ) {
        found.push("its own thing");
      }
      if (
        /^Qui\s/u.test(prompt) &&
        /\spar\s[^()]+\([^()]+\)\s+et\s+(?:le|la|les|l['’])\s*\p{Ll}+\s+\p{Lu}/u.test(evidence)
      ) {
        found.push("one agent of two");
      }
      if (
        /^\p{Lu}\p{Ll}+\s/u.test(answer) &&
        new RegExp(`${escapeRegExp(answer)}\\s+(?:du|de la|de l['’]|des|de)\\s*\\p{Lu}`, "u").test(
          evidence,
        )
      ) {
        found.push("a name keyed short");
      }
      const forms = question.type === "short_answer" ? [question.answer, ...question.accepted] : [];
      for (const form of forms) {
        const longer = forms.find((other) =>
          new RegExp(
            `^${escapeRegExp(form)}\\s+de\\s+(?:\\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s`,
            "u",
          ).test(other),
        );
        if (longer && /\s(?:les|des|ses|leurs)\s+\p{Ll}+$/u.test(form)) found.push(`« ${form} »`);
      }
      if (question.type === "single_choice" && /%$/u.test(answer)) {
        const value = Number.parseFloat(answer.replace(",", "."));
        const low = question.options.filter(
          (option) => Number.parseFloat(option.text.replace(",", ".")) < value / 2,
        );
        if (value >= 10 && low.length > 0) found.push("a share's option below half");
      }
      return found;
    },
  },
  "round-116-shapes": {
    description:
      "an adjective for a subject (Pourquoi la seule a-t-elle donné … ?), a passive read after a degree (Qui a élevé le niveau jugé trop ? of « jugé trop élevé par »), a figure set against the one before blanked (Le coton de deuxième choix sera, lui, acheté à …… le kilo.)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const gapFill = prompt.startsWith("Complétez");
      if (
        !gapFill &&
        /(?<!\p{L})(?:le|la|les|l['’]|une?)\s*(?:seule?s?|premi(?:er|ère)s?|derni(?:er|ère)s?|autres?)\s+\p{Ll}+-(?:t-)?(?:ils?|elles?)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("an adjective for a subject");
      }
      // `tout au plus`, `au moins`, `de plus`: idioms that end a clause, no degree.
      if (/^Qui\s[^?]*(?<!(?:au|de|du))\s(?:trop|très|plus|moins|assez)\s*\?$/u.test(prompt)) {
        found.push("a passive read after a degree");
      }
      if (gapFill && /,\s(?:lui|elle|eux|elles),\s/u.test(prompt)) {
        found.push("a figure set against the one before");
      }
      return found;
    },
  },
  "round-115-shapes": {
    description:
      "a number keyed short of its decimals (restituer solidairement 3, of « 3,2 millions »), Qui … a condamné ? when the story sentences someone else too, a score asked as what (Qu'a obtenu le film ? → une note moyenne de 4,71 sur 5), the first ones of nothing named (Quand les premières séances doivent-elles débuter ?), one of two levels (fixés à 30.000 FC … et à 75.000 FC), why a thing served (Pourquoi les sommes ont-elles servi à … ?), one cause of two set off by an incise (par A, qui …, et par B), who did a bare thing its relative names (Qui a adopté un règlement ? of « un règlement qui interdira … »)",
    find: (question, body) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      const gapFill = prompt.startsWith("Complétez");
      const number = /\d$/u.test(answer) ? evidence.indexOf(answer) : -1;
      if (number >= 0 && /^[,.]\d/u.test(evidence.slice(number + answer.length))) {
        found.push(`number cut short: « ${answer} »`);
      }
      const others = body.replace(evidence, "");
      if (
        /^Qui\s[^?]*\scondamnée?s?\s*\?$/u.test(prompt) &&
        /(?<!\p{L})(?:condamnée?s?|a écopé|ont écopé)(?!\p{L})/u.test(others)
      ) {
        found.push("who was sentenced, when someone else was too");
      }
      if (
        /^Qu(?:e\s|['’])/u.test(prompt) &&
        /^(?:un|une|son|sa|leur)\s+(?:note|score|moyenne|taux)(?:\s+\p{Ll}+)?\s+(?:de|d['’])\s*\d/u.test(
          answer,
        )
      ) {
        found.push(`score asked as what: « ${answer} »`);
      }
      if (
        !gapFill &&
        /\s(?:les|des)\s+premi(?:er|ère)s\s+\p{Ll}+\s+\p{Ll}+-(?:t-)?(?:ils|elles)(?:\s+\p{Ll}+)?\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("the first ones of nothing named");
      }
      const level = /^À combien\s/u.test(prompt)
        ? evidence.indexOf(answer.split(" ")[0] ?? "")
        : -1;
      if (
        level >= 0 &&
        /^(?:[^;.!?]|[.,](?=\d)){0,60}?\s(?:en|pour|dans|sur|chez)\s(?:[^;.!?]|[.,](?=\d)){0,40}?(?:,\s*|\s+et\s+)à\s+\d/u.test(
          evidence.slice(level + 1),
        )
      ) {
        found.push("one of two levels");
      }
      if (/^Pourquoi\s[^?]*\sservi\s+à\s/u.test(prompt)) found.push("why a thing served");
      const bare = /^Qui\s[^?]*\s((?:un|une|des)\s+[\p{L}'’-]+)\s*\?$/u.exec(prompt)?.[1];
      if (bare && evidence.includes(`${bare} qui `))
        found.push(`« ${bare} » named by its relative`);
      const cause = answer ? evidence.indexOf(answer) : -1;
      if (
        cause >= 0 &&
        !gapFill &&
        /^\s*,\s*(?:qui|que|dont|où)\s[^;.]*?,\s*(?:et|ainsi que|mais aussi)\s+(?:par|à|au|aux)\s/u.test(
          evidence.slice(cause + answer.length),
        )
      ) {
        found.push(`one cause of two: « ${answer} »`);
      }
      return found;
    },
  },
  "round-114-shapes": {
    description:
      "an object pronoun copied into a question (Combien de voix est-ce que le « non » l'a emporté … ?), a blank the vote's two counts add up to (composé de …… lecteurs, … par 6 voix contre 3), a figure asked as what (Qu'a réalisé la société ? → un chiffre d'affaires de 640 MDH), a size asked as what (Qu'ont annoncé les CFF ? → un chantier de grande ampleur), an indefinite subject inverted (… des bus assureront-ils ?), the first offence of a list (pour faux, of `pour faux, usage de faux et escroquerie`)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = rightAnswer(question)?.canonical ?? "";
      const gapFill = prompt.startsWith("Complétez");
      if (!gapFill && /\sl['’](?:a|ont|avait|avaient)\s+\p{Ll}+/u.test(prompt)) {
        found.push("object pronoun copied");
      }
      const vote = /(?<!\d)(\d+)\s+voix\s+(?:pour\s+(?:et\s+)?)?contre\s+(\d+)(?!\d)/u.exec(prompt);
      if (gapFill && vote && Number.parseInt(answer, 10) === Number(vote[1]) + Number(vote[2])) {
        found.push("the vote adds up to the blank");
      }
      const what = /^Qu(?:e\s|['’])/u.test(prompt);
      if (
        what &&
        /^(?:un|une|son|sa|leur)\s+(?:chiffre d['’]affaires|bénéfice|déficit|budget|montant)\s+(?:de|d['’])\s*\d/u.test(
          answer,
        )
      ) {
        found.push(`figure asked as what: « ${answer} »`);
      }
      if (
        what &&
        /^(?:un|une)\s+\p{Ll}+\s+(?:de\s+grande\s+ampleur|d['’]envergure|ambitieux|majeur|colossal)$/u.test(
          answer,
        )
      ) {
        found.push(`size asked as what: « ${answer} »`);
      }
      if (
        !gapFill &&
        /\sdes\s+\p{Ll}+(?:\s+(?:de|d['’])\s*\p{Ll}+)?\s+\p{Ll}+-(?:t-)?(?:ils|elles)\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("indefinite subject inverted");
      }
      const afterKey = /^pour\s/u.test(answer) ? evidence.split(`${answer}, `)[1] : undefined;
      // `…, le projet couvre 85 hectares et …`: the main clause after a fronted purpose, no list.
      if (
        afterKey !== undefined &&
        /^(?!(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l['’])\p{Ll}[^,.]*\set\s/u.test(
          afterKey,
        )
      ) {
        found.push(`first offence of a list: « ${answer} »`);
      }
      return found;
    },
  },
  "round-113-shapes": {
    description:
      "why an aim is the aim (Pourquoi l'objectif est-il d'attirer … ?), why a vote asked without what was voted (Pourquoi le conseil a-t-il voté lundi ?), when keyed with the date first planned (Prévu le 9 novembre, le lancement a été repoussé → Quand … repoussé ?), one offer among several asked as what (Au-delà des spectacles, le festival propose … → Que propose le festival ?)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const answer = question.type === "short_answer" ? question.answer : "";
      if (
        /^(?:Selon\s[^,?]+,\s+)?[Pp]ourquoi\s+(?:l['’]objectif|le but|l['’]idée|l['’]enjeu|la priorité)\s+(?:est|était|sera)(?:-t)?-(?:il|elle)\s/u.test(
          prompt,
        )
      ) {
        found.push("why an aim is the aim");
      }
      if (
        /^Pourquoi\s[^?]*\s(?:voté|adopté|approuvé)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+soir)?)?\s*\?$/u.test(
          prompt,
        )
      ) {
        found.push("why a vote, without what was voted");
      }
      const planned =
        /^(?:Initialement\s+)?(?:[Pp]révue?s?|[Pp]rogrammée?s?)\s+(?:le\s+|pour\s+le\s+)?([^,]+),/u.exec(
          evidence,
        );
      if (/^Quand\s/u.test(prompt) && answer && planned?.[1]?.includes(answer)) {
        found.push("when keyed with the date first planned");
      }
      if (
        /^Qu(?:e|['’])\s*(?:propose|proposent|offre|offrent|proposera|offrira)(?!\p{L})/u.test(
          prompt,
        ) &&
        /^(?:Au-delà|Outre|En plus|En marge|À côté)(?!\p{L})/u.test(evidence)
      ) {
        found.push("one offer among several asked as what");
      }
      return found;
    },
  },
  "round-112-shapes": {
    description:
      "a modal left in a who-question turned from a passive (Qui a marqué la soirée devait être ?), a purpose keyed for what means are for (manquer de moyens pour soigner …), a blank window opening on a pronoun (… et celles d'huile de palme de ……), who gave reasons (Qui avait justifié sa demande ?), a purpose that says nothing (pour sortir de la crise)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      if (
        /\s(?:doit|doivent|devait|devaient|devrait|devraient|peut|peuvent|pourrait|pourraient)\s+être\s+\?$/u.test(
          prompt,
        )
      ) {
        found.push("modal left in the question");
      }
      const evidence = question.evidence?.text ?? "";
      if (
        /^Pourquoi\s/u.test(prompt) &&
        /(?<!\p{L})(?:moyens|ressources|fonds|argent|budget|personnel|matériel)\s+pour\s/u.test(
          evidence,
        ) &&
        question.type === "short_answer" &&
        /^pour\s/u.test(question.answer) &&
        evidence.includes(`moyens ${question.answer}`)
      ) {
        found.push("purpose of the means keyed as why");
      }
      if (/^Complétez : « … (?:et\s+)?(?:celles?|ceux|celui)(?!\p{L})/u.test(prompt)) {
        found.push("blank window opening on a pronoun");
      }
      if (/^Qui\s+(?:a|ont|avait|avaient)\s+(?:justifié|motivé)\s/u.test(prompt)) {
        found.push("who gave reasons, asked instead of which");
      }
      if (
        question.type === "short_answer" &&
        /^pour\s+(?:sortir de (?:la|cette) crise|y remédier|faire face (?:à la|à cette) (?:situation|crise))$/u.test(
          question.answer,
        )
      ) {
        found.push("purpose that says nothing");
      }
      return found;
    },
  },
  "round-111-shapes": {
    description:
      "a key that only counts a category named elsewhere (deux phénomènes combinés), a figure asked for keyed as decided (la défense plaidait pour une peine de 18 mois → Quelle est la durée de la peine ?), a blank window opening on its verb past the subject (… ne pèsent plus que …… du chiffre d'affaires)",
    find: (question) => {
      const found: string[] = [];
      const { prompt } = question;
      const answer = question.type === "short_answer" ? question.answer : "";
      if (
        /^(?:deux|trois|quatre|cinq|plusieurs)\s+(?:phénomènes|initiatives|facteurs|mesures|raisons|causes|actions|éléments|axes|volets|problèmes|difficultés|leviers|pistes|priorités|objectifs)(?!\p{L})/u.test(
          answer,
        )
      ) {
        found.push("key counting a category");
      }
      const evidence = question.evidence?.text ?? "";
      if (
        question.kind === "number" &&
        !prompt.startsWith("Complétez") &&
        /(?<!\p{L})(?:requis|réclamait|plaidait|demandait)\s[^.;!?]{0,45}\d/u.test(evidence) &&
        !/(?<!\p{L})(?:condamn|écop|inflig|prononc)\p{Ll}*/u.test(evidence) &&
        !/requi|réclam|plaid|demand/u.test(prompt)
      ) {
        found.push("figure asked for, keyed as decided");
      }
      const opening = /^Complétez : « … (?:n['’]|ne\s+)(\p{Ll}+)/u.exec(prompt);
      if (opening && finiteVerb(opening[1] ?? "") !== undefined) {
        found.push("blank window opening on its verb");
      }
      return found;
    },
  },
  "round-110-shapes": {
    description:
      "a period named by what it repeats, with nothing to say which (… réclame-t-il plutôt 17 % sur la même période ?); a key cut after an elided word (un prolongement de la ligne jusqu'); a count asked of a verb of reasons (Combien de facteurs l'entreprise justifie-t-elle ?); a requested sentence asked as a duration (Combien de temps avait requis le procureur ?); a blank window cut inside a range (… situés entre 8 …) or opening on an apposition whose verb lost its subject (… la 3e du genre depuis sa création, a mobilisé ……); a count of the reasons an article gives (2 causes | 3 causes …)",
    find: (question) => {
      const found: string[] = [];
      if (
        /(?<!\p{L})(?:la même (?:période|date|année|saison)|le même (?:mois|jour))(?!\s+(?:de|d['’]|du|des|que|qu['’]|l['’]an))(?![-\p{L}])/u.test(
          question.prompt,
        )
      ) {
        found.push("period without what it repeats");
      }
      if (question.type === "short_answer" && /\p{L}['’]$/u.test(question.answer.trim())) {
        found.push("key cut after an elided word");
      }
      const { prompt } = question;
      if (
        /^Combien\s[^?«]*(?<!\p{L})(?:justifi|motiv)\p{Ll}*(?:-t)?-(?:il|elle|ils|elles)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("count asked of a verb of reasons");
      }
      if (
        /^Combien de temps\s[^?]*(?<!\p{L})(?:requis|réclamé|prononcé|infligé)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("penalty asked as a duration");
      }
      if (/\s(?:entre|de)\s+\d+\s…\s»$/u.test(prompt))
        found.push("blank window cut inside a range");
      if (
        question.type === "single_choice" &&
        question.options.some((option) =>
          /^\d+\s+(?:causes|raisons|facteurs|motifs)$/u.test(option.text),
        )
      ) {
        found.push("count of the reasons an article gives");
      }
      if (
        /^Complétez : « … (?:(?:le|la|les|un|une)\s|l['’])[^,«»…]{0,60}, (?:a|ont|est|sont)\s[^…]*……/u.test(
          prompt,
        )
      ) {
        found.push("blank window opening on an apposition, its verb without subject");
      }
      return found;
    },
  },
  "round-109-shapes": {
    description:
      "a finite verb left before an inversion (… doit commencer est-elle prévue ?), others with no antecedent (… les deux autres chez des proches), a quotation mark doubled at a blank's window (« « Nous …)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /\s(?:doit|doivent|devait|devaient|va|vont|peut|peuvent)\s+\p{Ll}+(?:er|ir|re)\s+(?:est|sont|a|ont|sera|seront)-(?:t-)?(?:il|elle)s?(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("verb before the inversion");
      }
      if (/^[^«]*\sles\s+(?:deux|trois|quatre)\s+autres(?!\p{L})/u.test(prompt)) {
        found.push("others without antecedent");
      }
      if (/«\s*«/u.test(prompt)) found.push("quotation mark doubled");
      return found;
    },
  },
  "round-107-shapes": {
    description:
      "a count keyed from a proportion (quatre salariés sur dix asked as 4 salariés), a ranking asked without its complement (le classement for le classement par équipes), a decimal comma read as a break (arrive 8 % d'admis from 66,8 %), a league's number blanked (la Ligue ……), an object cut at tout en or au moment où",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const { prompt } = question;
      const key = rightAnswer(question)?.canonical ?? "";
      const found: string[] = [];
      const unit = /^\d+\s+(\p{L}+)$/u.exec(key)?.[1];
      if (
        unit &&
        new RegExp(
          `(?<!\\p{L})${escapeRegExp(unit)}\\s+sur\\s+(?:dix|cent|mille|deux|trois|quatre|cinq)(?!\\s+(?:ans|années|mois|jours|semaines))(?!\\p{L})`,
          "u",
        ).test(evidence)
      ) {
        found.push("proportion as a count");
      }
      if (
        /(?<!\p{L})classement\s\?$/u.test(prompt) &&
        /(?<!\p{L})classement\s+(?:par|général|individuel)(?!\p{L})/u.test(evidence)
      ) {
        found.push("ranking without its complement");
      }
      for (const decimal of evidence.matchAll(/\d,(\d+)\s*%/gu)) {
        if (new RegExp(`^[^«]*\\s${decimal[1]}\\s*%`, "u").test(prompt)) {
          found.push("decimal comma as a break");
        }
      }
      if (/(?<!\p{L})(?:Ligue|Formule)\s+……/u.test(prompt)) found.push("league number blanked");
      if (/\s(?:tout|au moment)\s\?$/u.test(prompt) || /\stout$/u.test(key)) {
        found.push("object cut at tout en / au moment où");
      }
      return found;
    },
  },
  "round-106-shapes": {
    description:
      "a blank at one end of a range in words (deux à …… par semaine), a what-question without the adverb that says which fact (Qu'avait annoncé … ? for « avait initialement annoncé »), an inverted subject that is someone's (… ses équipes ont-elles …)",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const { prompt } = question;
      const found: string[] = [];
      if (
        /(?<!\p{L})(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:à|ou)\s+……/u.test(
          prompt,
        )
      ) {
        found.push("range end");
      }
      const what = /^Qu['’](a|ont|avait|avaient)\s+(\p{Ll}+)\s/u.exec(prompt);
      if (
        what &&
        new RegExp(
          `(?<!\\p{L})${what[1]}\\s+(?:initialement|provisoirement|finalement)\\s+${what[2]}(?!\\p{L})`,
          "u",
        ).test(evidence)
      ) {
        found.push("framing adverb dropped");
      }
      if (
        /^[^«?]*\s(?:son|sa|ses|leur|leurs)\s+\p{Ll}+\s+\p{Ll}+-(?:t-)?(?:il|elle|ils|elles)(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("someone's subject");
      }
      return found;
    },
  },
  "round-105-shapes": {
    description:
      "a verb and its pronoun that disagree (l'ouverture est-ils prévue), a question cut after « deux fois », a means read onto a recommending (Grâce à quoi les auteurs préconisent-ils … ?)",
    find: (question) => {
      const { prompt } = question;
      const found: string[] = [];
      if (
        /(?<!\p{L})(?:(?:est|a|sera|était|avait)-(?:t-)?(?:il|elle)s|(?:sont|ont|seront|étaient|avaient)-(?:il|elle))(?!\p{L})/u.test(
          prompt,
        )
      ) {
        found.push("disagreeing inversion");
      }
      if (/\sfois\s\?$/u.test(prompt)) found.push("fois, how often?");
      if (/^Grâce à quoi\s.*(?:préconis|recommand|propos|sugg)/u.test(prompt)) {
        found.push("means of a recommending");
      }
      return found;
    },
  },
  "round-103-shapes": {
    description:
      "a cause cut before the participle phrase that is the offence (de poulpe | pêché en pleine période de repos biologique), temperatures far off (29 °C → 49 | 70 °C), a blank restating the figure before it (quatre cent douze (……)), a question ending on accessibles",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const { prompt } = question;
      const found: string[] = [];
      if (question.type === "short_answer" && /^Pourquoi\s/u.test(prompt)) {
        const rest = evidence.split(question.answer)[1] ?? "";
        if (/^\s+\p{Ll}+(?:é|ée|és|ées)\s+(?:en|pendant|durant|dans|sans)\s/u.test(rest)) {
          found.push("participle phrase cut");
        }
      }
      if (question.type === "single_choice") {
        const values = question.options
          .filter((option) => /°C$/u.test(option.text))
          .map((option) => Number.parseFloat(option.text.replace(",", ".")));
        if (values.length > 1 && Math.max(...values) - Math.min(...values) > 25) {
          found.push("temperatures far apart");
        }
      }
      if (
        /(?:\d|cents?|mille|ze|ante|ingt|rois|atre|inq|six|ept|uit|euf|dix)\s+\(……\)/u.test(prompt)
      ) {
        found.push("restated figure");
      }
      if (/\s(?:uniquement\s+)?accessibles?\s*\?$/u.test(prompt)) found.push("accessible to what");
      return found;
    },
  },
  "round-102-shapes": {
    description:
      "a relative cut at an aside (pour avoir provoqué l'incendie qui a ravagé), a key cut to its head noun (la baisse | marquée des quotas …), an anaphoric time kept (signée le jour même), a choice whose other option the sentence gives for others (6 euros pour les adultes et 3 euros pour …), Qu'accueillera … ?",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const { prompt } = question;
      if (question.type === "short_answer") {
        const relative = /\squi\s+(?:a|ont|avait|avaient)\s+\p{Ll}+$/u.exec(question.answer);
        if (relative && evidence.includes(`${question.answer},`)) found.push("relative cut");
        const longest = Math.max(...question.accepted.map((form) => form.split(/\s+/u).length));
        if (/^(?:la|le|l['’])\s*\p{Ll}+$/u.test(question.answer) && longest >= 6) {
          found.push(`key « ${question.answer} »`);
        }
      }
      if (
        !prompt.startsWith("Complétez") &&
        /(?<!\p{L})(?:le jour même|le lendemain|ce jour-là)(?!\p{L})/u.test(prompt)
      ) {
        found.push("anaphoric time");
      }
      if (question.type === "single_choice" && !prompt.includes("……")) {
        const right = question.options.find((option) => option.id === question.answer)?.text ?? "";
        const forOthers = question.options.some(
          (option) =>
            option.id !== question.answer &&
            new RegExp(`à ${escapeRegExp(option.text)} pour les\\s`, "u").test(evidence),
        );
        if (forOthers && new RegExp(`${escapeRegExp(right)} pour les\\s`, "u").test(evidence)) {
          found.push("a figure for others among the options");
        }
      }
      if (/^Qu['’]accueill/u.test(prompt)) found.push("Qu'accueill…");
      return found;
    },
  },
  "round-101-shapes": {
    description:
      "a speech verb taken for a name's noun (Quelle redoute tient une boulangerie ? of `», redoute Sandrine Pasche, qui tient …`), options past the other end of a range (entre …… et 110 → 120, 140)",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const head = /^Quel(?:le)?s?\s+(\p{Ll}+)\s/u.exec(question.prompt)?.[1];
      if (head && new RegExp(`[»"”],\\s+${escapeRegExp(head)}\\s+\\p{Lu}`, "u").test(evidence)) {
        found.push(`« ${head} » is a speech verb`);
      }
      const upper = /entre\s+……\s+et\s+(\d+)/u.exec(question.prompt)?.[1];
      if (upper && question.type === "single_choice") {
        for (const option of question.options) {
          // `3,5 millions $` is no 3, nor `2 625 …` a 2.
          const digits = /^\d[\d\s\u00a0\u202f]*(?:,\d+)?/u.exec(option.text)?.[0] ?? "";
          const scaled = /^\d[\d\s\u00a0\u202f,]*\s+(?:millions?|milliards?)(?!\p{L})/u.test(
            option.text,
          );
          const value = scaled
            ? Number.NaN
            : Number(digits.replace(/[\s\u00a0\u202f]/gu, "").replace(",", "."));
          if (value > Number(upper)) found.push(`${value} > ${upper}`);
        }
      }
      return found;
    },
  },
  "round-100-shapes": {
    description:
      "a plural verb after one name (Pourquoi est-ce qu'Awa Sané ont été formés ?), an accepted wording cut between an infinitive and the `à` it governs (revenir entièrement | au Grand-Duché)",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (
        /est-ce qu['’]\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}\s+(?:ont|sont)\s/u.test(
          question.prompt,
        )
      ) {
        found.push("one name, a plural verb");
      }
      if (question.type === "short_answer") {
        for (const form of question.accepted) {
          const at = evidence.indexOf(form);
          if (
            at !== -1 &&
            /(?:^|\s)(?:devr\p{Ll}+|doi\p{Ll}*|pourr\p{Ll}+|peu\p{Ll}+|va|vont)\s+\p{Ll}+(?:er|ir|re)(?:\s+\p{Ll}+ment)?$/u.test(
              form,
            ) &&
            /^\s+(?:à|au|aux)\s/u.test(evidence.slice(at + form.length))
          ) {
            found.push(`« ${form} »`);
          }
        }
      }
      return found;
    },
  },
  "round-99-shapes": {
    description:
      "la plupart with nothing it is the most of (Qu'ont découvert la plupart ?), a window opening on a change whose subject it cut (« … en hausse de …… »), a change asked of people (À combien sont passés les Ouahigouyalais ?), a match's next action asked as a purpose (Pourquoi … a-t-il franchi la défense ? → pour inscrire …), an offence cut before its negated relative",
    find: (question) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (!prompt.startsWith("Complétez") && /(?<!\p{L})la plupart(?!\s+d)/u.test(prompt)) {
        found.push("la plupart");
      }
      if (/^Complétez : « … en (?:hausse|baisse|progression|recul) de/u.test(prompt)) {
        found.push("change without its subject");
      }
      if (
        /^À combien (?:sont|est) passée?s? les \p{Lu}\p{Ll}+(?:ais|ois|ains|iens|ens)\s/u.test(
          prompt,
        )
      ) {
        found.push("a change of people");
      }
      const key = rightAnswer(question)?.forms[0] ?? "";
      if (
        /^Pourquoi\s/u.test(prompt) &&
        /^pour (?:inscrire|marquer|aplatir|égaliser|conclure)\s/u.test(key) &&
        // `pour conclure de nouveaux contrats`: a deal, no match's last action (Kébili).
        !/^pour conclure\s+(?:de nouveaux|des|un|une|les)\s+(?:contrats?|accords?|partenariats?|ventes?|marchés?)/u.test(
          key,
        )
      ) {
        found.push("next action as purpose");
      }
      if (question.type === "short_answer") {
        for (const form of question.accepted) {
          const at = evidence.indexOf(form);
          if (
            at !== -1 &&
            /^\s+(?:qui|que|dont)\s+(?:ne|n['’])/u.test(evidence.slice(at + form.length))
          ) {
            found.push(`« ${form} »`);
          }
        }
      }
      return found;
    },
  },
  "round-98-shapes": {
    description:
      "round 98's DEFECTs (a reflexive verb inside the subject, fermer la marche as a thing closed, Combien le budget comprend-il ?) and residual ones of rounds 92–96 still asked: a figure another one answers too (À combien s'établit le taux de réussite ? with two rates), a feat taken for a thing signed (Que signe X ? → la première victoire), a winner without the race the sentence sets (À qui la victoire est-elle revenue ?), a gathering or a stay whose place was lost (Combien de personnes se sont pressées ?), a plural subject before a singular verb (Qui les personnes … a-t-elle annoncé ?), a place taken for who did it (Qui a marqué le contexte ? → RN2), a subject blank after its source cut before its verb, an accepted wording cut inside a compound (aux points | de passage), an offence cut between two participles (pour avoir importé | et revendu)",
    find: (question, body) => {
      const { prompt } = question;
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      const figure = otherFigureAnswering(question, body);
      if (figure) found.push(`« ${figure} » answers it too`);
      const key = rightAnswer(question)?.forms[0] ?? "";
      if (
        /^Qu(?:e|['’](?:a|ont|avait)) sign/u.test(prompt) &&
        /victoire|succès|record|doublé/u.test(key)
      ) {
        found.push("signer une victoire");
      }
      if (
        /^À qui la victoire est-elle revenue \?$/u.test(prompt) &&
        /^(?:Sur|Chez|Dans|Lors)\s[^,]+,/u.test(evidence)
      ) {
        found.push("which race");
      }
      // Round 98: *Qui le coût du projet s'élève a-t-il précisé ?*, *Que ferme la province ?*
      // (`fermer la marche`), *Combien le budget comprend-il également ?*.
      if (/\ss['’]\p{Ll}+\s+(?:a|ont)-t-(?:il|elle|ils|elles)\s/u.test(prompt)) {
        found.push("reflexive in the subject");
      }
      if (/^Que ferm/u.test(prompt) && /^la marche/u.test(key)) found.push("fermer la marche");
      if (
        /^Combien\s+(?:le|la|les|l['’])[^?]*\s(?:comprend|prévoit|inclut|contient)\p{Ll}*-t?-?(?:il|elle|ils|elles)(?:\s+\p{Ll}+ment)?\s+\?$/u.test(
          prompt,
        )
      ) {
        found.push("a sum held, for what unsaid");
      }
      if (/(?:se sont (?:pressé|massé|rassemblé)e?s|ont afflué) \?$/u.test(prompt)) {
        found.push("where lost");
      }
      if (/^Combien de temps pass\p{Ll}+ (?:les?|la|l['’])[^?]*?\p{L} \?$/u.test(prompt)) {
        if (!/\s(?:sur|dans|à|au|en|chez)\s/u.test(prompt.replace(/^Combien de temps/u, ""))) {
          found.push("stay lost");
        }
      }
      if (/^\p{Lu}\p{Ll}*\s+les\s+\p{Ll}+s\s[^?,]*-t-(?:il|elle)\s/u.test(prompt)) {
        if (!/\s(?:ont|sont|avaient|étaient|seront)-t?-?(?:ils|elles)\s/u.test(prompt)) {
          found.push("les … a-t-elle");
        }
      }
      if (
        /^Qui\s/u.test(prompt) &&
        key &&
        new RegExp(`(?:sur|dans) (?:la|le|l['’]) ?${escapeRegExp(key)}(?!\\p{L})`, "u").test(
          evidence,
        )
      ) {
        found.push(`« ${key} » is a place`);
      }
      if (
        /^Complétez : « Selon [^,»]+, (?:près de |plus de |quelque |environ )?…… [^»]*… »$/u.test(
          prompt,
        )
      ) {
        const window = prompt.replace(/^[^«]*«|»$/gu, "");
        if (!hasFiniteVerb(window)) found.push("subject blank cut");
      }
      if (question.type === "short_answer") {
        for (const form of question.accepted) {
          const at = evidence.indexOf(form);
          const after = at === -1 ? "" : evidence.slice(at + form.length);
          if (
            /(?:^|\s)(?:points?|postes?|jours?|mètres?)$/u.test(form) &&
            /^ de \p{Ll}/u.test(after)
          ) {
            found.push(`« ${form} »`);
          }
          if (/^pour avoir \p{Ll}+$/u.test(form) && /^ (?:et|ou) \p{Ll}/u.test(after)) {
            found.push(`« ${form} »`);
          }
        }
      }
      return found;
    },
  },
  "round-97-shapes": {
    description:
      "*Qu'a ordonné le tribunal ?* in a story where the court also sentenced: the penalties answer it too",
    find: (question, body) =>
      /^Qu['’](?:a|ont|avait) ordonné\s+(?:le|la|l['’])\s*(?:tribunal|cour|juge|juridiction|chambre)/u.test(
        question.prompt,
      ) && /(?<!\p{L})(?:condamnée?s?|écopée?s?|écope(?:nt)?|infligée?s?)(?!\p{L})/u.test(body)
        ? ["one of several orders"]
        : [],
  },
  "round-96-shapes": {
    description:
      "options above the whole a prompt names in words (12 salles sur dix), options under the part the sentence names (9 mois against dont douze avec sursis), an accepted wording cut inside a score (remporté 27 | à 14)",
    find: (question) => {
      const evidence = question.evidence?.text ?? "";
      const found: string[] = [];
      if (question.type === "short_answer") {
        for (const form of question.accepted) {
          const score = /\s(\d+)$/u.exec(form)?.[1];
          if (score && new RegExp(`\\s${score}\\s(?:à|-)\\s?\\d`, "u").test(evidence)) {
            found.push(`« ${form} »`);
          }
        }
      }
      if (question.type !== "single_choice") return found;
      const values = question.options.map((option) => Number.parseInt(option.text, 10));
      const most =
        /(?:^Combien\s+de\s+[\p{L}\s]{2,30}?|……(?:\s[\p{L}]+){0,3})\ssur\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?!\p{L})(?!\s+(?:ans|mois|jours|semaines)(?!\p{L}))(?!\s+\p{Ll}{3,}[sx](?!\p{L}))/u.exec(
          question.prompt,
        )?.[1];
      const words = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
      const ceiling = most ? words.indexOf(most) + 2 : Infinity;
      for (const value of values) if (value > ceiling) found.push(`${value} > ${ceiling}`);
      // A part in its own unit (`deux ans, dont six mois ferme`) bounds nothing.
      const part = /,\s+dont\s+(\d+|six|douze|dix-huit|vingt)\s(?!ans|mois|jours|semaines)/u.exec(
        evidence,
      )?.[1];
      const floor = part
        ? ({ six: 6, douze: 12, "dix-huit": 18, vingt: 20 }[part] ?? Number(part))
        : 0;
      if (part && /……[^»]*,\s+dont\s/u.test(question.prompt)) {
        for (const value of values) if (value <= floor) found.push(`${value} ≤ ${floor}`);
      }
      return found;
    },
  },
  "means-of-people": {
    description: "Grâce à quoi … ? keyed with a person (grâce à leur gardien)",
    find: (question) => {
      if (question.type !== "short_answer" || !MEANS_OF_PEOPLE.test(question.prompt)) return [];
      const head = PERSON_HEAD.exec(question.answer)?.[1] ?? "";
      return ROLE_NOUNS.has(head) ? [`« ${question.answer} »`] : [];
    },
  },
  "share-without-which": {
    description:
      "an answer or accepted wording cut before the relative that says which share (la part des colonies | qui auront survécu)",
    find: (question) => {
      if (question.type !== "short_answer") return [];
      return [question.answer, ...question.accepted]
        .filter((form) => SHARE_WITHOUT_WHICH.test(form.trim()))
        .map((form) => `« ${form} »`);
    },
  },
  "wh-mismatch": {
    description:
      "the question word does not fit the answer (Pourquoi → a name, Où → Rbatis, Qui → a figure)",
    find: (question) => {
      if (question.type === "true_false") return [];
      const wrong = WH_MISMATCH.find(
        ([wh, misfits]) => wh.test(question.prompt) && misfits(question),
      );
      return wrong ? [`${question.prompt.split(" ")[0]} → ${question.kind}`] : [];
    },
  },
  "pointing-answer": {
    description:
      "an answer that points back to what it does not say (une telle mesure, cette décision)",
    find: (question) => {
      if (question.type === "true_false") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      return POINTING_ANSWER.test(answer) ? [`« ${answer} »`] : [];
    },
  },
  "bare-verb-question": {
    description: "a question on a verb alone (Qui a paraphé ?): nothing says which act is meant",
    find: (question) => (BARE_VERB.test(question.prompt) ? [`« ${question.prompt} »`] : []),
  },
  "count-word-giveaway": {
    description:
      "a count the prompt says in a word (auteur d'un doublé → 2, triplé → 3): the answer given away",
    find: (question) => {
      if (question.kind !== "number") return [];
      const value = Number.parseFloat(
        (rightAnswer(question)?.canonical ?? "").replace(/\s/gu, "").replace(",", "."),
      );
      const word =
        value === 2
          ? /(?<!\p{L})doublés?(?!\p{L})/u.exec(question.prompt)
          : value === 3
            ? /(?<!\p{L})triplés?(?!\p{L})/u.exec(question.prompt)
            : null;
      return word ? [`« ${word[0]} » says ${value}`] : [];
    },
  },
  "function-word-answer": {
    description: "the right answer is only function words (Outre, Certaines, ceux-ci)",
    find: (question) => {
      // stopwords-fr lists weekdays and months: a date is not a function word.
      if (question.kind === "date" || question.kind === "number") return [];
      const answer = rightAnswer(question)?.canonical ?? "";
      if (WEEKDAY_OR_MONTH.test(answer)) return [];
      const words = wordsOf(answer);
      return words.length > 0 && words.every((word) => !/\d/u.test(word) && isFunctionWord(word))
        ? [`« ${answer} »`]
        : [];
    },
  },
  "long-short-answer": {
    description: `a short answer of more than ${MAX_SHORT_ANSWER_WORDS} words (a long quote to type back exactly)`,
    find: (question) => {
      // An acronym's expansion is long by nature; a long quotation is not a fact.
      if (question.type !== "short_answer" || question.kind === "organisation") return [];
      // A cause is typed with or without its connective (`car`, `pour`): marking takes both.
      // A figure is one word typed, whatever its separators (`17.650`, `1,6`).
      const typedWords = (form: string) => wordsOf(form.replace(/(?<=\d)[.,](?=\d)/gu, "")).length;
      const typed = (form: string) => typedWords(withoutCauseConnective(form));
      const count = typedWords(question.answer);
      // A long cause whose shorter wording is accepted (`pour lutter contre la fuite des
      // fèves`) asks no long answer back.
      const shortest = Math.min(
        count,
        typed(question.answer),
        ...question.accepted.map(typed).filter((n) => n > 0),
      );
      return shortest > MAX_SHORT_ANSWER_WORDS ? [`${count} words`] : [];
    },
  },
  "vague-deed": {
    description:
      "what a barely named body adopted, signed, obtained… with nothing to say which of its deeds (Qu'a adopté le conseil ?)",
    find: (question) =>
      /^Qu'(?:a|ont|avait|avaient)(?:-t-\p{L}+)? (?:adopté|signé|prévu|obtenu|ordonné|reçu|saisi|interdit|découvert|promis|identifié|réalisé|accordé) [^?,]+ \?$/u.test(
        question.prompt,
      ) && question.prompt.split(/\s+/u).length <= 6
        ? [question.prompt]
        : [],
  },
  "works-without-thing": {
    description:
      "a length of works asked without what is built (Combien de kilomètres la construction prévue concerne-t-elle ? for `la construction de 6,8 kilomètres de caniveaux`)",
    find: (question) => {
      const unit = /^Combien de (kilomètres|mètres|tonnes|hectares)\s/u.exec(question.prompt)?.[1];
      if (!unit) return [];
      const works = new RegExp(
        `(?:construction|réhabilitation|aménagement|pose|installation|réalisation|bitumage|création|extension|réfection)\\s+(?:de|d['’])\\s*[\\d\\s,]+${unit}\\s+(?:de|d['’])\\s*(\\p{Ll}{4,})`,
        "u",
      ).exec(question.evidence.text);
      return works?.[1] && !question.prompt.includes(works[1])
        ? [`« ${unit} » of « ${works[1]} », which the prompt leaves out`]
        : [];
    },
  },
  "first-without-since": {
    description:
      "a first keyed without its `depuis` (« leur premier titre régional » of « … premier titre régional depuis 2011 »): a first ever, which the article does not say",
    find: (question) =>
      answerTexts(question).flatMap((text) => {
        if (!/(?<!\p{L})(?:premi|derni)(?:er|ère)s?(?!\p{L})/u.test(text)) return [];
        const at = question.evidence.text.indexOf(text);
        return at >= 0 && /^\s+depuis\s/u.test(question.evidence.text.slice(at + text.length))
          ? [`« ${text} » without its « depuis »`]
          : [];
      }),
  },
  "work-without-title": {
    description:
      "a work keyed by its noun when the article gives its title right after (« sa grande exposition de l'été » of « …, « Riviera, cent ans d'affiches » »)",
    find: (question) => {
      if (question.type !== "short_answer") return [];
      const text = question.evidence.text;
      const at = text.indexOf(question.answer);
      if (
        at < 0 ||
        !/(?:exposition|roman|livre|album|film|création|spectacle|pièce|ouvrage)$/u.test(
          question.answer.replace(/\s+de l['’]été$/u, ""),
        )
      )
        return [];
      const title = /^\s*,\s*«\s*(\p{Lu}[^«»]{1,59}?)\s*»/u.exec(
        text.slice(at + question.answer.length),
      )?.[1];
      return title && !question.accepted.some((form) => form.includes(title))
        ? [`« ${title} » not accepted`]
        : [];
    },
  },
  "scope-dropped": {
    description:
      "a count asked without the scope its sentence opens on, another count of the same thing standing elsewhere (Au niveau national, 51 cas … → Combien de cas ont été enregistrés ?)",
    find: (question, body) => {
      if (question.kind !== "number" || question.prompt.includes("……")) return [];
      const scope =
        /^(?:Au niveau (?:national|régional|provincial|départemental|mondial|local)|À l['’]échelle (?:nationale|régionale|provinciale|mondiale|du pays))(?=,)/u.exec(
          question.evidence.text,
        )?.[0];
      if (!scope || question.prompt.toLowerCase().includes(scope.toLowerCase())) return [];
      const unit = /^Combien d(?:e\s|['’])(\p{L}+)/u.exec(question.prompt)?.[1];
      if (!unit) return [];
      const counts =
        body.match(new RegExp(`\\d[\\d\\s]*\\s${escapeRegExp(unit)}(?!\\p{L})`, "gu")) ?? [];
      return new Set(counts.map((count) => count.trim())).size > 1 ? [`« ${scope} » left out`] : [];
    },
  },
  "agent-of-event-to-come": {
    description:
      "who ran an event the sentence tells in the future, asked in the past (… représentera … la phase nationale organisée par l'ONCAV → Qui a organisé … ?)",
    find: (question) => {
      const asked =
        /^Qui a (organisé|présidé|animé|coordonné|parrainé|arbitré|supervisé|dirigé|encadré|accueilli|conduit)\s/u.exec(
          question.prompt,
        )?.[1];
      if (!asked) return [];
      const text = question.evidence.text;
      if (!new RegExp(`${asked}e?s?\\s+par\\s`, "u").test(text)) return [];
      const future = text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .find((word) => /r(?:a|ont)$/u.test(word) && finiteVerb(word)?.tense === "future");
      return future ? [`« ${future} »`] : [];
    },
  },
  "planned-date-why": {
    description:
      "why a planned thing is set for a date, keyed with the thing's purpose (Pourquoi la campagne est-elle prévue en avril ? → pour évaluer …)",
    find: (question) => {
      if (
        !/^Pourquoi\s.*\s(?:prévue?s?|programmée?s?|planifiée?s?)\s+(?:en|pour|dès|début|fin|courant)\s+(?:\p{Ll}+(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\s*\?$/u.test(
          question.prompt,
        )
      ) {
        return [];
      }
      const answer = rightAnswer(question)?.canonical ?? "";
      return /^(?:pour|afin)\s/u.test(answer) ? [`« ${answer} »`] : [];
    },
  },
  "guilty-of-after-pour": {
    description:
      "an offence read after « reconnu coupable de » keyed after « pour » with its second « de » (pour escroquerie et d'abus de confiance)",
    find: (question) =>
      /^Pourquoi\s/u.test(question.prompt)
        ? [rightAnswer(question)?.canonical ?? ""].filter((answer) =>
            /^pour\s+(?!avoir\s)[^,]*\set\s+(?:d['’]|de\s+(?!(?:la|le|les|l['’])(?!\p{L})))\p{Ll}/u.test(
              answer,
            ),
          )
        : [],
  },
  "one-of-several-announcements": {
    description:
      "a bare Qu'a annoncé S ? where S is named again and more than one announcement is told (Qu'a annoncé la direction ?)",
    find: (question, body) => {
      const asked =
        /^Qu'(?:a|ont|avait|avaient)(?:-t-\p{L}+)? annoncé ((?:le|la|les|l['’])\s*[^?]+) \?$/u.exec(
          question.prompt,
        );
      if (!asked || question.prompt.split(/\s+/u).length > 7) return [];
      const text = body.toLowerCase();
      const named = text.split((asked[1] ?? "").toLowerCase()).length - 1;
      return named > 1 && (text.match(/annon[cç]\p{L}*/gu) ?? []).length > 1
        ? [`« ${asked[1]} » named ${named} times`]
        : [];
    },
  },
  "said-setting-on-deed": {
    description:
      "a why of a deed that carries where it was told (… a utilisé l'argent des cotisantes à la barre ?)",
    find: (question) =>
      /^Pourquoi\s.*\s(?:à la barre|devant (?:le tribunal|les juges|la cour|les enquêteurs)|lors de l['’]audience)\s*\?$/u.test(
        question.prompt,
      )
        ? [question.prompt]
        : [],
  },
  "phone-number-asked": {
    description: "a phone number asked as a figure (l'appel au …… → 911)",
    find: (question) =>
      question.kind === "number" &&
      /(?:appel(?:er|é|ée)?|numéro|composer|composé|joindre)\s+(?:au|le|du)\s+(?:……|\d{2,4}(?!\s*\p{L}))/u.test(
        question.prompt.includes("……") ? question.prompt : question.evidence.text,
      ) &&
      /(?:appel(?:er|é|ée)?|numéro|composer|composé|joindre)\s+(?:au|le|du)\s+\d{2,4}(?!\s*\p{L})/u.test(
        question.evidence.text,
      ) &&
      (question.prompt.includes("……") || /^(?:Quel numéro|À quel numéro)/u.test(question.prompt))
        ? [question.prompt]
        : [],
  },
  "duration-given-by-dates": {
    description:
      "a blank for a duration that the dates after it give away (sur ……, du 17 au 20 juillet; de …… organisée du 12 au 16 juin)",
    find: (question) =>
      /……(?:\s+\p{Ll}{4,}(?:ée?s?|ue?s?|ise?s?|ite?s?))?\s*[,(]?\s*(?:du|entre le)\s+\d{1,2}(?:er)?(?:\s+\p{L}+)?\s+(?:au|et le)\s+\d{1,2}(?!\d)/u.test(
        question.prompt,
      )
        ? [question.prompt]
        : [],
  },
  "hour-before-place-why": {
    description:
      "a why that asks about an hour followed by a place, when the cause explains the place (débuté vers 15 h 30 sur la place du marché ?)",
    find: (question) =>
      /^Pourquoi\s.*\s(?:vers|à|dès)\s+\d{1,2}\s?h(?:\s?\d{2})?\s+(?:sur|dans|au|à|en)\s[^?]+\?$/u.test(
        question.prompt,
      )
        ? [question.prompt]
        : [],
  },
  "share-as-what": {
    description:
      "a what-question keyed with a share of a thing (Que financera la commune ? → l'essentiel des travaux)",
    find: (question) =>
      /^Qu(?:e\s|['’])/u.test(question.prompt) &&
      /^(?:l['’]essentiel|la plupart|la majorité|une partie|le reste|la totalité|la moitié)\s/u.test(
        rightAnswer(question)?.canonical ?? "",
      )
        ? [rightAnswer(question)?.canonical ?? ""]
        : [],
  },
  "change-asked-of-speaker": {
    description:
      "a change asked of the subject of the verb that reports it (À combien est passée la Municipalité ? for `la Municipalité a rappelé que la population est passée de …`)",
    find: (question) => {
      const asked = /^À combien (?:est|sont) passée?s? (.+?) \?$/u.exec(question.prompt);
      if (!asked) return [];
      const text = question.evidence.text.toLowerCase();
      const subject = asked[1]?.toLowerCase() ?? "";
      const at = text.indexOf(subject);
      const reported = text
        .slice(at + subject.length)
        .search(/(?:^|\s)qu(?:e\s|['’])[^.]*\spassée?s?\s+de\s/u);
      return at !== -1 && reported !== -1 ? [question.prompt] : [];
    },
  },
  "participle-owns-cause": {
    description:
      "a why of a main verb whose cause a nearer participle's phrase owns (Pourquoi X a-t-il remporté la course ? → les arbres abattus, for `un parcours ramené de 42 à 34 km à cause des arbres …`)",
    find: (question) => {
      if (!/^(?:Selon [^,]+, p|P)ourquoi\s/u.test(question.prompt)) return [];
      const key = rightAnswer(question)?.canonical ?? "";
      const cause = withoutCauseConnective(key);
      const text = question.evidence.text;
      const at = text.indexOf(cause);
      if (!cause || at < 0) return [];
      const before = text.slice(Math.max(0, at - 140), at);
      const owner =
        /,\s+(\p{Ll}{3,}ant)\s[^,]+$/u.exec(before) ??
        /\s(\p{Ll}{3,}(?:ée?s?|ue?s?|ies?|is))\s+(?:[^\s,;:]+\s+){0,3}?(?:par\s|de\s+\d+\s+à\s+\d)[^.;]*$/u.exec(
          before,
        );
      const word = owner?.[1] ?? "";
      // The owner stands past where the prompt's clause ends in the sentence.
      const last = /(\S+)\s*\?$/u.exec(question.prompt)?.[1] ?? "";
      const promptEnd = text.lastIndexOf(last, at);
      const ownerAt = at - before.length + (owner?.index ?? 0);
      return word && ownerAt > promptEnd && !/^(?:pendant|durant)$/u.test(word)
        ? [`« ${word} » owns the cause`]
        : [];
    },
  },
  "comparative-dropped": {
    description:
      "a question on an attribute whose comparative the sentence has and the prompt dropped (Pourquoi l'objectif est-il élevé ? for `est plus élevé`)",
    find: (question) => {
      const asked = /\s(?:est|sont|était|étaient)-(?:il|elle|ils|elles)\s+(\p{Ll}+)/u.exec(
        question.prompt,
      );
      const adjective = asked?.[1] ?? "";
      if (!adjective || /^(?:plus|moins|aussi|si|très|trop)$/u.test(adjective)) return [];
      const compared = new RegExp(`(?<!\\p{L})(plus|moins|aussi)\\s+${adjective}(?!\\p{L})`, "u");
      const found = compared.exec(question.evidence.text);
      return found ? [`« ${found[0]} »`] : [];
    },
  },
  "when-of-date-set-for": {
    description:
      "*Quand … ?* of a date a thing is set for (Quand la prochaine édition est-elle annoncée ? for `annoncée pour janvier 2026`)",
    find: (question) => {
      const asked = /^Quand\s.*\s(\p{Ll}+)\s*\?$/u.exec(question.prompt);
      const participle = asked?.[1] ?? "";
      return participle && question.evidence.text.includes(`${participle} pour `)
        ? [question.prompt]
        : [];
    },
  },
  "what-keyed-with-frequency": {
    description:
      "a what keyed with how often it was done (Qu'avait présenté le conseil ? → une demande de financement à trois reprises)",
    find: (question) =>
      /^Qu(?:e\s|['’])/u.test(question.prompt) &&
      /\sà\s+\S+\s+reprises$/u.test(rightAnswer(question)?.canonical ?? "")
        ? [rightAnswer(question)?.canonical ?? ""]
        : [],
  },
};

/** Verbs that only place a figure (`s'établit à`): no two figures are told apart by them. */
const PLACING_VERB = /^(?:établit|établi|atteint|affiche|enregistre|compte|totalise|représente)$/u;

/**
 * A figure of the article in the unit of a figure question's key, outside its sentence, whose
 * sentence holds every word of the prompt that comes from the key's sentence (*À combien
 * s'établit le taux de réussite ?* with a school's rate and the province's).
 */
function otherFigureAnswering(question: Question, body: string): string | undefined {
  if (question.kind !== "number" || question.prompt.startsWith("Complétez")) return undefined;
  const evidence = question.evidence?.text ?? "";
  const key = rightAnswer(question)?.forms[0] ?? "";
  const unit = /[\d\s]([^\d\s][^\s]*)$/u.exec(key)?.[1];
  if (!unit) return undefined;
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length > 2 && !isFunctionWord(word)),
    );
  const own = words(evidence);
  const naming = [...words(question.prompt)].filter(
    (word) => own.has(word) && !PLACING_VERB.test(word) && !/^(?:combien|quel|quelle)$/u.test(word),
  );
  if (naming.length === 0) return undefined;
  const figure = new RegExp(`\\d[\\d\\s.,]*\\s?${escapeRegExp(unit)}(?!\\p{L})`, "gu");
  for (const sentence of body.split(/(?<=[.!?»])\s+/u)) {
    if (sentence.includes(evidence) || evidence.includes(sentence)) continue;
    const other = sentence.match(figure)?.[0];
    if (!other || other.trim() === key.trim()) continue;
    const theirs = words(sentence);
    if (naming.every((word) => theirs.has(word))) return other.trim();
  }
  return undefined;
}
