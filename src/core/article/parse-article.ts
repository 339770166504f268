/**
 * @module
 * Turns the raw text of a news article (as copied from a news site) into an {@link Article}:
 * title, photo caption, publication date-time and body paragraphs, each shown once.
 */
import { MONTH_NAMES } from "../french/lexicon/month-names";
import { nounGender } from "../french/lexicon/noun-gender";
import { finiteVerb } from "../french/lexicon/verb-form";
import { wordsOf } from "../text/fold-text";
import { singleSpaces } from "../text/single-spaces";
import type { Article } from "./article";
import { isIntertitle } from "./is-intertitle";
import { isWireInitials, stripWireDateline } from "./strip-wire-dateline";

export interface ParseArticleOptions {
  /**
   * The headline, given apart from the text (the teacher's "Titre" field). Then the whole text
   * is the article, except a first line that repeats this headline.
   */
  title?: string;
}

/** `Le 01/03/2016 à 13h33`, `Publié le 01/03/2016 à 13:33`, `01/03/2016 13h33`. */
const DATELINE =
  /^(?:publi[ée]\s+)?(?:le\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*(?:à|-)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?$/i;

/**
 * `OLJ / Rania ABI NADER, le 14 janvier 2026 à 18h12`, `Publié le 3 mars 2025`: a byline with
 * the date in words, no sentence of the article (nor a date to ask about).
 */
const BYLINE = new RegExp(
  String.raw`^(?:(?:par\s+)?[^,.
]{2,80},\s+|(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(?:publi[ée]\s+)?(?:le\s+)?(\d{1,2})(?:er)?\s+(${MONTH_NAMES.join("|")})\s+(\d{4})(?:\s*(?:à|-)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?$`,
  "iu",
);
/** A byline's name before its date (`OLJ / Rania ABI NADER`, `La Presse Canadienne`). */
const BYLINE_NAME = /^(?:par\s+)?(.+?),?\s+(?:publi[ée]\s+)?(?:le\s+)?\d{1,2}(?:er)?\s/iu;
/** A writer's name after `Par`: capitalised words and the particles names carry. */
const WRITER_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]*|de|du|des|d['’]|van|von|der|den|le|la|ben|bin|ould|el|al)){1,5}`;
/** `Publié le`, `Le` before a byline's date, and `à 10h40` after it. */
const DATE_BEFORE = String.raw`(?:[Pp]ubli[ée]\s+)?(?:[Ll]e\s+)?`;
const TIME_AFTER = String.raw`(?:\s*(?:à|-)?\s*\d{1,2}\s*[h:]\s*\d{2})?`;
/** `Par Karine Appadoo Le 27/11/2026 à 10h40`, `Par X, publié le 27/11/2026`: a writer and a date. */
const SIGNED_DATELINE = new RegExp(
  String.raw`^Par\s+(${WRITER_NAME}?)\s*[,–|-]?\s*(${DATE_BEFORE}\d{1,2}\/\d{1,2}\/\d{4}${TIME_AFTER})$`,
  "u",
);
/**
 * `Par Julie Vandermeulen`, `Par Jérôme Castaing, envoyé spécial à Pau`: who wrote the piece,
 * a block of its own and no sentence of the article.
 */
const NAME_BYLINE = new RegExp(
  String.raw`^Par\s+(${WRITER_NAME}(?:\s*[,/|–-]\s*[^.!?]{2,60})?)$`,
  "u",
);

/**
 * Photo credits that news sites append to captions: `. DR`, `© AFP`, `© Photo L. Randria`, `Photo : X`, `Crédit : X`
 * (initials too: `Photo : Université d'Antananarivo / T. Rakotondrazafy`), `(Archives)`, `(Photo
 * Théâtre Vidy-Lausanne)` (round 81: a caption taken for the lede, then asked true or false).
 */
/** `(Photo Théâtre Vidy-Lausanne)`: a credit in brackets, without a colon. */
const BRACKETED_CREDIT = String.raw`\((?:photo|crédit)s?\s+[^():]{2,60}\)`;
const BRACKETED_CREDIT_AT_END = new RegExp(String.raw`${BRACKETED_CREDIT}\s*\.?$`, "iu");
const CREDIT = new RegExp(
  String.raw`(?:\s*\.)*\s*(?:\bDR|©(?:[^.]|(?<=[\s/][A-Z])\.(?=\s))*|\(?(?:photo|crédit|credit)s?\s*:(?:[^.]|\.(?=\S)|(?<=[\s/][A-Z])\.(?=\s))*\)?|photos?\s+d['’]archives?\s+[^.]{2,40}|\((?:archives?|illustration|photo d['’]archives?)\)|${BRACKETED_CREDIT})\s*\.?$`,
  "i",
);
/** `LA PRESSE CANADIENNE/Jussi Nukari`: an outlet in capitals and its photographer. */
const CAPITALS_CREDIT =
  /(?<=[.!?»"]|\s)\s*\p{Lu}{2,}(?:[ .-]\p{Lu}{2,})*\s*\/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u;
/**
 * `Photo : Des membres du syndicat réunis …, jeudi soir.`: the caption after its label (not a
 * photographer's name, which {@link PHOTO_ONLY} reads); after `Légende :`, whatever its case
 * (`Légende : l'autrice dédicace son roman …`).
 */
const LABELLED_CAPTION =
  /^(?:(?:Photos?|Légende)\s*:\s*(?=\p{Lu}(?:\p{Ll}*\s+|['’]\p{Ll}+\s+)(?:\S+\s+){1,}\p{Ll})|Légende\s*:\s*(?=\p{Ll}))/u;

/** Agencies whose credit may close a caption, as they write their names. */
const AGENCIES = [
  "AFP",
  "AP",
  "Reuters",
  "REUTERS",
  "KEYSTONE",
  "Keystone",
  "EPA",
  "ANP",
  "BELGA",
  "Belga",
  "MAP",
  "APS",
  "ATS",
  "Xinhua",
  "XINHUA",
  "Getty Images",
  "MAXPPP",
  "MaxPPP",
  "SIPA",
  "Sipa",
  "ABACA",
  "Abaca",
  "Anadolu",
  "ANADOLU",
];

/**
 * An agency's credit after a caption, with or without the photographer (`KEYSTONE/Lucien
 * Perroud`, `AFP`, `REUTERS/Gonzalo Fuentes`, `MAP`): no full stop after it.
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`(?<=[.!?»"]|\s)\s*(?:${AGENCIES.join("|")})(?:\s*\/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*$`,
  "u",
);

/**
 * A credit after the caption's sentence, with no colon: `… rive gauche. Photo DDM, Julien
 * Marty`, `… à l'hôtel de ville. Photo d'archive`.
 */
const PHOTO_AFTER_SENTENCE =
  /[.!?»]\s+Photos?\s+(?:d['’](?:archives?|illustration)|\p{Lu}[^.!?]{1,40})\s*$/u;

/** A photo's credit alone where the caption stands: `Photo d'illustration Bigstock`. */
const PHOTO_ONLY =
  /^(?:Photos?|Images?|Illustrations?)(?:\s+d['’](?:illustration|archives?))?(?:\s*[:/–-]\s*|\s+)\p{Lu}[^.!?]{0,50}$/u;

/** A caption is short and has no more than one sentence-ending full stop. */
const CAPTION_MAX_LENGTH = 300;

/** `Publié le 11 février 2026 Par Karim Benhaddad`: a date, then who wrote the article. */
const DATED_SIGNATURE = new RegExp(
  String.raw`^(${DATE_BEFORE}\d{1,2}(?:er)?(?:\/\d{1,2}\/|\s+\p{Ll}+\s+)\d{4}${TIME_AFTER})\s*[,–|-]?\s+Par\s+(${WRITER_NAME})$`,
  "u",
);

/**
 * Parses the raw text of a French news article.
 *
 * Without `options.title`, the first line is the title (only that line: a paragraph that
 * follows it without a blank line is body). With it, every block is body, except a first line
 * that is the same headline (compared without case, accents, spacing or punctuation): a lede
 * is never taken for a title. Blocks are separated by blank lines. A dateline block gives the
 * publication date-time; a photo caption (a short block that the page repeats or that carries
 * a photo credit) is kept once; any block the page repeats is kept once.
 *
 * @example
 * const article = parseArticle("Titre\n\nLégende. . DR\n\nCorps du texte.\n\nLe 01/03/2016 à 13h33");
 * article.published; // "2016-03-01T13:33"
 * article.caption; // "Légende."
 * parseArticle("Le maire inaugure le pont.", { title: "Un pont" }).paragraphs;
 * // ["Le maire inaugure le pont."]
 */
export function parseArticle(raw: string, options: ParseArticleOptions = {}): Article {
  const text = raw.replace(/\r\n?/g, "\n").trimStart();
  const lineEnd = text.indexOf("\n");
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const afterFirstLine = lineEnd === -1 ? "" : text.slice(lineEnd + 1);
  const given = options.title === undefined ? undefined : collapseSpaces(options.title);
  const title = given ?? collapseSpaces(firstLine);
  const body = given === undefined || isSameHeadline(firstLine, given) ? afterFirstLine : text;
  const rest = body
    .split(/\n\s*\n/)
    .flatMap((block, index) => splitLeadingLines(block, index))
    .map(collapseSpaces)
    .filter((block) => block.length > 0);

  let published: string | undefined;
  let caption: string | undefined;
  let byline: string | undefined;
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  // Each block's key once: the photo-credit pattern is slow on long blocks.
  const keys = rest.map(blockKey);
  const counts = countOf(keys);

  for (const [index, block] of rest.entries()) {
    // `Par Karine Appadoo Le 27/11/2026 à 10h40` (round 65: a blank on the date, read as a
    // paragraph), `Publié le 11 février 2026 Par Karim Benhaddad` (round 67: read as the lede):
    // the writer and the date on one line, in either order.
    const signature = paragraphs.length === 0 ? signatureOf(block) : undefined;
    if (signature) {
      published ??= toIsoDateTime(signature.date);
      byline ??= signature.writer;
      continue;
    }
    const dateline = DATELINE.exec(block) ?? bylineDate(block);
    if (dateline) {
      published ??= toIsoDateTime(dateline);
      const name = BYLINE_NAME.exec(block)?.[1]?.trim();
      if (name && !/^(?:le|publié|publiée)$/iu.test(name)) byline ??= name;
      continue;
    }
    const key = keys[index] ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    // Among the first blocks, even after a pasted headline kept as body (a title given apart).
    const repeated = (counts.get(key) ?? 0) > 1;
    const credited = isCredited(block);
    if (caption === undefined && index < 3 && isShort(block)) {
      const labelled = LABELLED_CAPTION.exec(block);
      if (labelled) {
        caption = withoutCredit(block.slice(labelled[0].length));
        continue;
      }
      // A dispatch opens on its dateline (`LOMÉ, 30 novembre 2026 – …`): a short block before
      // it, under the headline, is the photo's caption, credited or not.
      // So is one over the writer's name or the date line (`Par Julien Descamps`, `Le
      // 27/11/2026 à 08h30`) when the text comes after them: a date line may also close it.
      const next = rest[index + 1] ?? "";
      const beforeDateline =
        paragraphs.length === 0 &&
        !/[«»“”]/u.test(block) &&
        !NAME_BYLINE.test(block) &&
        (isDispatchOpening(next, block) ||
          (isOneLine(block) && isSignatureLine(next) && index + 2 < rest.length));
      if (repeated || credited || beforeDateline || (index === 0 && isVerbless(block, next))) {
        caption = withoutCredit(block);
        continue;
      }
    }
    const writer = NAME_BYLINE.exec(block);
    if (writer && byline === undefined && paragraphs.length === 0) {
      byline = writer[1];
      continue;
    }
    if (isWireInitials(block)) continue;
    // The dateline opens the first paragraph of the dispatch, after a caption the page may show
    // as a paragraph of its own.
    const text = paragraphs.length < 3 ? stripWireDateline(block) : block;
    // A dateline on a line of its own (`BANGUI, 2 juin (AFP) -`) is no paragraph: the lede follows.
    if (text !== "") paragraphs.push(text);
  }

  return {
    title,
    ...(byline ? { byline } : {}),
    ...(caption ? { caption } : {}),
    ...(published ? { published } : {}),
    paragraphs,
  };
}

/**
 * A block's first lines that stand apart though no blank line follows them: a caption, a
 * dateline or a byline over the lede among the first blocks (`Légende : … samedi matin.` then
 * `AS-EYLA, 28 nov. (ADI) – Le ministre …`: the lede was read as part of the caption and lost),
 * and anywhere an intertitle over a paragraph's first line (`Fin de la corvée d'eau` then
 * `Jusqu'à présent, …`). A text wrapped by hand keeps its lines together: an intertitle is
 * split off only when a long line follows it.
 */
function splitLeadingLines(block: string, index: number): string[] {
  const lines = block.trim().split("\n");
  // `Publié le 3 décembre 2026` over `Par X`: one signature, read whole.
  if (lines.length < 2 || signatureOf(collapseSpaces(block))) return [block];
  const first = collapseSpaces(lines[0] ?? "");
  const next = collapseSpaces(lines[1] ?? "");
  const standsApart =
    (index < 3 && isHeadLine(first)) ||
    (isIntertitle(first) && next.length > 100 && first.length < next.length / 2);
  if (!standsApart) return [block];
  return [first, ...splitLeadingLines(lines.slice(1).join("\n"), index)];
}

/** A line over the lede that is no sentence of the article: a caption, a dateline, a byline. */
function isHeadLine(line: string): boolean {
  if (!isShort(line)) return false;
  return LABELLED_CAPTION.test(line) || isCredited(line) || isSignatureLine(line);
}

/** A caption's credit at the block's end, or a credit alone (`Photo d'illustration Bigstock`). */
function isCredited(block: string): boolean {
  return (
    PHOTO_ONLY.test(block) ||
    PHOTO_AFTER_SENTENCE.test(block) ||
    (mayEndOnCredit(block) &&
      (CREDIT.test(block) || AGENCY_CREDIT.test(block) || CAPITALS_CREDIT.test(block)))
  );
}

function collapseSpaces(text: string): string {
  return singleSpaces(text).trim();
}

/** `LE MINISTRE : « la coopération… »` and `Le ministre: la cooperation…` are one headline. */
function isSameHeadline(line: string, headline: string): boolean {
  const words = wordsOf(line).join(" ");
  return words.length > 0 && words === wordsOf(headline).join(" ");
}

function countOf(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Two blocks are the same when they differ only by a photo credit or trailing dots. */
function blockKey(block: string): string {
  const text = withoutCredit(block);
  // Trailing dots and spaces cut by hand: `[.\s]+$` is tried at every dot and space.
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || /\s/.test(text[end - 1] ?? ""))) end -= 1;
  return text.slice(0, end).toLowerCase();
}

function withoutCredit(block: string): string {
  const credit = PHOTO_AFTER_SENTENCE.exec(block);
  const uncredited = credit ? block.slice(0, credit.index + 1) : block;
  const stripped = mayEndOnCredit(uncredited)
    ? uncredited.replace(AGENCY_CREDIT, "").replace(CAPITALS_CREDIT, "").replace(CREDIT, "").trim()
    : uncredited.trim();
  return /[.!?»"]$/.test(stripped) ? stripped : `${stripped}.`;
}

/**
 * Whether {@link CREDIT} or {@link AGENCY_CREDIT} may match: each needs a `:`, a `©`, a final
 * `DR` or an agency's name. Both patterns end on `$`, so V8 tries them at every position of a
 * block: most blocks, which have none of these, are not scanned.
 */
function mayEndOnCredit(block: string): boolean {
  if (block.includes(":") || block.includes("©") || block.includes("/")) return true;
  if (/photos?\s+d['’]archive|\((?:archives?|illustration)\)\s*\.?$/iu.test(block)) return true;
  if (BRACKETED_CREDIT_AT_END.test(block)) return true;
  // `DR`, maybe spaces, maybe a full stop, then the end (any case: CREDIT has the `i` flag).
  const beforeStop = (block.endsWith(".") ? block.slice(0, -1) : block).trimEnd();
  if (beforeStop.slice(-2).toLowerCase() === "dr") return true;
  return AGENCIES.some((agency) => block.includes(agency));
}

/**
 * Whether `next` opens a dispatch on its dateline and `block`, before it, reads as a caption: a
 * line, not a paragraph (at most one sentence).
 */
function isDispatchOpening(next: string, block: string): boolean {
  return stripWireDateline(next) !== next && isOneLine(block);
}

/** A line, not a paragraph: at most one sentence. */
function isOneLine(block: string): boolean {
  return block.length <= CAPTION_MAX_LENGTH && (block.match(/[.!?]\s/gu) ?? []).length === 0;
}

/** A byline or a date line under the headline. */
function isSignatureLine(block: string): boolean {
  return (
    NAME_BYLINE.test(block) ||
    DATELINE.test(block) ||
    bylineDate(block) !== null ||
    signatureOf(block) !== undefined
  );
}

function isShort(block: string): boolean {
  return block.length <= CAPTION_MAX_LENGTH && (block.match(/\.\s/g) ?? []).length <= 2;
}

/** The writer and the date a byline gives on one line, in either order (`Par X Le …`, `Publié le … Par X`). */
function signatureOf(block: string): { date: RegExpExecArray; writer: string } | undefined {
  const signed = SIGNED_DATELINE.exec(block);
  const signedDate = signed && DATELINE.exec(signed[2] ?? "");
  if (signed?.[1] && signedDate) return { date: signedDate, writer: signed[1] };
  const dated = DATED_SIGNATURE.exec(block);
  const datedDate = dated && (DATELINE.exec(dated[1] ?? "") ?? bylineDate(dated[1] ?? ""));
  if (dated?.[2] && datedDate) return { date: datedDate, writer: dated[2] };
  return undefined;
}

/** A byline's date, as the numeric dateline's match (day, month number, year, hour, minute). */
function bylineDate(block: string): RegExpExecArray | null {
  const match = BYLINE.exec(block);
  if (!match) return null;
  match[2] = String(MONTH_NAMES.indexOf((match[2] ?? "").toLowerCase()) + 1);
  return match;
}

function toIsoDateTime(match: RegExpExecArray): string {
  const [, day = "", month = "", year = "", hour, minute] = match;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return hour && minute ? `${date}T${hour.padStart(2, "0")}:${minute}` : date;
}

/**
 * `Des cars immobilisés mardi matin à l'entrée de la gare routière.` over a longer lede: a photo
 * described without a finite verb is its caption; a lede always has one (a caption read as the
 * lede was asked, and the lede weighed as a second paragraph).
 */
const AUXILIARIES = new Set(["être", "avoir", "faire"]);

function isVerbless(block: string, next: string): boolean {
  // A caption is a sentence, with its full stop; a headline kept in the text has none.
  if (block.length > 200 || next.length <= block.length || /[:;!?]/u.test(block)) return false;
  if (!/\.$/u.test(block)) return false;
  if ((block.match(/\.\s/gu) ?? []).length > 0) return false;
  // A byline (`Par Nadia Berrada.`) or a dateline alone (`MAROUA, 13 juin –`) is no caption.
  if (NAME_BYLINE.test(block) || isSignatureLine(block) || stripWireDateline(block) !== block) {
    return false;
  }
  if ((block.match(/\p{L}+/gu) ?? []).length < 5) return false;
  // `une robe`, `la gare`: a noun that is also a verb's form (`rober`, `garer`) is read as the
  // noun; `est` and `fait` stay `être` and `faire`.
  const words = block.replace(/«[^»]*»/gu, " ").match(/\p{Ll}+/gu) ?? [];
  return !words.some((word) => {
    const verb = finiteVerb(word);
    return verb && (nounGender(word) === undefined || AUXILIARIES.has(verb.infinitive));
  });
}
